import type { Tx } from '@switchoff/db';
import { storedMonthsOf } from '@switchoff/db/reads/figures';
import { writeFiguresInBulk } from '@switchoff/db/rollups';
import {
  FIGURE_COLUMNS,
  type FiguresColumns,
  type FiguresRow,
  figuresColumnsOf,
  figuresRowOfTuple,
} from '@switchoff/db/rows/figures';
import { token, tokenOf } from '@switchoff/domain';
import { centsToEuro, FIGURES_CSV_COLUMNS, figuresIssueColumn, readFiguresRow } from '@switchoff/domain/formats';
import { closedMonthIssue, figuresRowInput } from '@switchoff/domain/schemas';
import type { DataScope } from '../reads/lookup';
import type { Author } from '../writes/audit';
import { diffFigures, insertMonth, updateMonth } from '../writes/figures';
import type { CsvRecord, ImportIssue } from './csv-read';
import { placeRows } from './place-rows';
import {
  type CsvValue,
  duplicateTracker,
  emptyPlan,
  type ImportPlan,
  type ImportProgress,
  PROGRESS_EVERY,
  type ServiceRef,
} from './plan';

/** One month to write: new (`current` null) or corrected. */
export type FiguresOp = {
  comuneId: number;
  serviceId: number;
  month: string;
  values: FiguresColumns;
  current: FiguresRow | null;
};

/** The CSV column of each stored column (the domain's map), for the preview's before/after. */
const CSV_COLUMN: Record<keyof FiguresColumns, string> = FIGURES_CSV_COLUMNS;

function csvValues(values: Partial<FiguresColumns>): Record<string, CsvValue> {
  const out: Record<string, CsvValue> = {};
  for (const [key, value] of Object.entries(values) as [keyof FiguresColumns, number | null][]) {
    out[CSV_COLUMN[key]] = key === 'costCents' && value !== null ? centsToEuro(value) : value;
  }
  return out;
}

/** The current rows of the given services and months, by `serviceId:month` (a file's worth: 100,000 rows read as tuples). */
export function loadMonths(tx: Tx, serviceIds: readonly number[], months: readonly string[]): Map<string, FiguresRow> {
  const found = new Map<string, FiguresRow>();
  if (months.length === 0) return found;
  for (const t of storedMonthsOf.all(tx, JSON.stringify(serviceIds), JSON.stringify(months))) {
    found.set(`${t[1]}:${t[2]}`, figuresRowOfTuple(t));
  }
  return found;
}

/** A file's value, or the stored one where the file leaves the cell out. */
const keep = <T>(value: T | undefined, fallback: T): T => (value === undefined ? fallback : value);

function satisfactionKept(file: readonly (number | undefined)[], current: FiguresRow): number[] {
  const stored = [
    current.satisfaction1,
    current.satisfaction2,
    current.satisfaction3,
    current.satisfaction4,
    current.satisfaction5,
  ];
  return file.map((v, i) => keep(v, stored[i] ?? 0));
}

function refOf(line: number, comune: { istat: string; name: string }, service: ServiceRef, month: string) {
  return {
    line,
    istat: comune.istat,
    comune: comune.name,
    service: service.slug,
    month,
    code: null,
    label: `${service.name}, ${month}`,
  };
}

function changeOf(ref: ReturnType<typeof refOf>, current: FiguresRow, values: FiguresColumns) {
  const { before, after } = diffFigures(current, values);
  return { ...ref, before: csvValues(before), after: csvValues(after) };
}

/**
 * A figures file's plan, with what it read of the data: the services and months it named and
 * their stored rows (a commit may reuse the plan while those stay the same: figures-plan-reuse.ts).
 */
export type FiguresPlan = ImportPlan<FiguresOp> & {
  read: {
    services: Map<number, ServiceRef[]>;
    serviceIds: number[];
    months: string[];
    existing: Map<string, FiguresRow>;
  };
};

/**
 * What a monthly-figures file would do: every row is read the Italian way, matched to a comune
 * of the scope and one of its services, merged with the month's current figures (columns the
 * file lacks keep their value) and checked with the grid's own rules (`figuresRowInput`,
 * closed months only), so an import refuses exactly what the grid refuses.
 */
