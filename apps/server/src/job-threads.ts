import { Worker } from 'node:worker_threads';
import {
  claimImportJob,
  errorOfJob,
  type ImportJobParams,
  type ImportPreview,
  type JobError,
  type JobRunner,
  type PreviewParams,
  viewJob,
} from '@switchoff/api/server';
import type { Db } from '@switchoff/db';
import { finishJob, type JobStore, openJobStore, readJob } from '@switchoff/db/jobs';
import { appMessage } from '@switchoff/domain';

/** What job-worker.ts is handed: the database's file and one task. */
export type JobWorkerData =
  | { task: 'import'; dbPath: string; id: string; params: ImportJobParams }
  | { task: 'preview'; dbPath: string; params: PreviewParams }
  | { task: 'backup'; dbPath: string; target: string };

/** What job-worker.ts answers a preview with. */
export type PreviewMessage = { ok: true; preview: ImportPreview } | { ok: false; error: JobError };

/** What job-worker.ts answers a backup with: its size, or the error as SQLite gave it (its code kept). */
export type BackupMessage = { ok: true; bytes: number } | { ok: false; message: string; code: string | undefined };

/** The server's runner: the API's, and the browser's backup (a copy of the whole file) off the request thread too. */
export type ServerJobRunner = JobRunner & { backup: (target: string) => Promise<{ bytes: number }> };

/** Runs one task in a thread of its own and gives its one message (the thread's end without one is an error). */
function askThread<Message>(workerFile: URL, data: JobWorkerData): Promise<Message> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: data });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the ${data.task}'s thread ended (exit code ${code})`)));
  });
}

/** A thread's backup error as an Error with SQLite's code, so a busy database still answers 503. */
function backupError(message: { message: string; code: string | undefined }): Error {
  return Object.assign(new Error(message.message), { code: message.code });
}

/** A job whose thread ended without finishing it (it crashed, or ran out of memory): failed, said as a code. */
function failUnfinished(store: JobStore, id: string): void {
  if (readJob(store, id)?.status !== 'running') return;
  const error = { status: 'INTERNAL_SERVER_ERROR', ...appMessage('server.unexpected') };
  finishJob(store, id, { status: 'failed', error: JSON.stringify(error) }, new Date());
}

/**
 * The server's job runner: each import's preview and commit in a worker thread of its own
 * (`workerFile`, job-worker.ts built beside main.js), with its own better-sqlite3 connection to
 * the database file, so the thread that answers requests goes on answering them (/healthz, reads,
 * the job's own progress) while a file of 100,000 rows is checked and written. The commit answers
 * at once with its job; the thread reports progress to the job store and ends the job. A write
 * on `db` meanwhile waits for the job's lock without holding this thread (busy-retry.ts in the API).
 */
export function threadedJobRunner(db: Db, workerFile: URL): ServerJobRunner {
  const dbPath = db.$client.name;
  const store = openJobStore(dbPath);
  return {
    store,
    startImport: (params, now) => {
      const id = claimImportJob(store, params, now);
      const data: JobWorkerData = { task: 'import', dbPath, id, params };
      const worker = new Worker(workerFile, { workerData: data });
      worker.once('error', (error) => {
        console.error(error);
        failUnfinished(store, id);
      });
      worker.once('exit', () => failUnfinished(store, id));
      const row = readJob(store, id);
      if (row === undefined) throw new Error(`job ${id} vanished from the job store`);
      return viewJob(row);
    },
    preview: async (params) => {
      const message = await askThread<PreviewMessage>(workerFile, { task: 'preview', dbPath, params });
      if (message.ok) return message.preview;
      throw errorOfJob(message.error);
    },
    // SQLite's online backup copies in steps; once another connection writes, the rest goes in one
    // step (backupDatabase), which on a national database is seconds: never on the request thread.
    backup: async (target) => {
      const message = await askThread<BackupMessage>(workerFile, { task: 'backup', dbPath, target });
      if (message.ok) return { bytes: message.bytes };
      throw backupError(message);
    },
  };
}

/** job-worker beside the module that asks (main.ts: dist/main.js when built, src/main.ts under tsx). */
export function jobWorkerFile(base: string): URL {
  return new URL(base.endsWith('.ts') ? './job-worker.ts' : './job-worker.js', base);
}
