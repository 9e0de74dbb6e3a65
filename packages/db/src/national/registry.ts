import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Reconciliation, RegistryEntry } from './registry-build';
import type { CeasedComune, SourcedMerger } from './registry-mergers';
import type { SourcedRename } from './registry-renames';
import { CEASED_CSV, MERGERS_CSV, REGISTRY_CSV, RENAMES_CSV } from './snapshot';

/** Columns of data/registry/comuni.csv, in order. */
export const REGISTRY_COLUMNS = [
  'istat',
  'nome',
  'sigla_provincia',
  'codice_provincia',
  'provincia',
  'codice_regione',
  'regione',
  'popolazione',
  'codice_ipa',
  'istat_precedente',
] as const;

function quote(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The registry as the shipped CSV holds it (comma-separated, UTF-8, LF). */
export function formatRegistryCsv(entries: readonly RegistryEntry[]): string {
  const lines = entries.map((e) =>
    [
      e.istatCode,
      e.name,
      e.provinceCode,
      e.provinceIstat,
      e.provinceName,
      e.regionCode,
      e.regionName,
      e.population === null ? '' : String(e.population),
      e.ipaCode ?? '',
      e.formerIstat ?? '',
    ]
      .map(quote)
      .join(','),
  );
  return `${[REGISTRY_COLUMNS.join(','), ...lines].join('\n')}\n`;
}

/** The reconciliation list as the shipped CSV holds it. */
export function formatReconciliationCsv(list: readonly Reconciliation[]): string {
  const lines = list.map((r) => [r.kind, r.istatCode, r.name, r.detail].map(quote).join(','));
  return `${['tipo,istat,nome,dettaglio', ...lines].join('\n')}\n`;
}

/** Columns of data/registry/cessati.csv, in order. */
const CEASED_COLUMNS = ['istat', 'nome', 'sigla_provincia', 'istat_successore', 'nome_successore', 'prova'] as const;

/** The comuni ceased since 2020 as the shipped CSV holds them. */
export function formatCeasedCsv(list: readonly CeasedComune[]): string {
  const lines = list.map((c) =>
    [c.istatCode, c.name, c.provinceCode, c.successorIstat, c.successorName, c.evidence].map(quote).join(','),
  );
  return `${[CEASED_COLUMNS.join(','), ...lines].join('\n')}\n`;
}

function readCsv(path: string): string[][] {
  return parse(readFileSync(path, 'utf8'), { from_line: 2 });
}

/** The sourced table of mergers (data/registry/mergers.csv), an input of the registry's build. */
export function readMergerTable(): SourcedMerger[] {
  return readCsv(MERGERS_CSV).map((r) => ({ ceased: r[0] ?? '', successor: r[2] ?? '', source: r[4] ?? '' }));
}

/** A shipped CSV read and mapped once, on first use (the files do not change while the process runs). */
function shippedTable<T>(path: string, toRow: (row: string[]) => T): () => T[] {
  let rows: T[] | null = null;
  return () => {
    rows ??= readCsv(path).map(toRow);
    return rows;
  };
}

/** The comuni renamed since 2020 (data/registry/renames.csv): an input of the build, and what search finds by a former name. */
export const readRenames = shippedTable(
  RENAMES_CSV,
  ([istatCode = '', formerName = '', name = '', source = '']): SourcedRename => ({
    istatCode,
    formerName,
    name,
    source,
  }),
);

/** The comuni ceased since 2020, each with the current comune it was merged into (cessati.csv). */
export const readCeased = shippedTable(
  CEASED_CSV,
  ([
    istatCode = '',
    name = '',
    provinceCode = '',
    successorIstat = '',
    successorName = '',
    evidence = '',
  ]): CeasedComune => ({
    istatCode,
    name,
    provinceCode,
    successorIstat,
    successorName,
    evidence,
  }),
);

/** Every comune of the shipped registry, by ISTAT code. */
export const readRegistry = shippedTable(
  REGISTRY_CSV,
  (r): RegistryEntry => ({
    istatCode: r[0] ?? '',
    name: r[1] ?? '',
    provinceCode: r[2] ?? '',
    provinceIstat: r[3] ?? '',
    provinceName: r[4] ?? '',
    regionCode: r[5] ?? '',
    regionName: r[6] ?? '',
    population: r[7] ? Number(r[7]) : null,
    ipaCode: r[8] || null,
    formerIstat: r[9] || null,
  }),
);
