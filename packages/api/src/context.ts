import type { Db } from '@switchoff/db';
import { todayIso } from '@switchoff/domain/months';

export type Context = {
  db: Db;
  /** Today's date (YYYY-MM-DD); injected so tests can fix the calendar. */
  today: () => string;
};

/** The context without any transport: what tests and the HTTP adapter both build on. */
export function createContextInner(options: { db: Db; today?: () => string }): Context {
  return { db: options.db, today: options.today ?? (() => todayIso()) };
}
