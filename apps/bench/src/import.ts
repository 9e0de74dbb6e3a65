import { spawnSync } from 'node:child_process';
import { closeSync, constants, copyFileSync, fsyncSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyImport, findDataScope, previewImport } from '@switchoff/api/server';
import { createDb, type Db } from '@switchoff/db';
import { openJobStore } from '@switchoff/db/jobs';
import { rollupDifferences } from '@switchoff/db/rollups';
import { figureValuesSql } from '@switchoff/db/rows/figures';
import { addMonths, lastCompleteMonth } from '@switchoff/domain';

export type ImportResult = {
  rows: number;
  bytes: number;
  /** Monthly rows in the database imported into (a copy of the bench's). */
  databaseFigures: number;
  /** The dry run: read, check and compare every row. */
  previewSeconds: number;
  /** The import itself: the same plan again on the data as they are, then every row written with its audit row and roll-ups. */
  commitSeconds: number;
  added: number;
  changed: number;
  /** Whether the roll-ups the triggers kept match the raw rows afterwards. */
  rollupsExact: boolean;
};

const HEADER =
  'istat;comune;servizio;mese;online;assistito;cartaceo;pagamenti_totali;pagamenti_pagopa;soddisfazione_1;soddisfazione_2;soddisfazione_3;soddisfazione_4;soddisfazione_5;costo_euro';

/**
 * A consortium's newest `rows` monthly rows as they are, each corrected by one more online
 * transaction, as the CSV its editor would send (`;`, decimal comma, CRLF): every row changes
 * one month of figures, so the stage, the last months and every total of its comuni change.
 */
export function writeFiguresCsv(db: Db, p: { consortium: string; today: string; rows: number }) {
  const asOf = lastCompleteMonth(p.today);
  const scope = findDataScope(db, { consortium: p.consortium });
  // A month more than `rows` needs is read, for the services whose figures stop earlier.
  const perMonth = db.$client
    .prepare('SELECT count(*) FROM services s JOIN comuni c ON c.id = s.comune_id WHERE c.consortium_id = ?')
    .pluck()
    .get(scope.consortium.id) as number;
  const from = addMonths(asOf, -Math.ceil(p.rows / perMonth));
  const figures = db.$client
    .prepare(`SELECT c.istat_code, c.name, s.slug, f.month, ${figureValuesSql('f')}
      FROM comuni c JOIN services s ON s.comune_id = c.id JOIN monthly_figures f ON f.service_id = s.id
      WHERE c.consortium_id = ? AND f.month BETWEEN ? AND ? ORDER BY f.month DESC, c.istat_code, s.slug LIMIT ?`)
    .raw(true)
    .all(scope.consortium.id, from, asOf, p.rows) as unknown[][];
  const cell = (value: unknown) => (value === null ? '' : String(value));
  const euros = (cents: unknown) => (cents === null ? '' : (Number(cents) / 100).toFixed(2).replace('.', ','));
  const lines = [HEADER];
  for (const [istat, name, slug, month, online, ...rest] of figures) {
    const cost = rest.pop();
    lines.push([istat, name, slug, month, Number(online) + 1, ...rest].map(cell).concat(euros(cost)).join(';'));
  }
  return { csv: `${lines.join('\r\n')}\r\n`, rows: lines.length - 1 };
}

/**
 * A consortium's spreadsheet of `rows` monthly rows (its 2,000 services × the last 50 months)
 * imported as its editor would, preview then commit, into a copy of the bench's database (the
 * national one: 38 million monthly rows), so the import pays for that database's indexes and
 * roll-ups. Every month already has figures there: the file corrects every row (one more online
 * transaction), as a consortium re-sending its figures would, so the stage, the last months and
 * every total of 50 comuni and their regions change. Italian formats: `;`, decimal comma, CRLF.
 */
export function benchImport(p: { dbPath: string; consortium: string; today: string; rows?: number }): ImportResult {
  const rows = p.rows ?? 100_000;
  const dir = mkdtempSync(join(tmpdir(), 'switchoff-bench-import-'));
  const copy = join(dir, 'import.db');
  // The bench only reads its database, so the file is whole; a reflink where the disk offers one.
  copyFileSync(p.dbPath, copy, constants.COPYFILE_FICLONE);
  // On the disk before the clock starts: the kernel writing the copy back must not slow the import.
  const fd = openSync(copy, 'r+');
  fsyncSync(fd);
  closeSync(fd);
  const db = createDb(copy);
  // As the server's import threads: the preview keeps its plan in the job store for the commit.
  const store = openJobStore(copy);
  try {
    const scope = findDataScope(db, { consortium: p.consortium });
    const { csv, rows: fileRows } = writeFiguresCsv(db, { consortium: p.consortium, today: p.today, rows });
    const author = { userId: null, actor: 'Bench <bench@example.it>' };
    let started = performance.now();
    const preview = previewImport(db, { kind: 'figures', scope, csv, today: p.today }, store);
    const previewSeconds = (performance.now() - started) / 1000;
    if (!preview.canApply)
      throw new Error(`bench: the import file is refused: ${JSON.stringify(preview.errors.slice(0, 3))}`);
    started = performance.now();
    const result = applyImport(db, {
      kind: 'figures',
      scope,
      csv,
      today: p.today,
      fingerprint: preview.fingerprint,
      author,
      plans: store,
    });
    const commitSeconds = (performance.now() - started) / 1000;
    const differences = Object.values(rollupDifferences(db.$client)).reduce((n, list) => n + list.length, 0);
    const databaseFigures = db.$client.prepare('SELECT count(*) FROM monthly_figures').pluck().get() as number;
    return {
      rows: fileRows,
      bytes: Buffer.byteLength(csv),
      databaseFigures,
      previewSeconds,
      commitSeconds,
      added: result.added,
      changed: result.changed,
      rollupsExact: differences === 0,
    };
  } finally {
    store.close();
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * benchImport in a fresh Node process, as a server worker would run it: in the bench's own
 * process, after the timed reads and the load test, the same commit measured 5.1–5.9 s against
 * 3.7–4.0 s alone (a larger heap to collect), and run before the reads its copy and check of the
 * whole database pushed their pages out of the cache.
 */
export function runImportInChild(params: Parameters<typeof benchImport>[0]): ImportResult {
  const here = dirname(fileURLToPath(import.meta.url));
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'import-run.ts'), JSON.stringify(params)], {
    cwd: join(here, '..'),
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0)
    throw new Error(
      `the import process failed (${run.status ?? run.signal}): ${run.stderr.trim().split('\n').slice(-3).join(' ')}`,
    );
  return JSON.parse(run.stdout) as ImportResult;
}
