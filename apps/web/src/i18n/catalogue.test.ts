import { readFileSync } from 'node:fs';
import english from 'virtual:catalogue/en';
import italian from 'virtual:catalogue/it';
import { FIGURES_COLUMNS, MILESTONES_COLUMNS } from '@switchoff/domain/formats';
import { describe, expect, it as test } from 'vitest';
import {
  CATALOGUE_TYPES_FILE,
  catalogueAreaFiles,
  flattenCatalogue,
  messageParameters,
  readCatalogue,
  renderCatalogueTypes,
} from '../../scripts/catalogue';

const ITALIAN = flattenCatalogue(readCatalogue('it'));
const ENGLISH = flattenCatalogue(readCatalogue('en'));

function parametersOf(key: string, message: string | undefined): string[] {
  return [...messageParameters(key, message ?? '')].map(([name, kind]) => `${name}:${kind}`).sort();
}

describe('message catalogues', () => {
  test('the generated type is the one the Italian catalogue gives (else run `pnpm catalogue:types`)', () => {
    expect(readFileSync(CATALOGUE_TYPES_FILE, 'utf8')).toBe(
      renderCatalogueTypes(readCatalogue('it'), catalogueAreaFiles('it')),
    );
  });
  test('Italian and English have the same keys', () => {
    expect([...ENGLISH.keys()].sort()).toEqual([...ITALIAN.keys()].sort());
  });
  test('each message takes the same parameters, used the same way, in both languages', () => {
    const differ = [...ITALIAN].filter(
      ([key, message]) => parametersOf(key, message).join() !== parametersOf(key, ENGLISH.get(key)).join(),
    );
    expect(differ.map(([key]) => key)).toEqual([]);
  });
  test('no message is left empty', () => {
    const empty = [...ITALIAN, ...ENGLISH].filter(([, message]) => message.trim() === '');
    expect(empty).toEqual([]);
  });
  test('compiled, a message without parameters is its text and one with parameters a function', () => {
    expect(italian.maps.italyTitle).toBe('Italia: misure PNRR e switch-off per regione');
    expect(italian.maps.provinceTitle({ name: 'Torino' })).toBe('Provincia di Torino');
    expect(english.maps.provinceTitle({ name: 'Torino' })).toBe('Province of Torino');
  });
  test('the Italian descriptions of the CSV columns are the domain’s own', () => {
    const described = (columns: readonly { name: string; description: string }[]) =>
      Object.fromEntries(columns.map((column) => [column.name, column.description]));
    expect(italian.importer.columnDescriptions.figures).toEqual(described(FIGURES_COLUMNS));
    expect(italian.importer.columnDescriptions.milestones).toEqual(described(MILESTONES_COLUMNS));
  });
});
