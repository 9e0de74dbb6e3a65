import { summarise, type Timing, time } from './stats';

export type ReadRow = {
  name: string;
  /** Timing through the API, or why there is none. */
  api: Timing | string;
  sql: Timing | string;
  /** Whether the API and the bare SQL gave the same headline numbers, on the first targets. */
  check: string;
};

export type Measure<T> = {
  name: string;
  targets: readonly T[];
  api?: (target: T) => unknown;
  sql: (target: T) => unknown;
  /**
   * The same numbers from the raw rows (every monthly row, every stage event), untimed: the API
   * and the bare SQL, both built on roll-ups, must agree with it, so a roll-up that drifts shows.
   */
  reference?: (target: T) => unknown;
  /** Compares an answer with the bare SQL's (or the reference's) for one target; null when they agree, else what differs. */
  compare?: (api: unknown, sql: unknown) => string | null;
  /** Untimed calls of each side before the timed runs… */
  warmup: number;
  /** …stopping early once this many milliseconds have passed (the slow rows need fewer to be warm). */
  warmupMs: number;
  runs: number;
  /** Stops after this many milliseconds (at least 5 runs), for the slow national summary. */
  budgetMs: number;
};

const CHECKED_TARGETS = 10;

async function check<T>(m: Measure<T>): Promise<string> {
  const { api, compare, reference } = m;
  if (api === undefined || compare === undefined) return '—';
  const targets = m.targets.slice(0, CHECKED_TARGETS);
  const problems: string[] = [];
  for (const target of targets) {
    const answer = await api(target);
    const problem = compare(answer, m.sql(target)) ?? (reference ? compare(answer, reference(target)) : null);
    if (problem !== null) problems.push(problem);
  }
  return problems.length === 0
    ? `same (${targets.length}/${targets.length})`
    : `differs (${problems.length}/${targets.length}): ${problems[0]}`;
}

/**
 * Times the API and the bare SQL on the same targets, interleaved (each going first every other
 * run) so both see the same cache, after a warm-up that also checks that they give the same numbers.
 */
export async function measure<T>(m: Measure<T>): Promise<ReadRow> {
  if (m.targets.length === 0) throw new Error(`bench: no targets for ${m.name}`);
  const target = (i: number): T => {
    const found = m.targets[i % m.targets.length];
    if (found === undefined) throw new Error(`bench: no target ${i} for ${m.name}`);
    return found;
  };
  const checked = await check(m);
  const warming = performance.now();
  for (let i = 0; i < m.warmup && (i < 3 || performance.now() - warming < m.warmupMs); i += 1) {
    if (m.api) await m.api(target(i));
    m.sql(target(i));
  }
  const apiSamples: number[] = [];
  const sqlSamples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < m.runs; i += 1) {
    const { api } = m;
    // Whichever runs second finds the target's pages in SQLite's cache: take turns.
    if (i % 2 === 1) sqlSamples.push(await time(() => m.sql(target(i))));
    if (api !== undefined) apiSamples.push(await time(() => api(target(i))));
    if (i % 2 === 0) sqlSamples.push(await time(() => m.sql(target(i))));
    if (i >= 4 && performance.now() - started > m.budgetMs) break;
  }
  return {
    name: m.name,
    api: m.api === undefined ? 'n/a' : summarise(apiSamples),
    sql: summarise(sqlSamples),
    check: checked,
  };
}
