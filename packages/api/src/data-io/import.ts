import { type Db, type Tx, writeTransaction } from '@switchoff/db';
import type { JobStore } from '@switchoff/db/jobs';
import { withPageCache } from '@switchoff/db/page-cache';
import { readToken } from '@switchoff/domain';
import type { ImportKind } from '@switchoff/domain/formats';
import { appError } from '../errors';
import type { DataScope } from '../reads/lookup';
import { type Author, recordAudit } from '../writes/audit';
import { type ImportIssue, readCsv } from './csv-read';
import { applyFiguresPlan, type FiguresPlan, planFiguresImport } from './figures-import';
import { keepFiguresPlan, reuseFiguresPlan } from './figures-plan-reuse';
import { applyMilestonesPlan } from './milestones-apply';
import { type MilestoneOp, planMilestonesImport } from './milestones-import';
import { fingerprintOf, type ImportPlan, type ImportProgress, MAX_LISTED, type PlanTally } from './plan';

export { type ImportPhase, type ImportProgress, MAX_LISTED } from './plan';

type Plan = { kind: 'figures'; plan: FiguresPlan } | { kind: 'milestones'; plan: ImportPlan<MilestoneOp> };

/** What a commit writes: the operations of its kind and how many rows of each outcome, per comune. */
type CommitPlan = (
  | { kind: 'figures'; ops: FiguresPlan['ops'] }
  | { kind: 'milestones'; ops: ImportPlan<MilestoneOp>['ops'] }
) &
  Record<'add' | 'change' | 'unchanged', PlanTally>;

/** SQLite's page cache during one import, in KiB (see withPageCache); given back when it ends. */
const IMPORT_CACHE_KIB = 256 * 1024;

