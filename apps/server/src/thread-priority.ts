import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * The nice value of a job's thread (an import's check or write, a backup): on a machine with a
 * core per worker, a job's thread is one busy thread more than there are cores, and at the same
 * priority the kernel shares the cores evenly, so the threads that answer requests waited for a
 * core up to hundreds of milliseconds during an import (measured by the import-load bench). At 10
 * they run first whenever they have work; the job takes the rest.
 */
const JOB_THREAD_NICE = 10;

/** This thread's id on Linux (/proc/thread-self is a link to `<pid>/task/<tid>`); null elsewhere. */
function threadId(): number | null {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
    return Number.isInteger(tid) ? tid : null;
  } catch {
    return null;
  }
}

/**
 * Lowers the priority of the calling thread only (Linux schedules each thread on its own:
 * setpriority on a thread's id changes that thread). Elsewhere, or when refused, nothing changes:
 * the job runs as before.
 */
export function lowerThisThreadPriority(): void {
  const tid = threadId();
  if (tid === null) return;
  try {
    setPriority(tid, JOB_THREAD_NICE);
  } catch {
    // Not allowed here (a container's policy): the job runs at the usual priority.
  }
}
