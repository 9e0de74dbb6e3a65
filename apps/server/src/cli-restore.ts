import { randomUUID } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { claimLongWrite, jobErrorOf, recordDatabaseEvent } from '@switchoff/api/server';
import { RestoreError, type RestoreProgress, restoreDatabase } from '@switchoff/db/backup';
import { finishJob, openJobStore, reportJobProgress } from '@switchoff/db/jobs';
import { CLI_AUTHOR, type DataCliContext, DataCommandError, DataUsageError, parse } from './cli-data';

const PHASES = {
  checking: 'Checking the backup (integrity, foreign keys, migrations)',
  copying: 'Copying it beside the database',
  preparing: 'Bringing it up to this version and ending every session',
  replacing: 'Keeping the previous database and putting the backup in its place',
} as const;

/**
 * Prints a restore's progress for a person at a terminal, and writes it to its job: each phase
 * once, and the pages copied at every tenth.
 */
function followRestore(out: (line: string) => void, report: RestoreProgress): RestoreProgress {
  let phase = '';
  let tenth = -1;
  return (progress) => {
    report(progress);
    const { done, total } = progress;
    if (progress.phase !== phase) {
      phase = progress.phase;
      tenth = -1;
      out(`${PHASES[progress.phase]}…`);
    }
    if (progress.phase !== 'copying' || total === 0) return;
    const now = Math.floor((done / total) * 10);
    if (now <= tenth || done === 0) return;
    tenth = now;
    out(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} pages (${now * 10}%)`);
  };
}

/**
 * restore <file>: checks the file, then replaces the database in one step (server stopped). A
 * long write like an import, so it is a job in the database's job store: refused (409's message)
 * while an import runs, and an import started meanwhile (by the CLI) is refused in turn.
 */
export async function runRestore(args: string[], ctx: DataCliContext): Promise<number> {
  const { positionals } = parse(args, {}, 1);
  const [source] = positionals;
  if (!source) throw new DataUsageError('Missing the backup file: pnpm switchoff restore <file>');
  const path = resolve(ctx.cwd, source);
  if (path === resolve(ctx.databasePath)) throw new DataCommandError('The backup to restore is the database itself');
  const store = openJobStore(ctx.databasePath);
  try {
    const id = randomUUID();
    const job = { id, kind: 'restore', label: basename(path), ownerId: null, ownerName: CLI_AUTHOR.actor };
    claimLongWrite(store, job, ctx.now());
    const report: RestoreProgress = (progress) => reportJobProgress(store, id, progress, new Date());
    try {
      const restored = await restoreDatabase({
        source: path,
        target: ctx.databasePath,
        now: ctx.now(),
        onProgress: followRestore(ctx.out, report),
        prepare: (db, { sessionsEnded }) =>
          recordDatabaseEvent(db, {
            author: CLI_AUTHOR,
            action: 'restore',
            details: { filename: basename(path), via: 'cli', sessionsEnded },
          }),
      });
      finishJob(store, id, { status: 'done', result: JSON.stringify(restored) }, new Date());
      const { previous, report: checked, sessionsEnded } = restored;
      ctx.out(
        `Checked ${path}: intact Switch-off database (migrations ${checked.migrations.join(', ')}${checked.pending.length ? `; applied now: ${checked.pending.join(', ')}` : ''})`,
      );
      ctx.out(`Restored into ${ctx.databasePath}${previous ? `; the previous database is kept as ${previous}` : ''}`);
      ctx.out(`Every session has ended (${sessionsEnded} in the backup): everyone logs in again`);
      return 0;
    } catch (error) {
      const refused = error instanceof RestoreError;
      // A refused file is said to the person at the terminal; the job keeps a code, not the message.
      const failure = refused
        ? { status: 'BAD_REQUEST', code: 'backup.restoreRefused', params: {} }
        : jobErrorOf(error);
      finishJob(store, id, { status: 'failed', error: JSON.stringify(failure) }, new Date());
      if (refused) throw new DataCommandError(`${error.message}. Nothing was changed.`);
      throw error;
    }
  } finally {
    store.close();
  }
}