export function planFiguresImport(
  tx: Tx,
  params: { scope: DataScope; records: readonly CsvRecord[]; today: string },
): FiguresPlan {
  const issues: ImportIssue[] = [];
  const placed = placeRows(tx, { ...params, issues, readRow: readFiguresRow });
  const seen = duplicateTracker();
  const read: {
    line: number;
    comune: { id: number; istat: string; name: string };
    service: ServiceRef;
    row: NonNullable<ReturnType<typeof readFiguresRow>['row']>;
  }[] = [];

  // Comune, service and month are checked even when a cell is wrong: every problem at once.
  for (const { line, cells, row, ref, comune, service } of placed.rows) {
    const closed = ref.month ? closedMonthIssue(ref.month, params.today) : null;
    if (closed) issues.push({ line, column: 'mese', value: cells.mese ?? null, message: closed });
    if (!row || !comune || !service || closed) continue;
    const first = seen(`${service.id}:${row.month}`, line);
    if (first !== null) {
      issues.push({
        line,
        column: 'mese',
        value: cells.mese ?? null,
        message: token('import.rowRepeated', { service: service.slug, month: row.month, line: first }),
      });
      continue;
    }
    read.push({ line, comune, service, row });
  }

  const serviceIds = [...new Set(read.map((r) => r.service.id))];
  const months = [...new Set(read.map((r) => r.row.month))];
  const existing = loadMonths(tx, serviceIds, months);
  const plan: FiguresPlan = {
    ...emptyPlan<FiguresOp>(issues),
    read: { services: placed.servicesByComune, serviceIds, months, existing },
  };
  for (const { line, comune, service, row } of read) {
    const current = existing.get(`${service.id}:${row.month}`) ?? null;
    const checked = figuresRowInput.safeParse({
      month: row.month,
      online: row.online,
      assisted: row.assisted,
      paper: row.paper,
      paymentsTotal: keep(row.paymentsTotal, current?.paymentsTotal ?? null),
      paymentsPagopa: keep(row.paymentsPagopa, current?.paymentsPagopa ?? null),
      satisfaction:
        current === null ? row.satisfaction.map((v) => keep(v, 0)) : satisfactionKept(row.satisfaction, current),
      costCents: keep(row.costCents, current?.costCents ?? null),
    });
    if (!checked.success) {
      for (const issue of checked.error.issues)
        issues.push({ line, column: figuresIssueColumn(issue.path), value: null, message: tokenOf(issue.message) });
      continue;
    }
    const values = figuresColumnsOf(checked.data);
    // What decides the row's outcome: the line, the month of the service, the stored row it meets
    // (its version changes with every write) and the values the file gives it. The entries the
    // preview shows are built only for the rows it lists.
    const key = `${line}|${service.id}|${row.month}|${current === null ? '-' : `${current.id}.${current.version}`}|${FIGURE_COLUMNS.map((k) => values[k]).join(',')}`;
    if (!current) {
      const list = plan.add;
      list.pushKeyed(
        key,
        comune,
        list.listing ? { ...refOf(line, comune, service, row.month), before: null, after: csvValues(values) } : null,
      );
      plan.ops.push({ comuneId: comune.id, serviceId: service.id, month: row.month, values, current: null });
      continue;
    }
    if (FIGURE_COLUMNS.every((k) => current[k] === values[k])) {
      const list = plan.unchanged;
      list.pushKeyed(key, comune, list.listing ? refOf(line, comune, service, row.month) : null);
      continue;
    }
    const list = plan.change;
    list.pushKeyed(
      key,
      comune,
      list.listing ? changeOf(refOf(line, comune, service, row.month), current, values) : null,
    );
    plan.ops.push({ comuneId: comune.id, serviceId: service.id, month: row.month, values, current });
  }
  return plan;
}

/**
 * Writes the months of a plan with the grid's own code: audit rows, versions, nothing half-done.
 * `progress` hears the rows written so far, and 'rollups' when the roll-ups are brought up to date.
 */
export function applyFiguresPlan(
  tx: Tx,
  ops: readonly FiguresOp[],
  author: Author,
  progress: ImportProgress = () => {},
): void {
  // Row by row, the roll-up triggers would do their work 100,000 times for a big file: they
  // pause, and the roll-ups are brought up to date once per comune and month afterwards.
  const touched = ops.map((op) => ({ serviceId: op.serviceId, month: op.month }));
  writeFiguresInBulk(tx.$client, touched, () => {
    for (const [done, op] of ops.entries()) {
      if (done % PROGRESS_EVERY === 0) progress({ phase: 'writing', done, total: ops.length });
      if (op.current) updateMonth(tx, { current: op.current, comuneId: op.comuneId, values: op.values, author });
      else
        insertMonth(tx, { serviceId: op.serviceId, comuneId: op.comuneId, month: op.month, values: op.values, author });
    }
    progress({ phase: 'rollups', done: ops.length, total: ops.length });
  });
}
