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
import { watchRunningJobs } from './job-busy-wait';

/** What job-worker.ts is handed: the database's file and one task. */
export type JobWorkerData =
  | { task: 'import'; dbPath: string; id: string; params: ImportJobParams }
  | { task: 'preview'; dbPath: string; params: PreviewParams };

/** What job-worker.ts answers a preview with. */
export type PreviewMessage = { ok: true; preview: ImportPreview } | { ok: false; error: JobError };

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
 * at once with its job; the thread reports progress to the job store and ends the job. While any
 * job runs on the database, writes on `db` wait for it only briefly (job-busy-wait.ts).
 */
export function threadedJobRunner(db: Db, workerFile: URL): JobRunner {
  const dbPath = db.$client.name;
  const store = openJobStore(dbPath);
  const jobs = watchRunningJobs(db, store);
  return {
    store,
    startImport: (params, now) => {
      const id = claimImportJob(store, params, now);
      jobs.check();
      const data: JobWorkerData = { task: 'import', dbPath, id, params };
      const worker = new Worker(workerFile, { workerData: data });
      worker.once('error', (error) => {
        console.error(error);
        failUnfinished(store, id);
      });
      worker.once('exit', () => {
        failUnfinished(store, id);
        jobs.check();
      });
      const row = readJob(store, id);
      if (row === undefined) throw new Error(`job ${id} vanished from the job store`);
      return viewJob(row);
    },
    preview: (params) =>
      new Promise((resolve, reject) => {
        const data: JobWorkerData = { task: 'preview', dbPath, params };
        const worker = new Worker(workerFile, { workerData: data });
        worker.once('message', (message: PreviewMessage) =>
          message.ok ? resolve(message.preview) : reject(errorOfJob(message.error)),
        );
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the preview's thread ended (exit code ${code})`)));
      }),
  };
}

/** job-worker beside the module that asks (main.ts: dist/main.js when built, src/main.ts under tsx). */
export function jobWorkerFile(base: string): URL {
  return new URL(base.endsWith('.ts') ? './job-worker.ts' : './job-worker.js', base);
}
