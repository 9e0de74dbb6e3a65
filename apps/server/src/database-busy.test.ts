import { DATABASE_BUSY_MESSAGE } from '@switchoff/api/server';
import { createSession } from '@switchoff/api/testing';
import { createDb, type Db } from '@switchoff/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAsEditor, type ServedCopy, serveWorldWithEditor } from './http.testing';
import { SESSION_COOKIE } from './session-cookie';

describe('a database another process keeps busy', () => {
  let served: ServedCopy;
  let db: Db;
  let base: string;
  beforeAll(async () => {
    // The server's 5 s would make the test wait as long; the answer is the same.
    served = await serveWorldWithEditor('switchoff-busy-', { writeWait: { attemptMs: 20, budgetMs: 300 } });
    ({ db, base } = served);
  });
  afterAll(() => served.close());

  const login = () => loginAsEditor(base);

  it('answers a write 503 with Retry-After and a clear message, never 500; then works once it is free', async () => {
    // Another process's connection (a CLI import, say) holding the write lock.
    const holder = createDb(served.path).$client;
    holder.exec('BEGIN IMMEDIATE');
    try {
      const busy = await login();
      expect(busy.status).toBe(503);
      expect(busy.headers.get('retry-after')).toBe('5');
      const body = (await busy.json()) as { error: { message: string; data: { code: string } } };
      expect(body.error.message).toBe(DATABASE_BUSY_MESSAGE);
      expect(body.error.data.code).toBe('SERVICE_UNAVAILABLE');
      // Reads go on meanwhile (WAL).
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect((await login()).status).toBe(200);
  });

  it('answers a logged-in read whose session is due to slide forward: the renewal waits for a free database', async () => {
    const userId = db.$client.prepare('SELECT id FROM users WHERE email = ?').pluck().get('editor@test.it') as number;
    // Used 20 minutes ago: this request would slide its expiry (every 10 minutes at most).
    const { token } = createSession(db, { userId, now: new Date(Date.now() - 20 * 60 * 1000) });
    const holder = createDb(served.path).$client;
    holder.exec('BEGIN IMMEDIATE');
    try {
      const me = await fetch(`${base}/api/trpc/auth.me`, { headers: { cookie: `${SESSION_COOKIE}=${token}` } });
      expect(me.status).toBe(200);
      const body = (await me.json()) as { result: { data: { email: string } | null } };
      expect(body.result.data?.email).toBe('editor@test.it');
      // Not renewed: no new cookie.
      expect(me.headers.get('set-cookie')).toBeNull();
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });
});
