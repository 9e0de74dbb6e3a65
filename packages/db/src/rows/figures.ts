import type { MonthFigures, YearMonth } from '@switchoff/domain';
import type { monthlyFigures } from '../schema';
import { tupleToRowOf } from './tuple-rows';

/** A stored month of figures of one service, as drizzle reads it. */
export type FiguresRow = typeof monthlyFigures.$inferSelect;

/**
 * The value columns of a month, property → SQL column, in the one order every tuple read and
 * positional write uses (FigureValuesTuple).
 */
export const FIGURE_VALUE_COLUMNS = {
  online: 'online',
  assisted: 'assisted',
  paper: 'paper',
  paymentsTotal: 'payments_total',
  paymentsPagopa: 'payments_pagopa',
  satisfaction1: 'satisfaction_1',
  satisfaction2: 'satisfaction_2',
  satisfaction3: 'satisfaction_3',
  satisfaction4: 'satisfaction_4',
  satisfaction5: 'satisfaction_5',
  costCents: 'cost_cents',
} as const satisfies Partial<Record<keyof FiguresRow, string>>;

/** The stored values of one month: what the grid and imports write and the audit log compares. */
export type FiguresColumns = Pick<FiguresRow, keyof typeof FIGURE_VALUE_COLUMNS>;

/** Every value column of a month, in FIGURE_VALUE_COLUMNS order. */
export const FIGURE_COLUMNS = Object.keys(FIGURE_VALUE_COLUMNS) as (keyof FiguresColumns)[];

/** A month's value columns read as a tuple, in FIGURE_COLUMNS order (reads of many rows). */
export type FigureValuesTuple = [
  online: number,
  assisted: number,
  paper: number,
  paymentsTotal: number | null,
  paymentsPagopa: number | null,
  satisfaction1: number,
  satisfaction2: number,
  satisfaction3: number,
  satisfaction4: number,
  satisfaction5: number,
  costCents: number | null,
];

/** The value columns as SQL, in FIGURE_COLUMNS order, of a table alias if given: `f.online, f.assisted, …`. */
export function figureValuesSql(alias?: string): string {
  const prefix = alias === undefined ? '' : `${alias}.`;
  return Object.values(FIGURE_VALUE_COLUMNS)
    .map((column) => `${prefix}${column}`)
    .join(', ');
}

/** A stored month as the MonthFigures the measures work on. */
export function monthFiguresOf(row: FiguresColumns & { month: YearMonth }): MonthFigures {
  return {
    month: row.month,
    online: row.online,
    assisted: row.assisted,
    paper: row.paper,
    paymentsTotal: row.paymentsTotal,
    paymentsPagopa: row.paymentsPagopa,
    satisfaction: [row.satisfaction1, row.satisfaction2, row.satisfaction3, row.satisfaction4, row.satisfaction5],
    costCents: row.costCents,
  };
}

/** A month read as a tuple: the month, then its values in FIGURE_COLUMNS order. */
export type MonthFiguresTuple = [month: YearMonth, ...FigureValuesTuple];

/** A month read as MonthFiguresTuple, as MonthFigures (no object in between). */
export function monthFiguresOfTuple(tuple: MonthFiguresTuple): MonthFigures {
  const [month, online, assisted, paper, paymentsTotal, paymentsPagopa, s1, s2, s3, s4, s5, costCents] = tuple;
  return {
    month,
    online,
    assisted,
    paper,
    paymentsTotal,
    paymentsPagopa,
    satisfaction: [s1, s2, s3, s4, s5],
    costCents,
  };
}

/** A month's values as MonthFigures carries them, as the stored columns. */
export function figuresColumnsOf(values: Omit<MonthFigures, 'month'>): FiguresColumns {
  const [s1, s2, s3, s4, s5] = values.satisfaction;
  return {
    online: values.online,
    assisted: values.assisted,
    paper: values.paper,
    paymentsTotal: values.paymentsTotal,
    paymentsPagopa: values.paymentsPagopa,
    satisfaction1: s1,
    satisfaction2: s2,
    satisfaction3: s3,
    satisfaction4: s4,
    satisfaction5: s5,
    costCents: values.costCents,
  };
}

/** A whole stored row read as a tuple: id, service, month, the values, version and updated_at. */
export type FiguresRowTuple = [
  id: number,
  serviceId: number,
  month: string,
  ...FigureValuesTuple,
  version: number,
  updatedAt: string,
];

/** The columns of FiguresRowTuple, as SQL. */
export const FIGURES_ROW_SQL = `id, service_id, month, ${figureValuesSql()}, version, updated_at`;

/** A row read as FiguresRowTuple as drizzle would read it (imports read 100,000 of them as tuples). */
export const figuresRowOfTuple: (tuple: FiguresRowTuple) => FiguresRow = tupleToRowOf<FiguresRow>([
  'id',
  'serviceId',
  'month',
  ...FIGURE_COLUMNS,
  'version',
  'updatedAt',
]);
