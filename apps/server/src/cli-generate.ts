import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDb } from '@switchoff/db';
import { type GenerateProgress, type GenerateSummary, generateNational } from '@switchoff/db/generate';
import { isIsoDate, isYearMonth, lastCompleteMonth, todayIso } from '@switchoff/domain';
import { type DataCliContext, DataCommandError, DataUsageError, parse } from './cli-data';

const int = (n: number) => Math.round(n).toLocaleString('en');

function progressLine(p: GenerateProgress): string {
  const percent = ((p.comuniDone / p.comuniTotal) * 100).toFixed(0);
  const eta = p.phase === 'load' ? `, ETA ${p.etaSeconds === null ? '?' : `${Math.round(p.etaSeconds)} s`}` : '';
  return (
    `${p.phase}: ${int(p.comuniDone)}/${int(p.comuniTotal)} comuni (${percent}%), ${int(p.figures)} monthly rows, ` +
    `${int(p.rowsPerSecond)} rows/s, ${Math.round(p.elapsedSeconds)} s${eta}`
  );
}

function summaryLines(path: string, s: GenerateSummary): string[] {
  const rows = Object.entries(s.rows).map(([table, n]) => `  ${table}: ${int(n)}`);
  return [
    `Generated ${path}: figures ${s.from} … ${s.until}, today ${s.today}, in ${s.seconds.toFixed(0)} s ` +
      `(load ${s.loadSeconds.toFixed(0)} s, roll-ups ${s.rollupSeconds.toFixed(0)} s, statistics ${s.analyzeSeconds.toFixed(1)} s)`,
    ...rows,
    s.consortiumOf50
      ? `A consortium of 50 comuni (the portfolio benchmark): ${s.consortiumOf50}`
      : 'No consortium of exactly 50 comuni',
  ];
}

/**
 * generate --db <file> [--comuni all|N] [--months N] [--until YYYY-MM] [--today YYYY-MM-DD] [--force]:
 * a separate database with every Italian comune (or the first N by ISTAT code), deterministic
 * synthetic figures and roadmaps, for scale tests and `pnpm bench` (which reuses it: the
 * `<file>.json` beside it says what it holds).
 */
export function runGenerate(args: string[], ctx: DataCliContext): number {
  const { values } = parse(
    args,
    {
      db: { type: 'string' },
      comuni: { type: 'string' },
      months: { type: 'string' },
      until: { type: 'string' },
      today: { type: 'string' },
      force: { type: 'boolean' },
    },
    0,
  );
  const file = typeof values.db === 'string' ? values.db.trim() : '';
  if (file === '') throw new DataUsageError('Missing --db <file>: the generated database is a file of its own');
  const path = resolve(ctx.cwd, file);
  if (path === resolve(ctx.databasePath))
    throw new DataCommandError('The generated database cannot be the server’s own: choose another --db');
  const comuniArg = typeof values.comuni === 'string' ? values.comuni.trim() : 'all';
  const comuni = comuniArg === 'all' ? 'all' : Number(comuniArg);
  if (comuni !== 'all' && (!Number.isInteger(comuni) || comuni < 1))
    throw new DataUsageError(`--comuni must be "all" or a positive whole number, not "${comuniArg}"`);
  const months = typeof values.months === 'string' ? Number(values.months) : 120;
  if (!Number.isInteger(months) || months < 1) throw new DataUsageError('--months must be a positive whole number');
  const today = typeof values.today === 'string' ? values.today : todayIso(ctx.now());
  if (!isIsoDate(today)) throw new DataUsageError(`--today must be a date (YYYY-MM-DD), not "${today}"`);
  const until = typeof values.until === 'string' ? values.until : lastCompleteMonth(today);
  if (!isYearMonth(until)) throw new DataUsageError(`--until must be a month (YYYY-MM), not "${until}"`);

  const files = [path, `${path}-wal`, `${path}-shm`, `${path}.json`];
  if (existsSync(path)) {
    if (!values.force)
      throw new DataCommandError(`${path} already exists: choose another name, or add --force to replace it`);
    for (const f of files) rmSync(f, { force: true });
  }
  ctx.out(`Generating ${path}: ${comuni === 'all' ? 'every comune' : `${comuni} comuni`} × ${months} months …`);
  const db = createDb(path);
  let summary: GenerateSummary;
  try {
    summary = generateNational(db, { comuni, months, until, today, onProgress: (p) => ctx.err(progressLine(p)) });
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
  } catch (error) {
    // A failed run leaves a file to throw away, never one to trust.
    db.$client.close();
    for (const f of files) rmSync(f, { force: true });
    if (error instanceof RangeError) throw new DataCommandError(error.message);
    throw error;
  }
  db.$client.close();
  // What `pnpm bench` reads to reuse the file (apps/bench/src/database.ts).
  writeFileSync(`${path}.json`, `${JSON.stringify({ comuni, months, summary }, null, 2)}\n`);
  for (const line of summaryLines(path, summary)) ctx.out(line);
  return 0;
}
