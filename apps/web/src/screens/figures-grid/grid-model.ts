import type { RouterOutputs } from '@switchoff/api';
import { type AppMessage, addMonths, isYearMonth, token, type YearMonth } from '@switchoff/domain';
import type { Issue, Messages } from '../../forms/form-errors';
import { centsToEuroText, type NumberKind, numberIssues, numberValue } from '../../forms/parse';

/** One month of the grid as the API answers it (with its version). */
export type ServerRow = RouterOutputs['figures']['months']['rows'][number];

/** The editable cells under the grid's header groups (channels, payments, satisfaction), left to right. */
export const COLUMN_GROUPS = [
  { group: 'channelsGroup', columns: ['online', 'assisted', 'paper'] },
  { group: 'paymentsGroup', columns: ['paymentsTotal', 'paymentsPagopa'] },
  { group: 'satisfactionGroup', columns: ['s1', 's2', 's3', 's4', 's5'] },
] as const;
export type Column = (typeof COLUMN_GROUPS)[number]['columns'][number] | 'cost';
/** The editable columns, in the grid's order: the groups' cells, then the cost, which has no group. */
export const COLUMNS: readonly Column[] = [...COLUMN_GROUPS.flatMap((g) => g.columns), 'cost'];
export type Cells = Record<Column, string>;

/** A row as the grid holds it: every cell as typed, and what the server had (to know what changed). */
export type GridRow = {
  /** Stable across edits: the month for a saved row, `new-N` for a row being added. */
  key: string;
  month: string;
  /** The version the row was loaded with; null for a month not saved yet. */
  version: number | null;
  cells: Cells;
  /** The server's values as text; null for a new row. */
  base: Cells | null;
};

const text = (value: number | null) => (value === null ? '' : String(value));

function cellsOf(row: ServerRow): Cells {
  const [s1, s2, s3, s4, s5] = row.satisfaction;
  return {
    online: text(row.online),
    assisted: text(row.assisted),
    paper: text(row.paper),
    paymentsTotal: text(row.paymentsTotal),
    paymentsPagopa: text(row.paymentsPagopa),
    s1: text(s1),
    s2: text(s2),
    s3: text(s3),
    s4: text(s4),
    s5: text(s5),
    cost: centsToEuroText(row.costCents),
  };
}

/** The grid of the server's months, newest first. */
export function rowsFromServer(rows: readonly ServerRow[]): GridRow[] {
  return [...rows]
    .sort((a, b) => (a.month < b.month ? 1 : -1))
    .map((row) => ({
      key: row.month,
      month: row.month,
      version: row.version,
      cells: cellsOf(row),
      base: cellsOf(row),
    }));
}

export function isNew(row: GridRow): boolean {
  return row.base === null;
}

/** A new row, or a saved one with a cell typed differently from what the server holds. */
export function isDirty(row: GridRow): boolean {
  if (row.base === null) return true;
  const base = row.base;
  return COLUMNS.some((column) => row.cells[column] !== base[column]);
}

const EMPTY_CELLS: Cells = {
  online: '',
  assisted: '',
  paper: '',
  paymentsTotal: '',
  paymentsPagopa: '',
  s1: '',
  s2: '',
  s3: '',
  s4: '',
  s5: '',
  cost: '',
};

/** A new month to fill in: the one after the newest in the grid, up to the last complete month. */
export function newRow(rows: readonly GridRow[], lastMonth: string, serial: number): GridRow {
  const months = rows
    .map((r) => r.month)
    .filter(isYearMonth)
    .sort();
  const newest = months[months.length - 1];
  const next = newest ? addMonths(newest, 1) : lastMonth;
  const month = isYearMonth(lastMonth) && next > lastMonth ? '' : next;
  return { key: `new-${serial}`, month, version: null, cells: { ...EMPTY_CELLS }, base: null };
}

/**
 * Where each column goes in a row of `figures.saveMonths` and how its text reads: by the
 * domain's parsers, the ones the CSV import reads the same columns with.
 */
const CELL_INPUT: Record<Column, { path: readonly (string | number)[]; kind: NumberKind }> = {
  online: { path: ['online'], kind: 'whole' },
  assisted: { path: ['assisted'], kind: 'whole' },
  paper: { path: ['paper'], kind: 'whole' },
  paymentsTotal: { path: ['paymentsTotal'], kind: 'whole' },
  paymentsPagopa: { path: ['paymentsPagopa'], kind: 'whole' },
  s1: { path: ['satisfaction', 0], kind: 'whole' },
  s2: { path: ['satisfaction', 1], kind: 'whole' },
  s3: { path: ['satisfaction', 2], kind: 'whole' },
  s4: { path: ['satisfaction', 3], kind: 'whole' },
  s5: { path: ['satisfaction', 4], kind: 'whole' },
  cost: { path: ['costCents'], kind: 'euroCents' },
};

