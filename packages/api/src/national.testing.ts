import { readFileSync } from 'node:fs';
import type { Db } from '@switchoff/db';
import { ensureRegistry, importPadigitale, parsePadigitaleCsv, withSnapshot } from '@switchoff/db/national';

/** A file of real national open data kept beside the importer's tests. */
export const nationalFixture = (name: string) =>
  readFileSync(new URL(`../../db/src/national/fixtures/${name}`, import.meta.url), 'utf8');

/**
 * The national registry and real PA digitale 2026 rows in the test world: Ripalta Cremasca's and Sassari's,
 * and the same 1.4.5 row for Alfa (019001, here under Agnadello's name), a comune the world tracks.
 */
export function addNationalRows(db: Db) {
  ensureRegistry(db);
  const ripalta = nationalFixture('candidature-145.csv');
  const alfa = ripalta.replace('Ripalta Cremasca,019081', 'Agnadello,019001');
  const files = [
    withSnapshot(parsePadigitaleCsv('145.csv', ripalta), '2026-08-22'),
    withSnapshot(parsePadigitaleCsv('141.csv', nationalFixture('candidature-141.csv')), '2025-01-09'),
    withSnapshot(parsePadigitaleCsv('alfa.csv', alfa), '2026-08-22'),
  ];
  importPadigitale(db, { files, dryRun: false, actor: 'test' });
}
