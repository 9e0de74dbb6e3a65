import { describe, expect, it } from 'vitest';
import { createDb } from '../client';
import { comuni, milestones, services } from '../schema';
import { columnsSql, type OuterRowOf, type RowOf, tupleToRow, tupleToRowOf } from './tuple-rows';

const columns = { id: milestones.id, title: milestones.title };
const outer = { serviceSlug: services.slug };

describe('tuple rows', () => {
  it('writes the columns as SQL in the map order and builds rows from tuples with the same names', () => {
    expect(columnsSql(columns)).toBe('milestones.id, milestones.title');
    const row = tupleToRow<RowOf<typeof columns> & OuterRowOf<typeof outer>>({ ...columns, ...outer });
    expect(row([7, 'Go-live', null])).toEqual({ id: 7, title: 'Go-live', serviceSlug: null });
  });

  it('reads a boolean column as drizzle does, and names a table alias when asked', () => {
    const flags = { id: comuni.id, figuresIllustrative: comuni.figuresIllustrative };
    expect(columnsSql(flags, 'c')).toBe('c.id, c.figures_illustrative');
    const row = tupleToRow<RowOf<typeof flags>>(flags);
    expect([row([1, 1]), row([2, 0])]).toEqual([
      { id: 1, figuresIllustrative: true },
      { id: 2, figuresIllustrative: false },
    ]);
    const named = tupleToRowOf<{ a: number; b: boolean | null }>(['a', 'b'], new Set(['b']));
    expect(named([3, null])).toEqual({ a: 3, b: null });
  });

  it('reads what SQLite answers for those columns', () => {
    const db = createDb(':memory:');
    const sql = `SELECT ${columnsSql(columns)} FROM milestones`;
    expect(() => db.$client.prepare(sql).raw(true).all()).not.toThrow();
  });
});