function plan(
  tx: Tx,
  params: { kind: ImportKind; scope: DataScope; csv: string; today: string },
  progress: ImportProgress = () => {},
) {
  const read = readCsv(params.csv, { kind: params.kind, forComune: params.scope.kind === 'comune' });
  progress({ phase: 'checking', done: 0, total: read.records.length });
  const input = { scope: params.scope, records: read.records, today: params.today };
  const planned: Plan =
    params.kind === 'figures'
      ? { kind: 'figures', plan: planFiguresImport(tx, input) }
      : { kind: 'milestones', plan: planMilestonesImport(tx, input) };
  planned.plan.issues.push(...read.rowIssues);
  const fileIssues = read.fileIssues;
  const errors: ImportIssue[] = [...fileIssues, ...planned.plan.issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const fingerprint = fingerprintOf({ kind: params.kind, scope: params.scope, plan: planned.plan, fileIssues });
  return { read, planned, errors, fingerprint };
}

function scopeView(scope: DataScope) {
  const [only] = scope.comuni;
  return scope.kind === 'comune' && only
    ? { kind: 'comune' as const, istat: only.istatCode, name: only.name }
    : { kind: 'consortium' as const, consortium: scope.consortium.slug, name: scope.consortium.name };
}

/**
 * A dry run: what the file would add, change and leave alone, and every refusal with its line
 * and column. Nothing is written to the database. `fingerprint` goes back to `applyImport`; with
 * `plans` (the job store), a figures plan that can be applied is kept there for its commit.
 */
export function previewImport(
  db: Db,
  params: { kind: ImportKind; scope: DataScope; csv: string; today: string },
  plans?: JobStore,
) {
  const { read, planned, errors, fingerprint } = withPageCache(db, IMPORT_CACHE_KIB, () => plan(db, params));
  const { add, change, unchanged } = planned.plan;
  if (plans !== undefined && planned.kind === 'figures' && errors.length === 0 && add.count + change.count > 0) {
    keepFiguresPlan(plans, { ...params, plan: planned.plan, fingerprint, now: new Date() });
  }
  return {
    kind: params.kind,
    scope: scopeView(params.scope),
    fingerprint,
    separator: read.separator,
    totals: {
      rows: read.records.length + read.rowIssues.length,
      add: add.count,
      change: change.count,
      unchanged: unchanged.count,
      errors: errors.length,
    },
    add: add.listed,
    change: change.listed,
    unchanged: unchanged.listed,
    // Each refusal as a code and its parameters, which the SPA says in the visitor's language.
    errors: errors.slice(0, MAX_LISTED).map((issue) => ({ ...issue, message: readToken(issue.message) })),
    /** True when some list holds only its first MAX_LISTED rows. */
    truncated: [add.count, change.count, unchanged.count, errors.length].some((n) => n > MAX_LISTED),
    /** Columns of the file that import ignores. */
    ignoredColumns: read.ignoredColumns,
    /** Apply would write something: no refusal and at least one row to add or change. */
    canApply: errors.length === 0 && add.count + change.count > 0,
  };
}

export type ImportPreview = ReturnType<typeof previewImport>;

/**
 * The plan of a commit, made again on the data as they are now, which must match the preview's
 * fingerprint (CONFLICT otherwise: someone changed the data, or the file is another); a file
 * with refusals is refused whole.
 */
function planAgain(tx: Tx, params: Parameters<typeof applyImport>[1], progress: ImportProgress): CommitPlan {
  const { planned, errors, fingerprint } = plan(tx, params, progress);
  if (errors.length > 0) {
    throw appError('BAD_REQUEST', 'import.hasErrors', { count: errors.length });
  }
  if (fingerprint !== params.fingerprint) {
    throw appError('CONFLICT', 'import.changedSincePreview');
  }
  const { add, change, unchanged } = planned.plan;
  return planned.kind === 'figures'
    ? { kind: 'figures', ops: planned.plan.ops, add, change, unchanged }
    : { kind: 'milestones', ops: planned.plan.ops, add, change, unchanged };
}

/**
 * Applies a previewed file in one transaction, all rows or none, as its preview planned it: the
 * figures plan the preview kept in `plans` when a new plan would be the same (figures-plan-reuse.ts),
 * otherwise a plan made again (`planAgain`). Each written row gets its audit row, and each comune
 * touched one `imports` row summing it up. Applying a file that changes nothing writes nothing.
 */
export function applyImport(
  db: Db,
  params: {
    kind: ImportKind;
    scope: DataScope;
    csv: string;
    today: string;
    fingerprint: string;
    fileName?: string | undefined;
    author: Author;
    /** Hears the phase and rows done (a job's progress); reports may be dropped, never the rows. */
    onProgress?: ImportProgress | undefined;
    /** The job store, where the preview may have kept its plan. */
    plans?: JobStore | undefined;
  },
) {
  const progress = params.onProgress ?? (() => {});
  return withPageCache(db, IMPORT_CACHE_KIB, () =>
    writeTransaction(db, (tx) => {
      const reused =
        params.plans !== undefined && params.kind === 'figures'
          ? reuseFiguresPlan(tx, params.plans, { ...params, progress })
          : null;
      const planned: CommitPlan = reused === null ? planAgain(tx, params, progress) : { kind: 'figures', ...reused };
      const ops = planned.ops.length;
      progress({ phase: 'writing', done: 0, total: ops });
      if (planned.kind === 'figures') applyFiguresPlan(tx, planned.ops, params.author, progress);
      else applyMilestonesPlan(tx, planned.ops, params.author);
      progress({ phase: 'rollups', done: ops, total: ops });
      const { add, change, unchanged } = planned;
      const touched = new Map<
        string,
        { istat: string; name: string; added: number; changed: number; unchanged: number }
      >();
      const count = (list: PlanTally, key: 'added' | 'changed' | 'unchanged') => {
        for (const [istat, { name, count: rows }] of list.byComune) {
          const entry = touched.get(istat) ?? { istat, name, added: 0, changed: 0, unchanged: 0 };
          entry[key] += rows;
          touched.set(istat, entry);
        }
      };
      count(add, 'added');
      count(change, 'changed');
      count(unchanged, 'unchanged');
      const idOf = new Map(params.scope.comuni.map((c) => [c.istatCode, c.id]));
      for (const entry of touched.values()) {
        if (entry.added + entry.changed === 0) continue;
        recordAudit(tx, {
          author: params.author,
          action: 'import',
          entity: 'imports',
          entityId: null,
          comuneId: idOf.get(entry.istat) ?? null,
          before: null,
          after: {
            file: params.fileName || null,
            kind: params.kind,
            added: entry.added,
            changed: entry.changed,
            unchanged: entry.unchanged,
            fingerprint: params.fingerprint,
          },
        });
      }
      return {
        kind: params.kind,
        scope: scopeView(params.scope),
        added: add.count,
        changed: change.count,
        unchanged: unchanged.count,
        comuni: [...touched.values()].map(({ istat, name, added, changed }) => ({ istat, name, added, changed })),
      };
    }),
  );
}