const SATISFACTION = ['s1', 's2', 's3', 's4', 's5'] as const;

/** One row as `figures.saveMonths` receives it: empty is null, text the parser refuses NaN (the schema refuses it). */
export function toInputRow(row: GridRow) {
  const value = (column: Column) => numberValue(row.cells[column], CELL_INPUT[column].kind);
  return {
    month: row.month,
    online: value('online') ?? Number.NaN,
    assisted: value('assisted') ?? Number.NaN,
    paper: value('paper') ?? Number.NaN,
    paymentsTotal: value('paymentsTotal'),
    paymentsPagopa: value('paymentsPagopa'),
    satisfaction: SATISFACTION.map((column) => value(column) ?? 0),
    costCents: value('cost'),
    ...(row.version === null ? {} : { version: row.version }),
  };
}

/** What one save sends (the changed and new rows only) and which grid row each index is. */
export function buildSave(rows: readonly GridRow[]) {
  const changed = rows.filter(isDirty);
  return { rows: changed.map(toInputRow), keys: changed.map((r) => r.key) };
}

/**
 * Cells the parser refuses, in its words (`12,5` in a count: "not a whole number"; a cost with
 * three decimals), at the paths the schema would use, which then says nothing more about them.
 */
export function cellIssues(rows: readonly GridRow[], keys: readonly string[]): Issue[] {
  return keys.flatMap((key, index) => {
    const row = rows.find((r) => r.key === key);
    if (!row) return [];
    return numberIssues(
      COLUMNS.map((column) => ({
        path: ['rows', index, ...CELL_INPUT[column].path],
        text: row.cells[column],
        kind: CELL_INPUT[column].kind,
      })),
    );
  });
}

/** A new row for a month the grid already holds: it would be refused as stale, so say it first. */
export function duplicateIssues(rows: readonly GridRow[], keys: readonly string[]): Issue[] {
  return keys.flatMap((key, index) => {
    const row = rows.find((r) => r.key === key);
    if (!row || row.base !== null || row.month === '') return [];
    const twin = rows.some((other) => other.key !== key && other.base !== null && other.month === row.month);
    return twin ? [{ path: ['rows', index, 'month'], message: token('monthInGrid', { month: row.month }) }] : [];
  });
}

/** Where a message of the API (or of the schema) belongs in the grid. */
export type CellTarget = { key: string; column: Column | 'month' | 'row' };

/** The column each input path of a row is about (`online`, `satisfaction.2`, `costCents`). */
const COLUMN_AT = new Map<string, Column>(COLUMNS.map((column) => [CELL_INPUT[column].path.join('.'), column]));

/** Maps a path like `rows.3.online` or `rows.3.satisfaction.2` to the grid cell it is about. */
export function targetOf(path: string, keys: readonly string[]): CellTarget | null {
  const [root, index, ...rest] = path.split('.');
  if (root !== 'rows' || index === undefined) return null;
  const key = keys[Number(index)];
  if (key === undefined) return null;
  const field = rest.join('.');
  return { key, column: field === 'month' ? 'month' : (COLUMN_AT.get(field) ?? 'row') };
}

/** Messages by grid cell (`<rowKey>.<column>`), and those about the whole save. */
export function cellMessages(paths: Messages, keys: readonly string[]): { cells: Messages; general: AppMessage[] } {
  const cells: Messages = {};
  const general: AppMessage[] = [];
  for (const [path, messages] of Object.entries(paths)) {
    const target = targetOf(path, keys);
    if (!target) {
      general.push(...messages);
      continue;
    }
    const list = (cells[`${target.key}.${target.column}`] ??= []);
    list.push(
      ...messages.filter(
        (message) =>
          !list.some((m) => m.code === message.code && JSON.stringify(m.params) === JSON.stringify(message.params)),
      ),
    );
  }
  return { cells, general };
}

/**
 * The grid after the server's months changed (a reload, a save): cells the user typed keep their
 * text, untouched ones take the server's values and every row its new version. New rows stay.
 */
export function rebaseRows(current: readonly GridRow[], server: readonly ServerRow[]): GridRow[] {
  const fresh = rowsFromServer(server);
  const byMonth = new Map(current.map((row) => [row.month, row]));
  const merged = fresh.map((row) => {
    const mine = byMonth.get(row.month);
    if (!mine) return row;
    const cells = { ...row.cells };
    for (const column of COLUMNS) {
      const typed = mine.cells[column];
      const before = mine.base?.[column];
      if (mine.base === null ? typed !== '' : typed !== before) cells[column] = typed;
    }
    return { ...row, cells };
  });
  const known = new Set(fresh.map((row) => row.month));
  const added = current.filter((row) => row.base === null && !known.has(row.month));
  return [...added, ...merged];
}

/** The last complete month as "today" for the domain's month rule (its first day after it). */
export function todayAfter(lastMonth: YearMonth): string {
  return `${addMonths(lastMonth, 1)}-01`;
}
