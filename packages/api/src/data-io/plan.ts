import { createHash } from 'node:crypto';
import { schema, type Tx } from '@switchoff/db';
import { token } from '@switchoff/domain';
import type { CellIssue, ImportKind } from '@switchoff/domain/formats';
import { foldText } from '@switchoff/domain/formats';
import { inArray } from 'drizzle-orm';
import type { DataScope } from '../reads/lookup';
import type { CsvRecord, ImportIssue } from './csv-read';

const { services } = schema;

/** A cell value as the preview shows it: numbers as numbers (euro, not cents), dates and codes as text. */
export type CsvValue = string | number | null;

/** A row of the file, named as a person recognises it. */
export type ImportRef = {
  line: number;
  istat: string;
  comune: string;
  /** Figures: the service's slug. Milestones: the milestone's service (null: the comune as a whole). */
  service: string | null;
  /** Figures only: the month (YYYY-MM). */
  month: string | null;
  /** Milestones only: the milestone's stable code. */
  code: string | null;
  /** "Mensa scolastica, 2024-03" or "T1 · Mensa solo online". */
  label: string;
};

/** A row that adds (before null, every value after) or changes (only the changed columns, before and after). */
export type ImportChange = ImportRef & { before: Record<string, CsvValue> | null; after: Record<string, CsvValue> };

/** Where a long import is: checking the file against the data, writing its rows, bringing the roll-ups up to date. */
export type ImportPhase = 'checking' | 'writing' | 'rollups';

/** Hears an import's phase and rows done out of its total (a job reports them to its screen or CLI). */
export type ImportProgress = (progress: { phase: ImportPhase; done: number; total: number }) => void;

/** Rows written between two reports of progress: a report costs a write to the job store. */
export const PROGRESS_EVERY = 2000;

/** How many rows of each list a preview carries (the totals count them all). */
export const MAX_LISTED = 1000;

/**
 * The rows of one outcome (add, change, unchanged) as a plan collects them: how many, the first
 * MAX_LISTED for the preview, how many per comune, and a running hash of every one for the
 * fingerprint. A file of 200,000 rows is never held twice over in memory.
 */
export class PlanList<T extends ImportRef> {
  count = 0;
  readonly listed: T[] = [];
  /** Rows per comune (ISTAT code), in the order comuni first appear. */
  readonly byComune = new Map<string, { name: string; count: number }>();
  private readonly hash = createHash('sha256');
  private digest: string | null = null;
  /** Keys wait here and go to the hash together: one native call per few hundred rows. */
  private pending: string[] = [];

  push(entry: T): void {
    this.pushKeyed(JSON.stringify(entry), { istat: entry.istat, name: entry.comune }, entry);
  }

  /** Whether the preview still lists rows of this outcome: build an entry for pushKeyed only then. */
  get listing(): boolean {
    return this.listed.length < MAX_LISTED;
  }

  /**
   * Counts a row and hashes its `key`, which must hold everything that decides its outcome (the
   * same file on the same data gives the same keys, any change another key); `entry`, what the
   * preview shows, is needed only while `listing`.
   */
  pushKeyed(key: string, comune: { istat: string; name: string }, entry: T | null): void {
    if (this.digest !== null) throw new Error('PlanList: the list was hashed already');
    this.count += 1;
    if (this.listing) {
      if (entry === null) throw new Error('PlanList: a listed row needs its entry');
      this.listed.push(entry);
    }
    const tally = this.byComune.get(comune.istat);
    if (tally === undefined) this.byComune.set(comune.istat, { name: comune.name, count: 1 });
    else tally.count += 1;
    this.pending.push(key);
    if (this.pending.length >= 512) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.hash.update(`\n${this.pending.join('\n')}`);
    this.pending = [];
  }

  /** The hash of every row pushed, in order (the list takes no more rows after it). */
  fingerprint(): string {
    if (this.digest === null) this.flush();
    this.digest ??= this.hash.digest('hex');
    return this.digest;
  }
}

/** How many rows of one outcome, in all and per comune (ISTAT code): what a commit records and answers. */
export type PlanTally = { count: number; byComune: ReadonlyMap<string, { name: string; count: number }> };

/** What a file would do, row by row, and the refusals; `Op` is what apply writes. */
export type ImportPlan<Op> = {
  ops: Op[];
  add: PlanList<ImportChange>;
  change: PlanList<ImportChange>;
  unchanged: PlanList<ImportRef>;
  issues: ImportIssue[];
};

export function emptyPlan<Op>(issues: ImportIssue[]): ImportPlan<Op> {
  return { ops: [], add: new PlanList(), change: new PlanList(), unchanged: new PlanList(), issues };
}

export type ComuneRef = { id: number; istat: string; name: string };

/** The comuni of the scope, by ISTAT code. */
export function scopeComuni(scope: DataScope): Map<string, ComuneRef> {
  return new Map(scope.comuni.map((c) => [c.istatCode, { id: c.id, istat: c.istatCode, name: c.name }]));
}

/**
 * The comune a row is about: its istat cell, or the scope's only comune when the file has no
 * istat column. Refuses (returns an issue) a comune outside the scope, without telling whether
 * it exists in another consortium.
 */
