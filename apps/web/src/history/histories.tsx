import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading } from '../components/query-state-parts';
import { errorAppMessage } from '../errors';
import { useI18n } from '../i18n/i18n';
import { useTRPC } from '../trpc';
import { ChangeList } from './change-list';

function Failed({ error }: { error: unknown }) {
  const { msg } = useI18n();
  return (
    <p className="alert alert-danger" role="alert">
      {msg(errorAppMessage(error))}
    </p>
  );
}

/** Every change of a service and its figures (readers of the comune's internal data). */
export function ServiceHistory({ istat, slug }: { istat: string; slug: string }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const query = useQuery(trpc.history.forService.queryOptions({ istat, slug }));
  return (
    <>
      <p>{m.history.serviceLead}</p>
      {query.error ? (
        <Failed error={query.error} />
      ) : query.data ? (
        <ChangeList changes={query.data.changes} />
      ) : (
        <Loading />
      )}
    </>
  );
}

type MilestoneHistoryProps = { istat: string; id: number; milestoneTitles: ReadonlyMap<number, string> };

function MilestoneHistoryList({ istat, id, milestoneTitles }: MilestoneHistoryProps) {
  const trpc = useTRPC();
  const query = useQuery(trpc.history.forMilestone.queryOptions({ istat, id }));
  if (query.error) return <Failed error={query.error} />;
  if (!query.data) return <Loading />;
  return <ChangeList changes={query.data.changes} milestoneTitles={milestoneTitles} />;
}

/** A milestone's history, loaded when asked for (a roadmap holds many milestones). */
export function MilestoneHistory({ istat, id, milestoneTitles }: MilestoneHistoryProps) {
  const { m } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <div className="milestone-history mt-3">
      <button
        type="button"
        className="btn btn-link btn-sm px-0"
        aria-expanded={open}
        aria-controls={`milestone-history-${id}`}
        onClick={() => setOpen(!open)}
      >
        {open ? m.history.hide : m.history.show}
      </button>
      <div id={`milestone-history-${id}`} hidden={!open}>
        {open ? (
          <>
            <p className="small">{m.history.milestoneLead}</p>
            <MilestoneHistoryList istat={istat} id={id} milestoneTitles={milestoneTitles} />
          </>
        ) : null}
      </div>
    </div>
  );
}
