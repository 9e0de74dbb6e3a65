import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { ALFA } from '@switchoff/api/testing';
import { createDb, type Db } from '@switchoff/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAsEditor, type ServedCopy, serveWorldWithEditor } from './http.testing';

/**
 * Another process's writer (a second cluster worker, say) as a thread with its own connection:
 * short write transactions, one after another, for `ms` milliseconds; answers how many it made.
 */
const WRITER = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 5000');
db.exec('CREATE TABLE IF NOT EXISTS contention (at INTEGER)');
const insert = db.prepare('INSERT INTO contention VALUES (?)');
const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
parentPort.postMessage('started');
const until = Date.now() + workerData.ms;
let writes = 0;
while (Date.now() < until) {
  db.exec('BEGIN IMMEDIATE');
  insert.run(Date.now());
  pause(3);
  db.exec('COMMIT');
  writes += 1;
  pause(2);
}
db.close();
parentPort.postMessage(writes);
`;

/** Starts the writer; `started` once it writes, `writes` when it ends. */
function startWriter(path: string, ms: number) {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WRITER, { eval: true, workerData: { driver, path, ms } });
  const message = () =>
    new Promise<unknown>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  const started = message();
  const writes = started.then(message);
  return { started, writes };
}

describe('a write while another connection holds the database', () => {
  let served: ServedCopy;
  let db: Db;
  let base: string;
  let cookie: string;
  beforeAll(async () => {
    // The server's own wait: 20 ms at a time, 5 s in all.
    served = await serveWorldWithEditor('switchoff-write-wait-');
    ({ db, base } = served);
    cookie = ((await loginAsEditor(base)).headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  });
  afterAll(() => served.close());

  const addComment = (body: string) =>
    fetch(`${base}/api/trpc/comments.add`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ istat: ALFA, body }),
    });
  const commentCount = (body: string) =>
    db.$client.prepare('SELECT count(*) FROM comments WHERE body = ?').pluck().get(body) as number;

  it('waits for a lock held 2 s without holding the thread: /healthz answers meanwhile, then the edit is saved', async () => {
    // An operator's sqlite3 shell in BEGIN IMMEDIATE, ended two seconds later.
    const holder = createDb(served.path).$client;
    holder.exec('BEGIN IMMEDIATE');
    const released = new Promise<void>((resolve) =>
      setTimeout(() => {
        holder.exec('ROLLBACK');
        holder.close();
        resolve();
      }, 2_000),
    );
    const arrived = new Promise((resolve) => served.server.once('request', resolve));
    let answered = false;
    const edit = addComment('Scritto dopo l’attesa').finally(() => {
      answered = true;
    });
    await arrived;
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The edit is waiting, and the thread that answers requests answers others meanwhile (it used
    // to wait in SQLite's busy handler for the whole 5 s, and the lock's end with it).
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(answered).toBe(false);
    await released;
    const res = await edit;
    expect(res.status).toBe(200);
    expect(commentCount('Scritto dopo l’attesa')).toBe(1);
  });

  it('lets short writes of two processes take turns: no 503 under ordinary contention', async () => {
    const writer = startWriter(served.path, 2_000);
    await writer.started;
    const statuses: number[] = [];
    // Four rounds of five at once, while the other process writes.
    for (let round = 0; round < 4; round += 1) {
      const answers = await Promise.all(
        Array.from({ length: 5 }, (_, i) => addComment(`Nota ${round * 5 + i} a turno`)),
      );
      statuses.push(...answers.map((res) => res.status));
    }
    expect(statuses).toEqual(statuses.map(() => 200));
    expect(await writer.writes).toBeGreaterThan(0);
    for (let i = 0; i < 20; i += 1) expect(commentCount(`Nota ${i} a turno`)).toBe(1);
  });
});