export function rowComune(
  scope: DataScope,
  comuni: Map<string, ComuneRef>,
  istat: string | null,
  line: number,
): ComuneRef | ImportIssue {
  const only = scope.kind === 'comune' ? [...comuni.values()][0] : undefined;
  if (istat === null) {
    return only ?? { line, column: 'istat', value: null, message: token('import.istatRequired') };
  }
  const comune = comuni.get(istat);
  if (comune) return comune;
  const message = only
    ? token('import.rowOfOtherComune', { comune: only.name, istat: only.istat, row: istat })
    : token('import.comuneNotInConsortium', { istat, consortium: scope.consortium.name });
  return { line, column: 'istat', value: istat, message };
}

export function isIssue(value: object): value is ImportIssue {
  return 'message' in value && 'column' in value;
}

/** The refusals of a row's cells as the preview lists them: line, column, the cell's text, why. */
export function pushCellIssues(
  issues: ImportIssue[],
  line: number,
  cells: CsvRecord['cells'],
  found: readonly CellIssue[],
): void {
  for (const issue of found)
    issues.push({
      line,
      column: issue.column,
      value: issue.column ? (cells[issue.column] ?? null) : null,
      message: issue.message,
    });
}

/** A comune's service by what a row names (slug or name), as `serviceFinder` finds it. */
export type ServiceFinders = ReadonlyMap<number, (text: string) => ServiceRef | undefined>;

/**
 * The comune and the service a row names, checked even when other cells of the row are wrong,
 * so a preview lists every problem of a row at once; each problem is added to `issues`.
 * `istat` undefined is a cell already refused (not checked again); `service` null or '' names no
 * service. Answers the comune (null: refused) and the service (null: none named, undefined:
 * not found or not checked).
 */
export function placeRow(params: {
  scope: DataScope;
  comuni: Map<string, ComuneRef>;
  finders: ServiceFinders;
  line: number;
  istat: string | null | undefined;
  service: string | null | undefined;
  issues: ImportIssue[];
}): { comune: ComuneRef | null; service: ServiceRef | null | undefined } {
  const { line, istat, service, issues } = params;
  const found = istat === undefined ? null : rowComune(params.scope, params.comuni, istat, line);
  if (found === null || isIssue(found)) {
    if (found) issues.push(found);
    return { comune: null, service: undefined };
  }
  if (service === null || service === '') return { comune: found, service: null };
  if (service === undefined) return { comune: found, service: undefined };
  const match = params.finders.get(found.id)?.(service);
  if (!match) {
    issues.push({
      line,
      column: 'servizio',
      value: service,
      message: token('service.notFound', { comune: found.name, service }),
    });
  }
  return { comune: found, service: match };
}

/** A service of a comune by slug, or by its exact name (accents and case aside) when unique. */
export function serviceFinder<S extends { slug: string; name: string }>(services: readonly S[]) {
  const bySlug = new Map(services.map((s) => [s.slug, s]));
  const byName = new Map<string, S | null>();
  for (const s of services) {
    const key = foldText(s.name);
    byName.set(key, byName.has(key) ? null : s);
  }
  return (text: string): S | undefined => bySlug.get(text.trim()) ?? byName.get(foldText(text)) ?? undefined;
}

/**
 * What the preview showed, in one hash: the kind, the scope, every row's outcome with its
 * values before and after, and every refusal. Apply recomputes it on the data as they are then
 * and refuses when it differs, so nobody applies something other than what they saw.
 */
export function fingerprintOf(params: {
  kind: ImportKind;
  scope: DataScope;
  plan: ImportPlan<unknown>;
  fileIssues: ImportIssue[];
}): string {
  const { kind, scope, plan } = params;
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify({
      kind,
      scope: scope.kind === 'comune' ? scope.comuni.map((c) => c.istatCode) : scope.consortium.slug,
    }),
  );
  // Each list was hashed row by row as the plan was made.
  for (const [name, list] of [
    ['add', plan.add],
    ['change', plan.change],
    ['unchanged', plan.unchanged],
  ] as const) {
    hash.update(`\n${name}:${list.count}:${list.fingerprint()}`);
  }
  const issues = [...params.fileIssues, ...plan.issues];
  hash.update(`\nissues:${issues.length}`);
  for (const issue of issues) hash.update(`\n${JSON.stringify(issue)}`);
  return hash.digest('hex');
}

/** Duplicates within a file: the first line each key was seen on. */
export function duplicateTracker() {
  const seen = new Map<string, number>();
  return (key: string, line: number): number | null => {
    const first = seen.get(key);
    if (first !== undefined) return first;
    seen.set(key, line);
    return null;
  };
}

/** Splits a long id list so no query passes SQLite's limit on parameters. */
export function chunks<T>(items: readonly T[], size = 5000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export type ServiceRef = { id: number; comuneId: number; slug: string; name: string };

/** The services of the given comuni, by comune. */
export function loadServices(tx: Tx, comuneIds: readonly number[]): Map<number, ServiceRef[]> {
  const byComune = new Map<number, ServiceRef[]>();
  for (const ids of chunks(comuneIds)) {
    const rows = tx
      .select({ id: services.id, comuneId: services.comuneId, slug: services.slug, name: services.name })
      .from(services)
      .where(inArray(services.comuneId, ids))
      .all();
    for (const row of rows) byComune.set(row.comuneId, [...(byComune.get(row.comuneId) ?? []), row]);
  }
  return byComune;
}
