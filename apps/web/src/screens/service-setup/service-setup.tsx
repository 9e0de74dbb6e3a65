import { type AppMessage, STAGES, type Stage, todayIso } from '@switchoff/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { RequireRole } from '../../auth/access-pages';
import { DataTable } from '../../charts/data-table';
import { useCategoryLabel } from '../../components/category';
import { QueryState } from '../../components/query-state';
import { serviceColumn } from '../../components/service-column';
import { useInvalidate } from '../../editing/invalidate';
import { errorsFromServer } from '../../forms/form-errors';
import { useI18n } from '../../i18n/i18n';
import { Page } from '../../layout/page';
import { useTRPC } from '../../trpc';
import { CheckedParams } from '../checked-params';
import { checkIstat } from '../params';

type Choice = { offered: boolean; stage: Stage; since: string };
type Entry = { slug: string; name: string; category: string };

/** The refusals of a save, each naming its row ("Biblioteca: La data …"). */
function rowMessages(error: unknown, chosen: readonly Entry[]): { row: string | null; message: AppMessage }[] {
  const found = errorsFromServer(error);
  const rows = Object.entries(found.paths).flatMap(([path, messages]) => {
    const index = /^services\.(\d+)/.exec(path)?.[1];
    const name = index === undefined ? null : (chosen[Number(index)]?.name ?? null);
    return messages.map((message) => ({ row: name, message }));
  });
  const rest = [...(found.conflict ? [found.conflict] : []), ...found.form].map((message) => ({ row: null, message }));
  return rows.length
    ? [...rows, ...rest]
    : [
        ...rest,
        ...Object.values(found.fields)
          .flat()
          .map((message) => ({ row: null, message })),
      ];
}

function SetupForm({ istat, name, entries }: { istat: string; name: string; entries: readonly Entry[] }) {
  const { m, msg } = useI18n();
  const trpc = useTRPC();
  const invalidate = useInvalidate();
  const categoryLabel = useCategoryLabel();
  const setup = useMutation(trpc.services.setup.mutationOptions());
  const today = todayIso();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [errors, setErrors] = useState<{ row: string | null; text: string }[]>([]);
  const [status, setStatus] = useState('');
  const choiceOf = (slug: string): Choice => choices[slug] ?? { offered: false, stage: 'paper', since: today };
  const change = (slug: string, patch: Partial<Choice>) =>
    setChoices((current) => ({ ...current, [slug]: { ...choiceOf(slug), ...patch } }));
  const chosen = entries.filter((e) => choiceOf(e.slug).offered);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    if (chosen.length === 0) {
      setErrors([{ row: null, text: m.serviceSetup.noneChosen }]);
      return;
    }
    const services = chosen.map((e) => ({ catalogue: e.slug, ...choiceOf(e.slug) }));
    setup.mutate(
      { istat, services: services.map(({ catalogue, stage, since }) => ({ catalogue, stage, since })) },
      {
        onSuccess: (added) => {
          setErrors([]);
          setChoices({});
          void invalidate.newService(istat);
          void invalidate.comuni();
          setStatus(m.serviceSetup.saved({ count: added.length }));
        },
        onError: (error) =>
          setErrors(rowMessages(error, chosen).map(({ row, message }) => ({ row, text: msg(message) }))),
      },
    );
  };
  return (
    <form noValidate onSubmit={onSubmit} aria-label={m.serviceSetup.title({ name })}>
      <p role="status" className="tool-panel-status">
        {status}
      </p>
      {errors.length ? (
        <ul className="alert alert-danger" role="alert">
          {errors.map((e) => (
            <li key={`${e.row}-${e.text}`}>
              {e.row ? m.serviceSetup.rowError({ name: e.row, text: e.text }) : e.text}
            </li>
          ))}
        </ul>
      ) : null}
      {entries.length === 0 ? (
        <p>{m.serviceSetup.none}</p>
      ) : (
        <DataTable
          caption={m.serviceSetup.caption}
          rows={entries}
          rowKey={(e) => e.slug}
          columns={[
            {
              key: 'offered',
              header: m.serviceSetup.offered,
              cell: (e) => (
                <input
                  type="checkbox"
                  className="form-check-input position-static"
                  aria-label={m.serviceSetup.offeredLabel({ name: e.name })}
                  checked={choiceOf(e.slug).offered}
                  onChange={(event) => change(e.slug, { offered: event.target.checked })}
                />
              ),
            },
            serviceColumn<Entry>({
              header: m.serviceSetup.service,
              details: (e) => <span className="d-block small text-muted">{categoryLabel(e.category)}</span>,
            }),
            {
              key: 'stage',
              header: m.serviceSetup.stage,
              cell: (e) => (
                <select
                  className="form-select form-select-sm"
                  aria-label={m.serviceSetup.stageLabel({ name: e.name })}
                  value={choiceOf(e.slug).stage}
                  disabled={!choiceOf(e.slug).offered}
                  onChange={(event) => change(e.slug, { stage: event.target.value as Stage })}
                >
                  {STAGES.map((stage) => (
                    <option key={stage} value={stage}>
                      {m.stages[stage].label}
                    </option>
                  ))}
                </select>
              ),
            },
            {
              key: 'since',
              header: m.serviceSetup.since,
              cell: (e) => (
                <input
                  type="date"
                  className="form-control form-control-sm"
                  aria-label={m.serviceSetup.sinceLabel({ name: e.name })}
                  value={choiceOf(e.slug).since}
                  max={today}
                  disabled={!choiceOf(e.slug).offered}
                  onChange={(event) => change(e.slug, { since: event.target.value })}
                />
              ),
            },
          ]}
        />
      )}
      <p className="d-flex flex-wrap gap-2 mt-3">
        <button type="submit" className="btn btn-primary" disabled={setup.isPending || entries.length === 0}>
          {m.serviceSetup.submit}
        </button>
        <Link to={`/comuni/${istat}`} className="btn btn-outline-primary">
          {m.serviceSetup.back}
        </Link>
      </p>
    </form>
  );
}

function SetupLoader({ istat }: { istat: string }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const overview = useQuery(trpc.comuni.overview.queryOptions({ istat }));
  const addable = useQuery(trpc.services.addable.queryOptions({ istat }));
  return (
    <QueryState query={overview}>
      {(data) => (
        <Page
          title={m.serviceSetup.title({ name: data.comune.name })}
          trail={[
            { label: data.comune.name, to: `/comuni/${istat}` },
            { label: m.serviceSetup.title({ name: data.comune.name }) },
          ]}
          lead={<p className="mb-0">{m.serviceSetup.lead}</p>}
        >
          <QueryState query={addable}>
            {(entries) => <SetupForm istat={istat} name={data.comune.name} entries={entries} />}
          </QueryState>
        </Page>
      )}
    </QueryState>
  );
}

/** `/comuni/:istat/servizi-iniziali`: the services a new comune offers, from the catalogue, in one form. */
export default function ServiceSetupScreen() {
  return (
    <CheckedParams checks={{ istat: checkIstat }}>
      {({ istat }) => (
        <RequireRole roles={['editor', 'admin']}>
          <SetupLoader istat={istat} />
        </RequireRole>
      )}
    </CheckedParams>
  );
}
