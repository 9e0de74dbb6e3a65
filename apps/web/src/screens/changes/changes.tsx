import { CHANGE_KINDS, type ChangeKind, isYearMonth } from '@switchoff/domain';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { Icon } from '../../components/icon';
import { QueryState } from '../../components/query-state';
import { ChangeList } from '../../history/change-list';
import { useI18n } from '../../i18n/i18n';
import { Page } from '../../layout/page';
import { useTRPC } from '../../trpc';
import { checkedScreen } from '../checked-params';
import { checkIstat } from '../params';
import { type ChangeFilter, ChangeFilters, filterSearch } from './change-filters';

const isChangeKind = (text: string | null): text is ChangeKind =>
  text !== null && (CHANGE_KINDS as readonly string[]).includes(text);

/** The CSV of the changes shown (GET with the session cookie; the server checks the same access as the screen). */
function historyCsvUrl(istat: string, filter: ChangeFilter): string {
  return `/api/export/modifiche.csv${filterSearch(filter)}&istat=${encodeURIComponent(istat)}`;
}

function ChangesScreen({ istat }: { istat: string }) {
  const { m, f } = useI18n();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const asked = params.get('mese');
  const month = asked && isYearMonth(asked) ? asked : undefined;
  const askedKind = params.get('tipo');
  const kind = isChangeKind(askedKind) ? askedKind : undefined;
  const person = params.get('persona') || undefined;
  const changes = useQuery(
    trpc.history.thisMonth.queryOptions({
      istat,
      ...(month ? { month } : {}),
      ...(kind ? { kind } : {}),
      ...(person ? { person } : {}),
    }),
  );
  const overview = useQuery(trpc.comuni.overview.queryOptions({ istat }));
  const comune = overview.data?.comune;
  return (
    <QueryState
      query={changes}
      forbidden={{ message: m.access.staffOnly, back: { label: m.access.backToComune, to: `/comuni/${istat}` } }}
    >
      {(data) => {
        const count = data.changes.length;
        const filter: ChangeFilter = { month: data.month, kind: kind ?? '', person: person ?? '' };
        return (
          <Page
            title={m.changes.titleMonth({ month: f.monthLong(data.month) })}
            documentTitle={m.changes.documentTitle({ comune: comune?.name ?? istat })}
            trail={[
              ...(comune ? [{ label: comune.consortium.name, to: `/consorzi/${comune.consortium.slug}` }] : []),
              { label: comune?.name ?? istat, to: `/comuni/${istat}` },
              { label: m.changes.breadcrumb },
            ]}
            lead={<p className="mb-0">{m.changes.lead}</p>}
          >
            <ChangeFilters
              filter={filter}
              kinds={data.kinds}
              people={data.people}
              onPick={(picked) => setParams(new URLSearchParams(filterSearch(picked)))}
            />
            <div className="d-flex flex-wrap align-items-baseline justify-content-between gap-3 mb-3">
              <h2 className="h4 mb-0" aria-live="polite">
                {count === 0
                  ? kind || person
                    ? m.changes.noneFiltered
                    : m.changes.none
                  : count === 1
                    ? m.changes.one
                    : m.changes.count({ n: f.number(count) })}
              </h2>
              {count ? (
                <a href={historyCsvUrl(istat, filter)} download className="btn btn-outline-primary btn-sm">
                  <Icon name="it-download" size="xs" className="me-1" />
                  {m.changes.download}
                </a>
              ) : null}
            </div>
            {data.truncated ? <p className="small">{m.history.truncated}</p> : null}
            {count ? <ChangeList changes={data.changes} showSubject /> : null}
          </Page>
        );
      }}
    </QueryState>
  );
}

/** `/comuni/:istat/modifiche`: what changed in the comune in a month (consortium staff). */
export default checkedScreen({ istat: checkIstat }, ChangesScreen);
