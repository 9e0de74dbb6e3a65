import { createDb } from '@switchoff/db';
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { guardedCall } from './call-guard';
import { createContextInner } from './context';

/** What SQLite throws when another connection holds the lock (better-sqlite3's SqliteError has this code). */
const busyError = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });

describe('the call guard, around what a procedure resolves inside it (a comune lookup, then the resolver)', () => {
  const db = createDb(':memory:');
  const ctx = createContextInner({ db, writeWaitMs: 300 });
  const publicRead = { ctx, meta: { publicRead: true }, type: 'query' };
  const done = { ok: true as const, data: 'answer' };

  it('runs again a lookup that threw because the database was busy, in a read transaction each time', async () => {
    let attempts = 0;
    const seen: boolean[] = [];
    const result = await guardedCall(publicRead, async () => {
      attempts += 1;
      seen.push(db.$client.inTransaction);
      if (attempts < 3) throw busyError();
      return done;
    });
    expect(result).toBe(done);
    expect(attempts).toBe(3);
    expect(seen).toEqual([true, true, true]);
    expect(db.$client.inTransaction).toBe(false);
  });

  it('throws on, once, what the lookup threw when it was not the database being busy', async () => {
    let attempts = 0;
    const refusal = new TRPCError({ code: 'NOT_FOUND', message: 'no such comune' });
    await expect(
      guardedCall(publicRead, async () => {
        attempts += 1;
        throw refusal;
      }),
    ).rejects.toBe(refusal);
    expect(attempts).toBe(1);
  });

  it('answers SERVICE_UNAVAILABLE when the database stays busy past the wait', async () => {
    const outcome = guardedCall({ ...publicRead, meta: undefined }, async () => {
      throw busyError();
    });
    await expect(outcome).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });

  it('gives back a failed outcome of the rest of the chain as it is, without running it again', async () => {
    let attempts = 0;
    const failed = { ok: false as const, error: new TRPCError({ code: 'BAD_REQUEST' }) };
    const result = await guardedCall(publicRead, async () => {
      attempts += 1;
      return failed;
    });
    expect(result).toBe(failed);
    expect(attempts).toBe(1);
  });
});
