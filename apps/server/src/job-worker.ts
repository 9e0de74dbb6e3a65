// A worker thread of the server (job-threads.ts): one import's preview or commit, or a backup, on
// a better-sqlite3 connection of its own, off the thread that answers requests.
import { parentPort, workerData } from 'node:worker_threads';
import { jobErrorOf, previewImport, runImportJob } from '@switchoff/api/server';
import { createDb } from '@switchoff/db';
import { backupDatabase } from '@switchoff/db/backup';
import { openJobStore } from '@switchoff/db/jobs';
import type { BackupMessage, JobWorkerData, PreviewMessage } from './job-threads';
import { lowerThisThreadPriority } from './thread-priority';

const data = workerData as JobWorkerData;
// The threads that answer requests come first when the cores are all busy (thread-priority.ts).
lowerThisThreadPriority();
// Already migrated by the server's start: createDb finds nothing to apply and takes no lock.
const db = createDb(data.dbPath);
try {
  if (data.task === 'import') {
    const store = openJobStore(data.dbPath);
    try {
      runImportJob(db, store, data.id, data.params);
    } finally {
      store.close();
    }
  } else if (data.task === 'backup') {
    let message: BackupMessage;
    try {
      message = { ok: true, ...(await backupDatabase(db, data.target)) };
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      message = { ok: false, message: String(error), code: typeof code === 'string' ? code : undefined };
    }
    parentPort?.postMessage(message);
  } else {
    let message: PreviewMessage;
    // The plan is kept in the job store for the commit, which runs in another thread (import-job.ts).
    const store = openJobStore(data.dbPath);
    try {
      message = { ok: true, preview: previewImport(db, data.params, store) };
    } catch (error) {
      message = { ok: false, error: jobErrorOf(error) };
    } finally {
      store.close();
    }
    parentPort?.postMessage(message);
  }
} finally {
  db.$client.close();
}
