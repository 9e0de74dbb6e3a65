import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** The repository root's publiccode.yml, against every mandatory key of publiccode.yml 0.4. */
const root = new URL('../../../', import.meta.url);
const publiccode = parse(readFileSync(new URL('publiccode.yml', root), 'utf8')) as Record<string, unknown>;

const DEVELOPMENT_STATUSES = ['concept', 'development', 'beta', 'stable', 'obsolete'];
const SOFTWARE_TYPES = [
  'standalone/mobile',
  'standalone/iot',
  'standalone/desktop',
  'standalone/web',
  'standalone/backend',
  'standalone/other',
  'addon',
  'library',
  'configurationFiles',
];
const MAINTENANCE_TYPES = ['internal', 'contract', 'community', 'none'];

const record = (value: unknown, key: string): Record<string, unknown> => {
  expect(value, key).toBeTypeOf('object');
  expect(value, key).not.toBeNull();
  return value as Record<string, unknown>;
};

describe('publiccode.yml', () => {
  it('declares version 0.4, the name, the repository and the kind of software', () => {
    expect(publiccode.publiccodeYmlVersion).toBe('0.4');
    expect(publiccode.name).toBe('Switch-off');
    expect(String(publiccode.url)).toMatch(/^https:\/\/\S+$/);
    expect(publiccode.platforms).toEqual(['web']);
    expect(DEVELOPMENT_STATUSES).toContain(publiccode.developmentStatus);
    expect(SOFTWARE_TYPES).toContain(publiccode.softwareType);
    expect(publiccode.softwareType).toBe('standalone/web');
    expect(String(publiccode.releaseDate)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(String(publiccode.releaseDate)))).toBe(false);
  });

  it('describes the software in Italian and in English', () => {
    const description = record(publiccode.description, 'description');
    for (const language of ['it', 'en']) {
      const d = record(description[language], `description.${language}`);
      expect(typeof d.shortDescription, language).toBe('string');
      expect(String(d.shortDescription).length, `${language} shortDescription (≤ 150)`).toBeLessThanOrEqual(150);
      expect(String(d.shortDescription).length).toBeGreaterThan(20);
      expect(String(d.longDescription).length, `${language} longDescription (150–10000)`).toBeGreaterThanOrEqual(150);
      expect(String(d.longDescription).length).toBeLessThanOrEqual(10000);
      expect(Array.isArray(d.features) && d.features.length > 0, `${language} features`).toBe(true);
      for (const feature of d.features as unknown[]) expect(String(feature).length).toBeLessThanOrEqual(100);
    }
  });

  it('states the licence, matching the LICENSE file', () => {
    const legal = record(publiccode.legal, 'legal');
    expect(legal.license).toBe('MIT');
    expect(readFileSync(new URL('LICENSE', root), 'utf8').startsWith('MIT License')).toBe(true);
  });

  it('names the maintenance and its contacts', () => {
    const maintenance = record(publiccode.maintenance, 'maintenance');
    expect(MAINTENANCE_TYPES).toContain(maintenance.type);
    if (maintenance.type === 'internal' || maintenance.type === 'community') {
      expect(Array.isArray(maintenance.contacts) && maintenance.contacts.length > 0).toBe(true);
      for (const contact of maintenance.contacts as unknown[])
        expect(String(record(contact, 'contact').name).length).toBeGreaterThan(0);
    }
  });

  it('says it is localised, in Italian and English', () => {
    const localisation = record(publiccode.localisation, 'localisation');
    expect(localisation.localisationReady).toBe(true);
    expect(localisation.availableLanguages).toEqual(expect.arrayContaining(['it', 'en']));
  });

  it('lists what it depends on and the Italian extension', () => {
    const open = record(publiccode.dependsOn, 'dependsOn').open as unknown[];
    expect(open.map((d) => record(d, 'dependsOn.open').name)).toEqual(['Node.js', 'SQLite']);
    expect(record(publiccode.it, 'it').countryExtensionVersion).toBe('1.0');
  });
});
