import { finishJob, type JobRow, type JobStatus, type JobStore, readJob, reportJobProgress } from '@switchoff/db/jobs';
import { type AppMessage, appMessage, isMessageCode, type MessageParam } from '@switchoff/domain';
import { type TRPC_ERROR_CODE_KEY, TRPCError } from '@trpc/server';
import { AppErrorCause, isDatabaseBusy } from '../errors';

/** Why a job failed: a message code and its parameters, and the HTTP status its call would have had. */
export type JobError = AppMessage & { status: TRPC_ERROR_CODE_KEY };

/** A job as its owner reads it: where it is (phase, rows done of total), and how it ended. */
export type JobView<Result> = {
  id: string;
  kind: string;
  status: JobStatus;
  phase: string;
  done: number;
  total: number;
  startedAt: string;
  finishedAt: string | null;
  result: Result | null;
  error: JobError | null;
};

/** A stored job as its view. */
export function viewJob<Result>(row: JobRow): JobView<Result> {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    phase: row.phase,
    done: row.done,
    total: row.total,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    result: row.result === null ? null : (JSON.parse(row.result) as Result),
    error: row.error === null ? null : (JSON.parse(row.error) as JobError),
  };
}

/**
 * A job's failure as a code, as the call would have answered it: a refusal keeps its code and
 * status, a database kept busy past the busy timeout is `server.databaseBusy` (503), anything
 * else `server.unexpected` (500, and the error is logged for the operator).
 */
export function jobErrorOf(error: unknown): JobError {
  if (error instanceof TRPCError && error.cause instanceof AppErrorCause)
    return { status: error.code, ...error.cause.appMessage };
  if (isDatabaseBusy(error)) return { status: 'SERVICE_UNAVAILABLE', ...appMessage('server.databaseBusy') };
  console.error(error);
  return { status: 'INTERNAL_SERVER_ERROR', ...appMessage('server.unexpected') };
}

/** A failed job's error as the TRPCError its call would have thrown (the CLI and tests read it so). */
export function errorOfJob(error: JobError): TRPCError {
  const code = isMessageCode(error.code) ? error.code : 'server.unexpected';
  const cause = new AppErrorCause({ code, params: error.params as Record<string, MessageParam> });
  return new TRPCError({ code: error.status, message: cause.message, cause });
}

/** Minimum time between two reports of the same phase: each is a write to the job store. */
const REPORT_EVERY_MS = 250;

/** A job's progress reporter, at most one write every REPORT_EVERY_MS within a phase. */
export function progressReporter(store: JobStore, id: string) {
  let lastPhase = '';
  let lastAt = 0;
  return (progress: { phase: string; done: number; total: number }) => {
    const now = Date.now();
    if (progress.phase === lastPhase && now - lastAt < REPORT_EVERY_MS) return;
    lastPhase = progress.phase;
    lastAt = now;
    reportJobProgress(store, id, progress, new Date(now));
  };
}

/** Runs `work` as the job `id`: done with what it returns, failed with its error as a code. */
export function runJob<Result>(store: JobStore, id: string, work: () => Result): JobView<Result> {
  try {
    const result = work();
    finishJob(store, id, { status: 'done', result: JSON.stringify(result) }, new Date());
  } catch (error) {
    finishJob(store, id, { status: 'failed', error: JSON.stringify(jobErrorOf(error)) }, new Date());
  }
  const row = readJob(store, id);
  if (row === undefined) throw new Error(`job ${id} vanished from the job store`);
  return viewJob<Result>(row);
}

/**
 * Waits for a job to end (asking `read` again while it runs) and gives its result, or throws its
 * error as the TRPCError its call would have thrown: the CLI and tests, which wait for an import.
 */
export async function outcomeOfJob<Result>(
  job: JobView<Result>,
  read: (id: string) => Promise<JobView<Result>>,
): Promise<Result> {
  let current = job;
  while (current.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 200));
    current = await read(current.id);
  }
  if (current.error !== null) throw errorOfJob(current.error);
  if (current.result === null) throw new Error(`job ${current.id} ended without a result`);
  return current.result;
}
