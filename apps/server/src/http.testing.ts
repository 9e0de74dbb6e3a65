import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUser } from '@switchoff/api/server';
import { createTestWorld, TEST_TODAY } from '@switchoff/api/testing';
import { createDb, type Db } from '@switchoff/db';
import { type AppOptions, createApp } from './app';

/** The password of the editor the HTTP tests sign in as (`addEditor`). */
export const EDITOR_PASSWORD = 'password-di-prova-1';

/** Eva Editor (editor@test.it), an editor of the test world's consortium, signing in with EDITOR_PASSWORD. */
export function addEditor(db: Db) {
  return createUser(db, {
    email: 'editor@test.it',
    name: 'Eva Editor',
    role: 'editor',
    consortium: 'consorzio-test',
    password: EDITOR_PASSWORD,
    actor: { userId: null, name: 'cli' },
  });
}

/** Eva Editor signs in over HTTP (auth.login): the answer, which sets the session cookie. */
export function loginAsEditor(base: string): Promise<Response> {
  return fetch(`${base}/api/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@test.it', password: EDITOR_PASSWORD }),
  });
}

/** Waits for a server started with `listen(0)` and answers its base URL on 127.0.0.1. */
export async function baseUrlOf(server: Server): Promise<string> {
  await new Promise((resolve) => server.once('listening', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * A copy of an in-memory database in a file of its own temporary folder, for tests that need a
 * second connection (another process, a worker thread); `remove` closes it and deletes the folder.
 */
export async function fileCopyOf(memory: Db, prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const path = join(dir, 'switchoff.db');
  await memory.$client.backup(path);
  const db = createDb(path);
  const remove = () => {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { path, db, remove };
}

/** What `fileCopyOf` answers. */
export type FileCopy = Awaited<ReturnType<typeof fileCopyOf>>;

/**
 * A file copy of `memory` (`fileCopyOf`) served by the app on a free port, for tests that hold the
 * database from a second connection; `close` stops the server and removes the copy.
 */
export async function serveFileCopy(memory: Db, prefix: string, options: Omit<AppOptions, 'db'> = {}) {
  const file = await fileCopyOf(memory, prefix);
  const server = createApp({ db: file.db, ...options }).listen(0);
  const base = await baseUrlOf(server);
  const close = () => {
    server.close();
    file.remove();
  };
  return { ...file, server, base, close };
}

/** What `serveFileCopy` answers. */
export type ServedCopy = Awaited<ReturnType<typeof serveFileCopy>>;

/**
 * The test world with Eva Editor (`addEditor`), served from a file copy (`serveFileCopy`) on the
 * test world's day: what the tests of a database held by another connection start from.
 */
export async function serveWorldWithEditor(prefix: string, options: Omit<AppOptions, 'db' | 'today'> = {}) {
  const { db: memory } = createTestWorld();
  await addEditor(memory);
  return serveFileCopy(memory, prefix, { today: () => TEST_TODAY, ...options });
}
