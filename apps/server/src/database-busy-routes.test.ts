import { createSession, createTestWorld, sessionUserFor, TEST_TODAY } from '@switchoff/api/testing';
import { createDb } from '@switchoff/db';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorPages } from './error-pages';
import { baseUrlOf, type ServedCopy, serveFileCopy } from './http.testing';
import { SESSION_COOKIE } from './session-cookie';

const NOW = new Date('2024-07-15T09:30:00.000Z');

async function expectBusy(res: Response): Promise<void> {
  expect(res.status).toBe(503);
  expect(res.headers.get('retry-after')).toBe('5');
  const body = (await res.json()) as { error: string; appError: { code: string } };
  expect(body.appError.code).toBe('server.databaseBusy');
  expect(body.error).toMatch(/^Il database è occupato/);
}

describe('the Express routes when another process keeps the database busy', () => {
  let served: ServedCopy;
  let cookie: string;
  beforeAll(async () => {
    const world = createTestWorld({ withPeople: true });
    cookie = `${SESSION_COOKIE}=${createSession(world.db, { userId: sessionUserFor(world.db, 'admin1').id, now: NOW }).token}`;
    // The server's 5 s would make the test wait as long; the answer is the same.
    const writeWait = { attemptMs: 20, budgetMs: 300 };
    served = await serveFileCopy(world.db, 'switchoff-busy-routes-', {
      today: () => TEST_TODAY,
      now: () => NOW,
      writeWait,
    });
  });
  afterAll(() => served.close());

  it('answers the backup download 503 with Retry-After, never 500, then serves it once the database is free', async () => {
    const holder = createDb(served.path).$client;
    holder.exec('BEGIN IMMEDIATE');
    try {
      await expectBusy(await fetch(`${served.base}/api/backup`, { headers: { cookie } }));
      // Reads go on meanwhile (WAL): open data and /healthz.
      expect((await fetch(`${served.base}/opendata/comuni/019001/servizi.csv`)).status).toBe(200);
      expect((await fetch(`${served.base}/healthz`)).status).toBe(200);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect((await fetch(`${served.base}/api/backup`, { headers: { cookie } })).status).toBe(200);
  });
});

describe('a busy database anywhere behind Express', () => {
  it('is a 503 with Retry-After from the last handler, whatever route threw it', async () => {
    const app = express();
    app.get('/reads', () => {
      throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    });
    app.use(errorPages);
    const server = app.listen(0);
    try {
      await expectBusy(await fetch(`${await baseUrlOf(server)}/reads`));
    } finally {
      server.close();
    }
  });
});
