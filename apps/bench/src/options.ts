import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchOptions } from './bench';
import { NATIONAL, QUICK } from './database';

/** The repository root: `.bench/` lives there, whatever folder pnpm runs the script in. */
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

const USAGE = `Usage: pnpm bench [--quick] [--db <file>] [--runs <n>] [--seconds <n>] [--connections <n>]
  --quick        a small database (60 comuni × 24 months), 20 runs, a 2-second load test, the rendered pages
                 of 5 comuni, a 10,000-row import
  --db <file>    the database to build or reuse (default .bench/national.db, .bench/quick.db with --quick)
  --runs <n>     timed runs per answer after the warm-up (default 200, 20 with --quick)
  --seconds <n>  duration of the autocannon load test (default 10, 2 with --quick)
  --connections <n>  autocannon connections (default 50)`;

/** Options from the command line; a relative --db is read from where the command was typed. */
export function parseOptions(argv: readonly string[], log: (line: string) => void): BenchOptions | null {
  const quick = argv.includes('--quick');
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i === -1 ? undefined : argv[i + 1];
  };
  const number = (flag: string, fallback: number): number => {
    const raw = value(flag);
    const parsed = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(parsed) || parsed < 1) throw new RangeError(`${flag} must be a positive integer\n${USAGE}`);
    return parsed;
  };
  if (argv.includes('--help') || argv.includes('-h')) {
    log(USAGE);
    return null;
  }
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const db = value('--db');
  const benchDir = join(repoRoot, '.bench');
  return {
    dbPath:
      db === undefined ? join(benchDir, quick ? 'quick.db' : 'national.db') : isAbsolute(db) ? db : resolve(cwd, db),
    size: quick ? QUICK : NATIONAL,
    runs: number('--runs', quick ? 20 : 200),
    warmup: quick ? 3 : 20,
    readWarmup: quick ? 3 : 1_000,
    readWarmupMs: 2_000,
    rowBudgetMs: quick ? 5_000 : 60_000,
    connections: number('--connections', 50),
    httpSeconds: number('--seconds', quick ? 2 : 10),
    webOutDir: join(benchDir, 'web'),
    pageComuni: quick ? 5 : 40,
    importRows: quick ? 10_000 : 100_000,
    log,
  };
}
