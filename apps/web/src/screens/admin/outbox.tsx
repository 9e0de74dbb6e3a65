import { OUTBOX_VIEWS, type OutboxView } from '@switchoff/domain/schemas';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { Section } from '../../components/section';
import { useI18n } from '../../i18n/i18n';
import { useDocumentTitle } from '../../layout/document-title';
import { useTRPC } from '../../trpc';
import { type OutboxPage, OutboxTable } from './outbox-table';

/** The page's address for a state filter and a page number (`?stato=failed&pagina=2`). */
function hrefOf(state: OutboxView | undefined, page: number): { search: string } {
  const params = new URLSearchParams();
  if (state) params.set('stato', state);
  if (page > 1) params.set('pagina', String(page));
  const query = params.toString();
  return { search: query ? `?${query}` : '' };
}

function readFilter(params: URLSearchParams): { state: OutboxView | undefined; page: number } {
  const state = OUTBOX_VIEWS.find((view) => view === params.get('stato'));
  const page = Number(params.get('pagina') ?? '1');
  return { state, page: Number.isInteger(page) && page >= 1 ? page : 1 };
}

/** The state filters, each with how many messages are in it; the current one is marked for screen readers too. */
function StateFilter({ data, state }: { data: OutboxPage; state: OutboxView | undefined }) {
  const { m, f } = useI18n();
  const t = m.outbox;
  const all = OUTBOX_VIEWS.reduce((sum, view) => sum + data.counts[view], 0);
  const options: { view: OutboxView | undefined; label: string; n: number }[] = [
    { view: undefined, label: t.all, n: all },
    ...OUTBOX_VIEWS.map((view) => ({ view, label: t.states[view], n: data.counts[view] })),
  ];
  return (
    <nav aria-label={t.filter} className="outbox-filter mb-3">
      <ul className="list-inline mb-0">
        {options.map((option) => (
          <li key={option.view ?? 'all'} className="list-inline-item mb-2">
            <Link
              to={hrefOf(option.view, 1)}
              className={`btn btn-sm ${option.view === state ? 'btn-primary' : 'btn-outline-primary'}`}
              aria-current={option.view === state ? 'page' : undefined}
            >
              {option.label} <span className="badge bg-white text-dark ms-1">{f.number(option.n)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Pager({ state, page, pages }: { state: OutboxView | undefined; page: number; pages: number }) {
  const { m } = useI18n();
  if (pages <= 1) return null;
  return (
    <nav aria-label={m.outbox.pages} className="d-flex gap-2 mt-3">
      {page > 1 ? (
        <Link to={hrefOf(state, page - 1)} className="btn btn-outline-primary btn-sm">
          {m.outbox.previous}
        </Link>
      ) : null}
      {page < pages ? (
        <Link to={hrefOf(state, page + 1)} className="btn btn-outline-primary btn-sm">
          {m.outbox.nextPage}
        </Link>
      ) : null}
    </nav>
  );
}

/** The outbox, once loaded: filters, the page of messages, paging. */
export function OutboxList({ data, state }: { data: OutboxPage; state: OutboxView | undefined }) {
  const { m } = useI18n();
  const [notice, setNotice] = useState('');
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  return (
    <Section headingId="outbox-title" title={m.outbox.title}>
      <p>{m.outbox.lead}</p>
      <StateFilter data={data} state={state} />
      <p role="status" className={notice ? 'alert alert-success' : 'visually-hidden'}>
        {notice}
      </p>
      {data.rows.length === 0 ? (
        <p>{state ? m.outbox.emptyState : m.outbox.empty}</p>
      ) : (
        <OutboxTable data={data} pages={pages} onRetried={(recipient) => setNotice(m.outbox.retried({ recipient }))} />
      )}
      <Pager state={state} page={data.page} pages={pages} />
    </Section>
  );
}

/** `/amministrazione/email`: the emails to the consortium's accounts and their state. */
export default function OutboxScreen() {
  const { m } = useI18n();
  const trpc = useTRPC();
  useDocumentTitle(`${m.outbox.title} – ${m.admin.title}`);
  const [params] = useSearchParams();
  const { state, page } = readFilter(params);
  const query = useQuery({
    ...trpc.admin.outbox.list.queryOptions({ state, page }),
    placeholderData: keepPreviousData,
  });
  return <QueryState query={query}>{(data) => <OutboxList data={data} state={state} />}</QueryState>;
}
