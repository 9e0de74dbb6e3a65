import { describe, expect, it } from 'vitest';
import { claimJob, finishJob, jobStorePath, openJobStore, readJob, readRunningJob, reportJobProgress } from './jobs';

const NOW = new Date('2024-07-15T09:30:00.000Z');
const job = (id: string) => ({ id, kind: 'import', label: 'Alfa', ownerId: 7, ownerName: 'Eva Editor' });

describe('the job store', () => {
  it('lies beside the database, in memory for an in-memory one', () => {
    expect(jobStorePath('/srv/switchoff/switchoff.db')).toBe('/srv/switchoff/switchoff.db.jobs');
    expect(jobStorePath(':memory:')).toBe(':memory:');
  });

  it('runs one long write at a time: a second claim gets the running job, a new one once it ends', () => {
    const store = openJobStore(':memory:');
    expect(claimJob(store, job('a'), NOW)).toBeNull();
    expect(claimJob(store, job('b'), NOW)).toMatchObject({ id: 'a', label: 'Alfa', ownerName: 'Eva Editor' });
    expect(readJob(store, 'b')).toBeUndefined();
    reportJobProgress(store, 'a', { phase: 'writing', done: 2000, total: 100_000 }, NOW);
    expect(readJob(store, 'a')).toMatchObject({ status: 'running', phase: 'writing', done: 2000, total: 100_000 });
    finishJob(store, 'a', { status: 'done', result: '{"added":1}' }, NOW);
    expect(readJob(store, 'a')).toMatchObject({ status: 'done', result: '{"added":1}', finishedAt: NOW.toISOString() });
    expect(claimJob(store, job('b'), NOW)).toBeNull();
  });

  it('fails, as interrupted, a running job whose process is gone (killed mid-import), and lets the next one run', () => {
    const store = openJobStore(':memory:');
    expect(claimJob(store, job('a'), NOW)).toBeNull();
    // No process has this id (above Linux's pid_max).
    store.prepare('UPDATE jobs SET pid = 2147483646 WHERE id = ?').run('a');
    expect(claimJob(store, job('b'), NOW)).toBeNull();
    expect(readJob(store, 'a')).toMatchObject({ status: 'failed' });
    expect(JSON.parse(readJob(store, 'a')?.error ?? '{}')).toMatchObject({ code: 'job.interrupted' });
  });

  it('says which job runs now, none once it ends or when its process is gone', () => {
    const store = openJobStore(':memory:');
    expect(readRunningJob(store)).toBeUndefined();
    expect(claimJob(store, job('a'), NOW)).toBeNull();
    expect(readRunningJob(store)).toMatchObject({ id: 'a', status: 'running' });
    finishJob(store, 'a', { status: 'done', result: '{}' }, NOW);
    expect(readRunningJob(store)).toBeUndefined();
    expect(claimJob(store, job('b'), NOW)).toBeNull();
    store.prepare('UPDATE jobs SET pid = 2147483646 WHERE id = ?').run('b');
    expect(readRunningJob(store)).toBeUndefined();
  });
});
