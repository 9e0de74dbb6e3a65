import { addMonths, isYearMonth, monthOf, todayIso } from '@switchoff/domain';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Icon } from '../../components/icon';
import { QueryState } from '../../components/query-state';
import { ChangeList } from '../../history/change-list';
import { useI18n } from '../../i18n/i18n';
import { Page } from '../../layout/page';
import { useTRPC } from '../../trpc';
import { NotFound } from '../not-found';
import { checkIstat } from '../params';

/** The month picker: a month field and a button, plus the months before and after. */
function MonthPicker({ month, onPick }: { month: string; onPick: (month: string) => void }) {
  const { m, f } = useI18n();
  const id = useId();
  const [value, setValue] = useState(month);
  const [seen, setSeen] = useState(month);
  if (month !== seen) {
    setSeen(month);
    setValue(month);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isYearMonth(value)) onPick(value);
  };
  const previous = isYearMonth(month) ? addMonths(month, -1) : null;
  // No month after the current one: nothing can have changed yet.
  const next = isYearMonth(month) && month < monthOf(todayIso()) ? addMonths(month, 1) : null;
  return (
    <form
      className="month-picker d-flex flex-wrap align-items-end gap-3 mb-4"
      onSubmit={submit}
      aria-label={m.changes.month}
    >
      <div className="form-group mb-0 so-field">
        <label htmlFor={id} className="active">
          {m.changes.month}
        </label>
        <input
          id={id}
          type="month"
          className="form-control"
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
      </div>
      <button type="submit" className="btn btn-primary btn-sm">
        {m.changes.show}
      </button>
      <div className="d-flex flex-wrap gap-3">
        {previous ? (
          <Link to={`?mese=${previous}`}>
            <Icon name="it-arrow-left" size="xs" className="icon-primary me-1" />
            {m.changes.previous} ({f.monthLong(previous)})
          </Link>
        ) : null}
        {next ? (
          <Link to={`?mese=${next}`}>
            {m.changes.next} ({f.monthLong(next)})
            <Icon name="it-arrow-right" size="xs" className="icon-primary ms-1" />
          </Link>
        ) : null}
      </div>
    </form>
  );
}

function ChangesScreen({ istat }: { istat: string }) {
  const { m, f } = useI18n();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const asked = params.get('mese');
  const month = asked && isYearMonth(asked) ? asked : undefined;
  const changes = useQuery(trpc.history.thisMonth.queryOptions({ istat, ...(month ? { month } : {}) }));
  const overview = useQuery(trpc.comuni.overview.queryOptions({ istat }));
  const comune = overview.data?.comune;
  return (
    <QueryState
      query={changes}
      forbidden={{ message: m.access.staffOnly, back: { label: m.access.backToComune, to: `/comuni/${istat}` } }}
    >
      {(data) => {
        const count = data.changes.length;
        return (
          <Page
            title={m.changes.titleMonth(f.monthLong(data.month))}
            documentTitle={m.changes.documentTitle(comune?.name ?? istat)}
            trail={[
              ...(comune ? [{ label: comune.consortium.name, to: `/consorzi/${comune.consortium.slug}` }] : []),
              { label: comune?.name ?? istat, to: `/comuni/${istat}` },
              { label: m.changes.breadcrumb },
            ]}
            lead={<p className="mb-0">{m.changes.lead}</p>}
          >
            <MonthPicker month={data.month} onPick={(picked) => setParams({ mese: picked })} />
            <h2 className="h4" aria-live="polite">
              {count === 0 ? m.changes.none : count === 1 ? m.changes.one : m.changes.count(f.number(count))}
            </h2>
            {data.truncated ? <p className="small">{m.history.truncated}</p> : null}
            {count ? <ChangeList changes={data.changes} showSubject /> : null}
          </Page>
        );
      }}
    </QueryState>
  );
}

/** `/comuni/:istat/modifiche`: what changed in the comune in a month (consortium staff). */
export default function ChangesRoute() {
  const params = useParams();
  const istat = checkIstat(params.istat);
  if (!istat.ok) return <NotFound message={istat.message} />;
  return <ChangesScreen istat={istat.value} />;
}
