import { readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, join } from 'node:path';
import {
  auditRows,
  createSession,
  createTestWorld,
  sessionUserFor,
  snapshotTables,
  TEST_TODAY,
} from '@switchoff/api/testing';
import { createDb, type Db } from '@switchoff/db';
import { inspectDatabaseFile } from '@switchoff/db/backup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { baseUrlOf, type FileCopy, fileCopyOf } from './http.testing';
import { threadedJobRunner } from './job-threads';
import { SESSION_COOKIE } from './session-cookie';

const NOW = new Date('2024-07-15T09:30:00.000Z');
/** The worker threads' file as `pnpm start` runs it: built before the server's tests (turbo). */
const WORKER = new URL('../dist/job-worker.js', import.meta.url);
const CSV = readFileSync(
  new URL('../../../packages/api/src/data-io/fixtures/dati-mensili-excel.csv', import.meta.url),
  'utf8',
);
const INPUT = { scope: { istat: '019001' }, kind: 'figures', csv: CSV };

type Job = {
  id: string;
  status: string;
  phase: string;
  result: { added: number; changed: number } | null;
  error: { status: string; code: string } | null;
};

describe('imports in worker threads, off the thread that answers requests', () => {
  let file: FileCopy;
  let path: string;
  let db: Db;
  let server: Server;
  let base: string;
  let editor: string;
  let otherEditor: string;
  let admin: string;
  let runner: ReturnType<typeof threadedJobRunner>;
  beforeAll(async () => {
    const world = createTestWorld({ withPeople: true });
    file = await fileCopyOf(world.db, 'switchoff-import-jobs-');
    path = file.path;
    db = file.db;
    const cookieOf = (role: 'editor1' | 'editor2' | 'admin1') =>
      `${SESSION_COOKIE}=${createSession(db, { userId: sessionUserFor(db, role).id, now: NOW }).token}`;
    editor = cookieOf('editor1');
    otherEditor = cookieOf('editor2');
    admin = cookieOf('admin1');
    runner = threadedJobRunner(db, WORKER);
    server = createApp({ db, today: () => TEST_TODAY, now: () => NOW, jobs: runner }).listen(0);
    base = await baseUrlOf(server);
  });
  afterAll(() => {
    server.close();
    file.remove();
  });

  const post = (procedure: string, body: unknown, cookie = editor) =>
    fetch(`${base}/api/trpc/${procedure}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(body),
    });
  const readJob = (id: string, cookie = editor) =>
    fetch(`${base}/api/trpc/imports.job?input=${encodeURIComponent(JSON.stringify({ id }))}`, { headers: { cookie } });
  const dataOf = async <T>(res: Response) => ((await res.json()) as { result: { data: T } }).result.data;
  const preview = async () => (await dataOf<{ fingerprint: string }>(await post('imports.preview', INPUT))).fingerprint;
  const untilEnded = async (job: Job) => {
    let current = job;
    while (current.status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 100));
      current = await dataOf<Job>(await readJob(current.id));
    }
    return current;
  };

  it('answers the commit at once with its job, whose outcome imports.job reads; rows and audit rows written', async () => {
    const fingerprint = await preview();
    const commit = await post('imports.commit', { ...INPUT, fingerprint, fileName: 'dati.csv' });
    expect(commit.status).toBe(200);
    const { job } = await dataOf<{ job: Job }>(commit);
    expect(job.status).toBe('running');
    // Another account does not learn of it.
    expect((await readJob(job.id, otherEditor)).status).toBe(404);
    const ended = await untilEnded(job);
    expect(ended).toMatchObject({ status: 'done', phase: 'done', error: null, result: { added: 19, changed: 3 } });
    expect(auditRows(db).filter((row) => row.entity === 'imports')).toHaveLength(1);
  });

  it('holds a busy database as a coded job failure, one long write at a time (409), and answers meanwhile', async () => {
    const fingerprint = await preview();
    const before = snapshotTables(db);
    // Another process's connection holding the write lock (a CLI restore's copy, say).
    const holder = createDb(path).$client;
    holder.exec('BEGIN IMMEDIATE');
    try {
      const { job } = await dataOf<{ job: Job }>(await post('imports.commit', { ...INPUT, fingerprint }));
      expect(job.status).toBe('running');
      // The thread that answers requests is free: /healthz and the job's own progress answer.
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await readJob(job.id)).status).toBe(200);
      const second = await post('imports.commit', { ...INPUT, fingerprint });
      expect(second.status).toBe(409);
      const refusal = (await second.json()) as { error: { data: { appError: { code: string } } } };
      expect(refusal.error.data.appError.code).toBe('job.running');
      const ended = await untilEnded(job);
      expect(ended).toMatchObject({
        status: 'failed',
        result: null,
        error: { status: 'SERVICE_UNAVAILABLE', code: 'server.databaseBusy' },
      });
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(snapshotTables(db)).toBe(before);
  }, 30_000);

  it('makes the browser’s backup in a worker thread: a whole, sound copy, and a failure said as such', async () => {
    const res = await fetch(`${base}/api/backup`, { headers: { cookie: admin } });
    expect(res.status).toBe(200);
    const copy = join(dirname(path), 'scaricato.sqlite');
    writeFileSync(copy, Buffer.from(await res.arrayBuffer()));
    expect(inspectDatabaseFile(copy).pending).toEqual([]);
    await expect(runner.backup(join(dirname(path), 'nessuna-cartella', 'copia.sqlite'))).rejects.toThrow(
      'the directory does not exist',
    );
  });
});
