import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The package's data folder, found through the package itself so a bundled server finds it too. */
export const dataFolder = join(dirname(createRequire(import.meta.url).resolve('@switchoff/db/package.json')), 'data');

/**
 * The PA digitale 2026 files the project ships (data/padigitale2026, gzipped as published), each
 * with the date of its snapshot. 1.1 is left out: it holds no comune.
 */
export const PADIGITALE_SNAPSHOT = [
  { file: 'candidature_finanziate_131.csv.gz', measure: '1.3.1', snapshot: '2026-08-22' },
  { file: 'candidature_finanziate_141.csv.gz', measure: '1.4.1', snapshot: '2025-01-09' },
  { file: 'candidature_finanziate_145.csv.gz', measure: '1.4.5', snapshot: '2026-08-22' },
] as const;

/** Full paths of the shipped snapshot's files. */
export function snapshotFiles(): { path: string; snapshot: string }[] {
  return PADIGITALE_SNAPSHOT.map((s) => ({ path: join(dataFolder, 'padigitale2026', s.file), snapshot: s.snapshot }));
}

export const REGISTRY_CSV = join(dataFolder, 'registry', 'comuni.csv');
export const RECONCILIATION_CSV = join(dataFolder, 'registry', 'reconciliation.csv');
/** The sourced table of mergers the names do not show (input of the registry's build). */
export const MERGERS_CSV = join(dataFolder, 'registry', 'mergers.csv');
/** The sourced table of comuni renamed since 2020 (input of the registry's build, read by search). */
export const RENAMES_CSV = join(dataFolder, 'registry', 'renames.csv');
/** Comuni ceased since 2020 and their successors (output of the registry's build). */
export const CEASED_CSV = join(dataFolder, 'registry', 'cessati.csv');
