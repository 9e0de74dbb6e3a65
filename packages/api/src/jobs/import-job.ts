import { randomUUID } from 'node:crypto';
import type { Db } from '@switchoff/db';
import { type JobStore, readJob } from '@switchoff/db/jobs';
import { applyImport, type ImportProgress, previewImport } from '../data-io/import';
import { appError } from '../errors';
import type { DataScope } from '../reads/lookup';
import type { Author } from '../writes/audit';
import { claimLongWrite } from './claim';
import { type JobView, progressReporter, runJob, viewJob } from './job-view';

/** What an import job needs: the previewed file, its scope and fingerprint, who applies it. Plain data (a worker thread gets a copy). */
export type ImportJobParams = Omit<Parameters<typeof applyImport>[1], 'onProgress' | 'plans'>;

/** What a preview needs. */
export type PreviewParams = Pick<ImportJobParams, 'kind' | 'scope' | 'csv' | 'today'>;

export type ImportOutcome = ReturnType<typeof applyImport>;
export type ImportJobView = JobView<ImportOutcome>;

/**
 * Applies an import as the job `id` (already claimed), its progress in the job store (and to
 * `listen`, the CLI's printer); all rows or none.
 */
export function runImportJob(
  db: Db,
  store: JobStore,
  id: string,
  params: ImportJobParams,
  listen?: ImportProgress,
): ImportJobView {
  const report = progressReporter(store, id);
  const onProgress: ImportProgress = (progress) => {
    report(progress);
    listen?.(progress);
  };
  return runJob(store, id, () => applyImport(db, { ...params, onProgress, plans: store }));
}

/**
 * Records a new import job, or refuses CONFLICT (409) while another long write runs on this
 * database (an import from the screen or the CLI, a restore), saying which, by whom and since when.
 */
export function claimImportJob(store: JobStore, params: { scope: DataScope; author: Author }, now: Date): string {
  const id = randomUUID();
  const { scope, author } = params;
  const label = scope.kind === 'comune' ? (scope.comuni[0]?.name ?? scope.consortium.name) : scope.consortium.name;
  claimLongWrite(store, { id, kind: 'import', label, ownerId: author.userId, ownerName: author.actor }, now);
  return id;
}

/**
 * Where long imports run. The server's runs them in a worker thread with a connection of its own
 * (apps/server `job-threads.ts`), so the thread that answers requests never waits for one; the
 * default runs them where it is called (tests on an in-memory database, which another thread
 * cannot open; the CLI, a process of its own).
 */
export type JobRunner = {
  store: JobStore;
  /** Starts the import and answers at once with its job (done already when run in place). */
  startImport: (params: ImportJobParams, now: Date) => ImportJobView;
  /** The import's dry run (off the request thread in the server's runner). */
  preview: (params: PreviewParams) => ReturnType<typeof previewImport> | Promise<ReturnType<typeof previewImport>>;
};

/** A runner that runs each job where it is called, on `db`, with the job store `store`; `listen` hears its progress. */
export function inPlaceJobRunner(db: Db, store: JobStore, listen?: ImportProgress): JobRunner {
  return {
    store,
    startImport: (params, now) => runImportJob(db, store, claimImportJob(store, params, now), params, listen),
    preview: (params) => previewImport(db, params, store),
  };
}

/** The job `id` as its owner reads it; NOT_FOUND for another account's or an unknown one. */
export function readOwnJob(store: JobStore, id: string, userId: number): ImportJobView {
  const row = readJob(store, id);
  if (row === undefined || row.ownerId !== userId) throw appError('NOT_FOUND', 'job.notFound');
  return viewJob(row);
}
