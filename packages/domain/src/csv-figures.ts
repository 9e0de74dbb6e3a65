import type { z } from 'zod';
import { normaliseIstat, type Parsed, parseEuroCents, parseItalianInteger, parseItalianMonth } from './italian-values';
import { MESSAGES, type MessageToken, token, tokenOf } from './messages';
import type { YearMonth } from './months';
import { monthFiguresFields, monthlyCount } from './schemas';

/** A refusal of one cell of a CSV row (`column` null: the row as a whole). */
export type CellIssue = { column: string | null; message: MessageToken };

/** The cells of one CSV row by column name; a column the file lacks is absent. */
export type CsvCells = Readonly<Record<string, string | undefined>>;

/** One row of an import file as read: the row (null when any cell is wrong), its cells' refusals, what it is about. */
export type RowReading<Row, Ref extends { istat: string | null | undefined; service: string | null | undefined }> = {
  row: Row | null;
  issues: CellIssue[];
  ref: Ref;
};

/**
 * One row of a monthly-figures file, read. Optional columns the file lacks are `undefined`
 * (the month's current value is kept); present but empty cells are null (unknown) for payments
 * and cost and 0 for satisfaction answers.
 */
export type FiguresCsvRow = {
  istat: string | null;
  service: string;
  month: YearMonth;
  online: number;
  assisted: number;
  paper: number;
  paymentsTotal: number | null | undefined;
  paymentsPagopa: number | null | undefined;
  satisfaction: [number | undefined, number | undefined, number | undefined, number | undefined, number | undefined];
  costCents: number | null | undefined;
};

/**
 * The file's column of each stored value of a month (csv-columns.ts describes them): one map for
 * reading a file, pointing refusals at its cells and showing a preview's before and after.
 */
export const FIGURES_CSV_COLUMNS = {
  online: 'online',
  assisted: 'assistito',
  paper: 'cartaceo',
  paymentsTotal: 'pagamenti_totali',
  paymentsPagopa: 'pagamenti_pagopa',
  satisfaction1: 'soddisfazione_1',
  satisfaction2: 'soddisfazione_2',
  satisfaction3: 'soddisfazione_3',
  satisfaction4: 'soddisfazione_4',
  satisfaction5: 'soddisfazione_5',
  costCents: 'costo_euro',
} as const;

const C = FIGURES_CSV_COLUMNS;
export const SATISFACTION_COLUMNS = [
  C.satisfaction1,
  C.satisfaction2,
  C.satisfaction3,
  C.satisfaction4,
  C.satisfaction5,
];

/** The column that carries each field of the grid's schema, to point refusals at cells. */
const FIELD_COLUMNS: Record<string, string> = { month: 'mese', ...FIGURES_CSV_COLUMNS };

/** The column a refusal of the grid's schema (`figuresRowInput`) concerns. */
export function figuresIssueColumn(path: readonly PropertyKey[]): string | null {
  const [field, index] = path;
  if (field === 'satisfaction')
    return typeof index === 'number' ? (SATISFACTION_COLUMNS[index] ?? null) : C.satisfaction1;
  return typeof field === 'string' ? (FIELD_COLUMNS[field] ?? null) : null;
}

function check<T>(schema: z.ZodType<T>, value: unknown): Parsed<T> {
  const result = schema.safeParse(value);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, message: tokenOf(result.error.issues[0]?.message ?? MESSAGES.valueInvalid) };
}

/** Reads one cell with `parse`, then checks it with the grid's schema; issues go to `issues`. */
function cell<T>(
  cells: CsvCells,
  issues: CellIssue[],
  column: string,
  parse: (text: string) => Parsed<T | null>,
  schema: z.ZodType<unknown> | null,
  options: { required: boolean; empty: T | null },
): T | null | undefined {
  const text = cells[column];
  if (text === undefined) return undefined;
  if (text.trim() === '') {
    if (options.required) issues.push({ column, message: MESSAGES.valueMissing });
    return options.empty;
  }
  const parsed = parse(text);
  if (!parsed.ok) {
    issues.push({ column, message: parsed.message });
    return undefined;
  }
  if (schema && parsed.value !== null) {
    const checked = check(schema, parsed.value);
    if (!checked.ok) {
      issues.push({ column, message: checked.message });
      return undefined;
    }
  }
  return parsed.value;
}

/** Reads the istat cell (absent: null, the file is for one comune). */
export function readIstatCell(cells: CsvCells, issues: CellIssue[]): string | null | undefined {
  const text = cells.istat;
  if (text === undefined) return null;
  const istat = normaliseIstat(text);
  if (!istat) {
    issues.push({
      column: 'istat',
      message: text.trim() === '' ? MESSAGES.valueMissing : token('notIstat', { text: text.trim() }),
    });
    return undefined;
  }
  return istat;
}

/** Reads a cell that must not be empty, trimmed; an empty or absent one is an issue and reads as ''. */
export function readRequiredCell(cells: CsvCells, issues: CellIssue[], column: string): string {
  const text = (cells[column] ?? '').trim();
  if (text === '') issues.push({ column, message: MESSAGES.valueMissing });
  return text;
}

/**
 * What a row is about, read even when some of its cells are wrong, so that the import can still
 * check its comune, service and month and list every problem of the row at once (`istat`
 * undefined: the cell is wrong; `service` '' and `month` null: missing or wrong).
 */
export type FiguresRowRef = { istat: string | null | undefined; service: string; month: YearMonth | null };

/**
 * Reads one row of a monthly-figures file: every cell is parsed the Italian way and checked
 * with the grid's own field schemas, so a CSV row is refused for the same reasons as the grid.
 * Returns null with the issues when any cell is wrong, and always what the row is about (`ref`).
 */
export function readFiguresRow(cells: CsvCells): RowReading<FiguresCsvRow, FiguresRowRef> {
  const issues: CellIssue[] = [];
  const istat = readIstatCell(cells, issues);
  const service = readRequiredCell(cells, issues, 'servizio');
  const monthText = readRequiredCell(cells, issues, 'mese');
  const month = monthText === '' ? null : parseItalianMonth(monthText);
  if (monthText !== '' && !month) issues.push({ column: 'mese', message: token('notMonth', { text: monthText }) });
  const count = (column: string, required: boolean, empty: number | null) =>
    cell(cells, issues, column, parseItalianInteger, monthlyCount, { required, empty });
  const online = count('online', true, null);
  const assisted = count('assistito', true, null);
  const paper = count('cartaceo', true, null);
  const paymentsTotal = count('pagamenti_totali', false, null);
  const paymentsPagopa = count('pagamenti_pagopa', false, null);
  const satisfaction = SATISFACTION_COLUMNS.map((c) => count(c, false, 0)) as (number | null | undefined)[];
  const costCents = cell(cells, issues, 'costo_euro', parseEuroCents, monthFiguresFields.costCents, {
    required: false,
    empty: null,
  });
  if (
    issues.length > 0 ||
    istat === undefined ||
    !month ||
    typeof online !== 'number' ||
    typeof assisted !== 'number' ||
    typeof paper !== 'number'
  ) {
    return { row: null, issues, ref: { istat, service, month } };
  }
  const [s1, s2, s3, s4, s5] = satisfaction.map((s) => (s === null ? 0 : s));
  return {
    row: {
      istat,
      service,
      month,
      online,
      assisted,
      paper,
      paymentsTotal,
      paymentsPagopa,
      satisfaction: [s1, s2, s3, s4, s5],
      costCents,
    },
    issues,
    ref: { istat, service, month },
  };
}
