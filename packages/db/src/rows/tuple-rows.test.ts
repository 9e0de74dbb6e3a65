import { describe, expect, it } from 'vitest';
import { createDb } from '../client';
import { milestones, services } from '../schema';
import { columnsSql, type OuterRowOf, type RowOf, tupleToRow } from './tuple-rows';

const columns = { id: milestones.id, title: milestones.title };
const outer = { serviceSlug: services.slug };

describe('tuple rows', () => {
  it('writes the columns as SQL in the map order and builds rows from tuples with the same names', () => {
    expect(columnsSql(columns)).toBe('milestones.id, milestones.title');
    const row = tupleToRow<RowOf<typeof columns> & OuterRowOf<typeof outer>>({ ...columns, ...outer });
    expect(row([7, 'Go-live', null])).toEqual({ id: 7, title: 'Go-live', serviceSlug: null });
  });

  it('reads what SQLite answers for those columns', () => {
    const db = createDb(':memory:');
    const sql = `SELECT ${columnsSql(columns)} FROM milestones`;
    expect(() => db.$client.prepare(sql).raw(true).all()).not.toThrow();
  });
});
