import { appMessage, token } from '@switchoff/domain';
import { ITALIAN_NUMBER_CASES, NOT_WHOLE_NUMBER } from '@switchoff/domain/formats';
import { describe, expect, it } from 'vitest';
import {
  buildSave,
  cellIssues,
  cellMessages,
  type GridRow,
  isDirty,
  newRow,
  rebaseRows,
  rowsFromServer,
  type ServerRow,
  targetOf,
} from './grid-model';

const row = (month: string, version: number, online = 10): ServerRow => ({
  month,
  online,
  assisted: 2,
  paper: 5,
  paymentsTotal: null,
  paymentsPagopa: null,
  satisfaction: [0, 1, 2, 3, 4],
  costCents: 12_550,
  version,
  updatedAt: '2024-07-01T00:00:00.000Z',
});

describe('grid rows', () => {
  it('shows the newest month first, every value as text, cost in euro', () => {
    const rows = rowsFromServer([row('2024-04', 1), row('2024-05', 2)]);
    expect(rows.map((r) => r.month)).toEqual(['2024-05', '2024-04']);
    expect(rows[0]?.cells).toMatchObject({ online: '10', paymentsTotal: '', s2: '1', cost: '125,50' });
    expect(rows.some(isDirty)).toBe(false);
  });

  it('sends only changed and new rows, with their versions', () => {
    const rows = rowsFromServer([row('2024-04', 1), row('2024-05', 2)]);
    const edited: GridRow[] = rows.map((r) =>
      r.month === '2024-04' ? { ...r, cells: { ...r.cells, paper: '1.234' } } : r,
    );
    const added = newRow(edited, '2024-06', 1);
    expect(added.month).toBe('2024-06');
    const save = buildSave([
      { ...added, cells: { ...added.cells, online: '3', assisted: '0', paper: '1' } },
      ...edited,
    ]);
    expect(save.keys).toEqual(['new-1', '2024-04']);
    expect(save.rows[0]).toEqual({
      month: '2024-06',
      online: 3,
      assisted: 0,
      paper: 1,
      paymentsTotal: null,
      paymentsPagopa: null,
      satisfaction: [0, 0, 0, 0, 0],
      costCents: null,
    });
    expect(save.rows[1]).toMatchObject({ month: '2024-04', paper: 1234, version: 1, costCents: 12_550 });
  });

  it.each(ITALIAN_NUMBER_CASES)('reads %j typed in a cell as the CSV import does (%d)', (text, value) => {
    const [saved] = rowsFromServer([row('2024-04', 1)]);
    if (!saved) throw new Error('no row');
    const typed = {
      ...saved,
      cells: { ...saved.cells, cost: text, ...(Number.isInteger(value) ? { online: text } : {}) },
    };
    const input = buildSave([typed]).rows[0];
    expect(input?.costCents).toBe(Math.round(value * 100));
    if (Number.isInteger(value)) expect(input?.online).toBe(value);
    expect(cellIssues([typed], [typed.key])).toEqual([]);
  });

  it('says “not a whole number” of a fraction in a count, at its cell', () => {
    const [saved] = rowsFromServer([row('2024-04', 1)]);
    if (!saved) throw new Error('no row');
    const typed = { ...saved, cells: { ...saved.cells, online: NOT_WHOLE_NUMBER, s3: NOT_WHOLE_NUMBER } };
    expect(buildSave([typed]).rows[0]?.online).toBeNaN();
    const message = token('notWholeNumber', { text: NOT_WHOLE_NUMBER });
    expect(cellIssues([typed], [typed.key])).toEqual([
      { path: ['rows', 0, 'online'], message },
      { path: ['rows', 0, 'satisfaction', 2], message },
    ]);
  });

  it('adds no month after the last complete one', () => {
    expect(newRow(rowsFromServer([row('2024-06', 1)]), '2024-06', 2).month).toBe('');
  });
});

describe('messages on cells', () => {
  const keys = ['new-1', '2024-04'];
  it('maps full paths to the row and column they are about', () => {
    expect(targetOf('rows.1.online', keys)).toEqual({ key: '2024-04', column: 'online' });
    expect(targetOf('rows.0.satisfaction.4', keys)).toEqual({ key: 'new-1', column: 's5' });
    expect(targetOf('rows.1.costCents', keys)).toEqual({ key: '2024-04', column: 'cost' });
    expect(targetOf('rows.0.month', keys)).toEqual({ key: 'new-1', column: 'month' });
    expect(targetOf('rows.1.version', keys)).toEqual({ key: '2024-04', column: 'row' });
    expect(targetOf('rows', keys)).toBeNull();
  });
  it('groups messages by cell and keeps the others for the summary', () => {
    const overTotal = appMessage('pagopaOverTotal');
    const notClosed = appMessage('monthNotClosed', { month: '2024-07', last: '2024-06' });
    const maxMonths = appMessage('maxMonths', { max: 120 });
    expect(
      cellMessages(
        {
          'rows.1.paymentsPagopa': [overTotal],
          'rows.0.month': [notClosed],
          rows: [maxMonths],
        },
        keys,
      ),
    ).toEqual({
      cells: {
        '2024-04.paymentsPagopa': [overTotal],
        'new-1.month': [notClosed],
      },
      general: [maxMonths],
    });
  });
});

describe('reloading the grid', () => {
  it('keeps typed cells, takes the server’s other values and versions, keeps new rows', () => {
    const rows = rowsFromServer([row('2024-04', 1), row('2024-05', 2)]);
    const typed = rows.map((r) => (r.month === '2024-04' ? { ...r, cells: { ...r.cells, paper: '99' } } : r));
    const added = { ...newRow(typed, '2024-06', 1), cells: { ...newRow(typed, '2024-06', 1).cells, online: '7' } };
    const next = rebaseRows([added, ...typed], [row('2024-04', 3, 50), row('2024-05', 2)]);
    const april = next.find((r) => r.month === '2024-04');
    expect(april?.version).toBe(3);
    expect(april?.cells.paper).toBe('99');
    expect(april?.cells.online).toBe('50');
    expect(next[0]?.key).toBe('new-1');
    expect(next[0]?.cells.online).toBe('7');
  });
});
