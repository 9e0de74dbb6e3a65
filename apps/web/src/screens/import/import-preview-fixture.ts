import { appMessage } from '@switchoff/domain';
import type { ImportPreview } from './import-preview';

/** What every preview of a figures file for Ripalta Cremasca carries. */
export const base = {
  kind: 'figures',
  scope: { kind: 'comune', istat: '019081', name: 'Ripalta Cremasca' },
  fingerprint: 'a'.repeat(64),
  separator: ';',
  ignoredColumns: [],
  truncated: false,
  unchanged: [],
} as const;

/** A row of the file: one month of Ripalta Cremasca's school canteen. */
function canteenMonth(line: number, month: string) {
  return {
    line,
    istat: '019081',
    comune: 'Ripalta Cremasca',
    service: 'mensa-scolastica',
    month,
    code: null,
    label: `Mensa scolastica, ${month}`,
  };
}

/** A preview that found errors and may not apply. */
export const withErrors = {
  ...base,
  totals: { rows: 4, add: 1, change: 0, unchanged: 0, errors: 3 },
  add: [{ ...canteenMonth(2, '2024-03'), before: null, after: { online: 1234, assistito: 5 } }],
  change: [],
  errors: [
    { line: null, column: null, value: null, message: appMessage('csv.empty') },
    { line: 3, column: 'online', value: '-5', message: appMessage('notNegative') },
    {
      line: 4,
      column: 'mese',
      value: '2099-01',
      message: appMessage('monthNotClosed', { month: '2099-01', last: '2024-06' }),
    },
  ],
  canApply: false,
} as unknown as ImportPreview;

/** A clean preview that adds and changes months. */
export const clean = {
  ...base,
  totals: { rows: 3, add: 1, change: 1, unchanged: 1, errors: 0 },
  add: [{ ...canteenMonth(2, '2024-03'), before: null, after: { online: 10, assistito: 2, cartaceo: 1 } }],
  change: [
    {
      ...canteenMonth(3, '2024-04'),
      before: { online: 80, costo_euro: null },
      after: { online: 85, costo_euro: 1234.5 },
    },
  ],
  unchanged: [canteenMonth(4, '2024-05')],
  errors: [],
  canApply: true,
} as unknown as ImportPreview;
