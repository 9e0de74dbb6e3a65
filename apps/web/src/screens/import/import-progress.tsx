import type { RouterOutputs } from '@switchoff/api';
import { useI18n } from '../../i18n/i18n';
import { wordFor } from '../../i18n/word-for';

/** An import job as the API reads it: phase, rows done of total, and its outcome. */
export type ImportJob = RouterOutputs['imports']['job'];

/** How often the screen asks where a running import is. */
const POLL_MS = 700;

/**
 * Follows a running import until it ends, asking `read` every POLL_MS and handing each answer to
 * `onProgress`; gives the job as it ended (done or failed).
 */
export async function followImportJob(
  first: ImportJob,
  read: (id: string) => Promise<ImportJob>,
  onProgress: (job: ImportJob) => void,
): Promise<ImportJob> {
  let job = first;
  onProgress(job);
  while (job.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    job = await read(job.id);
    onProgress(job);
  }
  return job;
}

/**
 * A running import's progress: its phase in words and a bar with the rows done out of the total
 * (its text says the figures, so the bar is never the only way to read them).
 */
export function ImportProgressView({ job }: { job: ImportJob }) {
  const { m, f } = useI18n();
  const t = m.importer;
  const share = job.total > 0 ? Math.min(1, job.done / job.total) : 0;
  const rows =
    job.total > 0
      ? t.progressRows({ done: f.number(job.done), total: f.number(job.total), percent: f.percent(share) })
      : null;
  return (
    <section className="import-progress card card-bg p-3 mb-4" aria-label={t.progressLabel}>
      <p className="fw-semibold mb-1">{wordFor(t.phases, job.phase) ?? t.applying}</p>
      <div className="progress" style={{ height: '1rem' }}>
        <div
          className="progress-bar"
          role="progressbar"
          style={{ width: `${Math.round(share * 100)}%` }}
          aria-label={t.progressLabel}
          aria-valuemin={0}
          aria-valuemax={job.total}
          aria-valuenow={job.done}
          aria-valuetext={rows ?? wordFor(t.phases, job.phase)}
        />
      </div>
      {rows ? <p className="small mb-0 mt-1">{rows}</p> : null}
      <p className="small text-muted mb-0 mt-1">{t.progressHint}</p>
    </section>
  );
}
