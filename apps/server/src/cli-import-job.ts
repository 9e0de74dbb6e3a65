import type { createCaller } from '@switchoff/api';
import { type ImportProgress, outcomeOfJob } from '@switchoff/api/server';

type Api = ReturnType<typeof createCaller>;

const PHASES = {
  checking: 'Checking the rows against the data',
  writing: 'Writing',
  rollups: 'Bringing the totals up to date',
} as const;

/**
 * Prints an import's progress for a person at a terminal: each phase once, and the rows written
 * at every tenth of the file.
 */
export function printImportProgress(out: (line: string) => void): ImportProgress {
  let phase = '';
  let tenth = -1;
  return (progress) => {
    const { done, total } = progress;
    if (progress.phase !== phase) {
      phase = progress.phase;
      tenth = -1;
      out(`${PHASES[progress.phase]}${total > 0 ? ` (${total.toLocaleString('en')} rows)` : ''}…`);
    }
    if (progress.phase !== 'writing' || total === 0) return;
    const now = Math.floor((done / total) * 10);
    if (now <= tenth || done === 0) return;
    tenth = now;
    out(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} rows (${now * 10}%)`);
  };
}

/** Commits a previewed import as a job, as the screen does, and gives its outcome or throws its coded error. */
export async function commitImportJob(api: Api, input: Parameters<Api['imports']['commit']>[0]) {
  const { job } = await api.imports.commit(input);
  return outcomeOfJob(job, (id) => api.imports.job({ id }));
}
