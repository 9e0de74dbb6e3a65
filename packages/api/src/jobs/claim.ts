import { claimJob, type JobStore, type NewJob } from '@switchoff/db/jobs';
import { appError } from '../errors';

/**
 * Records a new long write (an import, a restore) as running, or refuses CONFLICT (409) while
 * another runs on this database, saying which, by whom and since when: one at a time per database,
 * whichever process (a server worker, the CLI) started it.
 */
export function claimLongWrite(store: JobStore, job: NewJob, now: Date): void {
  const running = claimJob(store, job, now);
  if (running === null) return;
  const params = { target: running.label, who: running.ownerName, since: running.startedAt };
  throw appError('CONFLICT', running.kind === 'restore' ? 'job.restoreRunning' : 'job.running', params);
}
