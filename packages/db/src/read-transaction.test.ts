import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from './client';
import { consortia } from './schema';
import { inReadTransaction } from './transaction';

describe('inReadTransaction', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchoff-read-transaction-'));
  const path = join(dir, 'test.db');
  const db = createDb(path);
  const other = createDb(path);
  const count = () => db.$client.prepare('SELECT count(*) FROM consortia').pluck().get();
  let added = 0;
  const addElsewhere = () => {
    added += 1;
    other
      .insert(consortia)
      .values({ slug: `c${added}`, name: 'C', ipaCode: `c${added}`, city: 'Crema' })
      .run();
  };
  afterAll(() => {
    db.$client.close();
    other.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers from one state of the data: another connection's commit shows only after it", async () => {
    const before = count();
    const seen = await inReadTransaction(db, async () => {
      const first = count();
      addElsewhere();
      return [first, count()];
    });
    expect(seen).toEqual([before, before]);
    expect(db.$client.inTransaction).toBe(false);
    expect(count()).toBe(Number(before) + 1);
  });

  it('ends the transaction when the read fails', async () => {
    await expect(
      inReadTransaction(db, async () => {
        count();
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(db.$client.inTransaction).toBe(false);
  });

  it('runs inside a transaction already open, and leaves it open', async () => {
    db.$client.prepare('BEGIN').run();
    await inReadTransaction(db, async () => count());
    expect(db.$client.inTransaction).toBe(true);
    db.$client.prepare('COMMIT').run();
  });
});
