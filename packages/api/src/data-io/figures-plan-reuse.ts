import { createHash } from 'node:crypto';
import type { Tx } from '@switchoff/db';
import { type JobStore, keepPlan, takePlan } from '@switchoff/db/jobs';
import { FIGURE_COLUMNS, type FiguresColumns, type FiguresRow } from '@switchoff/db/rows/figures';
import type { DataScope } from '../reads/lookup';
import { type FiguresOp, type FiguresPlan, loadMonths } from './figures-import';
import { type ImportProgress, loadServices, type PlanTally, type ServiceRef } from './plan';

/**
 * A previewed figures file's plan, kept for its commit (in the job store, which every server
 * process and thread opens): the commit of a 100,000-row file spent about half of its time
 * reading, checking and comparing the file again (BENCHMARKS.md, session 14). A commit reuses it
 * only when a new plan would be the same: the same file, day, scope and services (`inputs`), and
 * the same stored rows (id and version, which every write bumps) of the services and months the
 * file names (`stored`); anything else and the commit plans again, as before, and refuses a
 * changed plan by its fingerprint.
 */
type KeptPlan = {
  format: typeof FORMAT;
  inputs: string;
  serviceIds: number[];
  months: string[];
  stored: string;
  /** Each month to write: comune, service, month, its values (FIGURE_COLUMNS order), and whether it exists (a correction). */
  ops: [number, number, string, (number | null)[], boolean][];
  tallies: Record<'add' | 'change' | 'unchanged', { count: number; byComune: [string, string, number][] }>;
};

/** Changed whenever a plan would be worked out differently, so a plan kept by other code is never used. */
const FORMAT = 'figures-1';

type Inputs = { scope: DataScope; csv: string; today: string };

/**
 * The hash of what a plan is made from besides the stored rows: the file, the day, the scope and
 * its services (as the plan read them: a service renamed since is another plan).
 */
function digestInputs(p: Inputs, services: ReadonlyMap<number, readonly ServiceRef[]>): string {
  const hash = createHash('sha256');
  const byId = [...services.entries()]
    .sort(([a], [b]) => a - b)
    .map(([comuneId, list]) => [comuneId, [...list].sort((a, b) => a.id - b.id)]);
  hash.update(JSON.stringify([FORMAT, p.today, p.scope, byId]));
  hash.update(p.csv);
  return hash.digest('hex');
}

/** The hash of the stored rows a plan read: their ids and versions, in id order. */
function digestStored(existing: ReadonlyMap<string, FiguresRow>): string {
  const rows = [...existing.values()].sort((a, b) => a.id - b.id);
  return createHash('sha256')
    .update(rows.map((row) => `${row.id}.${row.version}`).join(','))
    .digest('hex');
}

const tallyOf = (tally: PlanTally) => ({
  count: tally.count,
  byComune: [...tally.byComune].map(([istat, { name, count }]): [string, string, number] => [istat, name, count]),
});

/** Keeps a figures plan that can be applied (no refusals) under its fingerprint. */
export function keepFiguresPlan(
  store: JobStore,
  p: Inputs & { plan: FiguresPlan; fingerprint: string; now: Date },
): void {
  const { plan } = p;
  const kept: KeptPlan = {
    format: FORMAT,
    inputs: digestInputs(p, plan.read.services),
    serviceIds: plan.read.serviceIds,
    months: plan.read.months,
    stored: digestStored(plan.read.existing),
    ops: plan.ops.map((op) => [
      op.comuneId,
      op.serviceId,
      op.month,
      FIGURE_COLUMNS.map((k) => op.values[k]),
      op.current !== null,
    ]),
    tallies: { add: tallyOf(plan.add), change: tallyOf(plan.change), unchanged: tallyOf(plan.unchanged) },
  };
  keepPlan(store, p.fingerprint, JSON.stringify(kept), p.now);
}

/** A kept plan as the commit writes it: the months to write (with their stored rows as they are now) and the tallies. */
export type ReusedFiguresPlan = { ops: FiguresOp[] } & Record<'add' | 'change' | 'unchanged', PlanTally>;

/**
 * The plan kept for `fingerprint` when a new plan of the same file would be the same (see
 * KeptPlan); null otherwise, and when none was kept. Inside the commit's write transaction, so
 * the data cannot change between this check and the writes.
 */
export function reuseFiguresPlan(
  tx: Tx,
  store: JobStore,
  p: Inputs & { fingerprint: string; progress: ImportProgress },
): ReusedFiguresPlan | null {
  const body = takePlan(store, p.fingerprint);
  if (body === undefined) return null;
  const kept = JSON.parse(body) as KeptPlan;
  if (kept.format !== FORMAT) return null;
  // Still the rows checked against the data, by their versions instead of their values.
  const { add, change, unchanged } = kept.tallies;
  p.progress({ phase: 'checking', done: 0, total: add.count + change.count + unchanged.count });
  const services = loadServices(
    tx,
    p.scope.comuni.map((c) => c.id),
  );
  if (kept.inputs !== digestInputs(p, services)) return null;
  const existing = loadMonths(tx, kept.serviceIds, kept.months);
  if (digestStored(existing) !== kept.stored) return null;
  const ops: FiguresOp[] = [];
  for (const [comuneId, serviceId, month, values, correction] of kept.ops) {
    const current = existing.get(`${serviceId}:${month}`) ?? null;
    if ((current !== null) !== correction) return null;
    const columns = Object.fromEntries(FIGURE_COLUMNS.map((k, i) => [k, values[i] ?? null])) as FiguresColumns;
    ops.push({ comuneId, serviceId, month, values: columns, current });
  }
  const tally = ({ count, byComune }: KeptPlan['tallies']['add']): PlanTally => ({
    count,
    byComune: new Map(byComune.map(([istat, name, n]) => [istat, { name, count: n }])),
  });
  return {
    ops,
    add: tally(kept.tallies.add),
    change: tally(kept.tallies.change),
    unchanged: tally(kept.tallies.unchanged),
  };
}
