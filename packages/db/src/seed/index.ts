import { isIsoDate, isYearMonth, monthOf, type YearMonth } from '@switchoff/domain';
import { count } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { isDatabaseEmpty } from '../empty';
import { decideInstallation, demoRefusal } from '../installation';
import { writeTransaction } from '../transaction';
import { FIGURES_FROM } from './figures';
import { otherPlans } from './others';
import { ripaltaPlan } from './ripalta';
import { prepareRowWriters, SEED_TABLES, writeCatalogue, writeComune, writeConsortium } from './write';

export { isDatabaseEmpty } from '../empty';
export { CATALOGUE } from './catalogue';
export { CONSORTIUM, CONSORTIUM_IPA_CODE, OTHER_COMUNI, RIPALTA_ISTAT } from './comuni';

/** The demo refused on a real installation: its message says why and what to do instead. */
export class DemoRefusedError extends Error {
  override name = 'DemoRefusedError';
}

export type SeedOptions = {
  /** Last month with figures, usually the last complete month. */
  until: YearMonth;
  /** Today as an ISO date: open milestones and recent changes are placed around it. */
  today: string;
};

/** Rows per table after seeding. */
export type SeedSummary = Record<keyof typeof SEED_TABLES, number>;

/** The fixed history of the demo reaches 2024: an earlier "today" would put it in the future. */
export const EARLIEST_TODAY = '2025-01-01';

function countRows(db: Db, table: SQLiteTable): number {
  return db.select({ n: count() }).from(table).get()?.n ?? 0;
}

function summarise(db: Db): SeedSummary {
  const summary = {} as SeedSummary;
  for (const [name, table] of Object.entries(SEED_TABLES) as [keyof typeof SEED_TABLES, SQLiteTable][]) {
    summary[name] = countRows(db, table);
  }
  return summary;
}

function checkOptions({ until, today }: SeedOptions): void {
  if (!isIsoDate(today)) throw new RangeError(`seedDemo: today must be an ISO date (YYYY-MM-DD), got "${today}"`);
  if (!isYearMonth(until)) throw new RangeError(`seedDemo: until must be a month (YYYY-MM), got "${until}"`);
  if (today < EARLIEST_TODAY) throw new RangeError(`seedDemo: today must be on or after ${EARLIEST_TODAY}`);
  if (until > monthOf(today)) throw new RangeError(`seedDemo: until (${until}) is after the month of today (${today})`);
  if (until < FIGURES_FROM) throw new RangeError(`seedDemo: until must be ${FIGURES_FROM} or later`);
}

/**
 * Fills an empty database with the demo: Consorzio.IT, the service catalogue, Ripalta Cremasca
 * with its real roadmap and eleven other comuni of the Cremasco area, with illustrative monthly
 * figures up to `until`. One synchronous transaction; the same options give the same rows.
 * Throws DemoRefusedError on a real installation (`demoRefusal`), and an Error when the database
 * already holds a consortium (or anything the seed would write). Marks the installation `demo`.
 */
export function seedDemo(db: Db, options: SeedOptions): SeedSummary {
  checkOptions(options);
  const refusal = demoRefusal(db);
  if (refusal !== null) throw new DemoRefusedError(`The demo was not loaded: ${refusal}`);
  if (countRows(db, SEED_TABLES.consortia) > 0) {
    throw new Error('seedDemo: the database already holds a consortium; the demo seeds an empty database only');
  }
  if (!isDatabaseEmpty(db)) {
    throw new Error('seedDemo: the database already holds comuni or catalogue services; seed an empty database');
  }
  const { until, today } = options;
  const plans = [ripaltaPlan(today), ...otherPlans({ today, until })];
  const writers = prepareRowWriters(db);
  writeTransaction(db, (tx) => {
    const catalogueIds = writeCatalogue(tx, today);
    const consortiumId = writeConsortium(tx, today);
    for (const plan of plans) writeComune(tx, { plan, writers, consortiumId, catalogueIds, until, today });
    decideInstallation(tx, 'demo');
  });
  return summarise(db);
}
