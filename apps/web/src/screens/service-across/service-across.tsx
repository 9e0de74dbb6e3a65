import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { ServiceAcross } from '../../api-types';
import { type Column, DataTable } from '../../charts/data-table';
import { TakeUpBars } from '../../charts/take-up-bars';
import { useCategoryLabel } from '../../components/category';
import { LastMonth } from '../../components/freshness';
import { IllustrativeNotice } from '../../components/illustrative-notice';
import { QueryState } from '../../components/query-state';
import { ReadinessVerdict } from '../../components/readiness';
import { StageBadge } from '../../components/stage-badge';
import { useI18n } from '../../i18n/i18n';
import { MetaLine } from '../../layout/meta-line';
import { Page } from '../../layout/page';
import { useTRPC } from '../../trpc';
import { CheckedParams } from '../checked-params';
import { checkSlug } from '../params';

type Row = ServiceAcross['comuni'][number];

type ServiceAcrossViewProps = {
  data: ServiceAcross;
  /** The consortium's comuni with illustrative figures (the answer does not say, the portfolio does). */
  illustrative: readonly string[];
};

/** One catalogue service in every comune of the consortium: stage, take-up, readiness. */
export function ServiceAcrossView({ data, illustrative }: ServiceAcrossViewProps) {
  const { m, f } = useI18n();
  const categoryLabel = useCategoryLabel();
  const { consortium, service } = data;
  const switchedOff = data.comuni.filter((c) => c.stage === 'switched_off').length;
  const countComuni = (n: number) => (n === 1 ? m.common.oneComune : m.common.comuniCount({ n: f.number(n) }));
  const columns: Column<Row>[] = [
    {
      key: 'name',
      header: m.charts.comune,
      rowHeader: true,
      cell: (c) => <Link to={`/comuni/${c.istat}/servizi/${c.slug}`}>{c.name}</Link>,
    },
    { key: 'stage', header: m.charts.stage, cell: (c) => <StageBadge stage={c.stage} /> },
    { key: 'since', header: m.across.stageSince, cell: (c) => f.date(c.stageSince) },
    { key: 'takeUp', header: m.portfolio.takeUp12, numeric: true, cell: (c) => f.ratio(c.takeUp) },
    {
      key: 'lastMonth',
      header: m.across.lastMonth,
      cell: (c) => <LastMonth lastMonth={c.lastMonth} stale={c.stale} />,
    },
    {
      key: 'ready',
      header: m.portfolio.ready,
      cell: (c) => (
        <ReadinessVerdict
          readiness={{ status: c.stage === 'switched_off' ? 'switched_off' : c.ready ? 'ready' : 'not_ready' }}
        />
      ),
    },
  ];
  return (
    <Page
      title={service.name}
      documentTitle={m.across.documentTitle({ service: service.name, consortium: consortium.name })}
      trail={[{ label: consortium.name, to: `/consorzi/${consortium.slug}` }, { label: service.name }]}
      lead={
        <>
          <p className="mb-1">{m.across.lead({ consortium: consortium.name })}</p>
          <MetaLine>
            <li>
              {m.overview.category}: {categoryLabel(service.category)}
            </li>
            <li>{m.common.asOf({ month: f.monthLong(data.asOf) })}</li>
          </MetaLine>
        </>
      }
    >
      {service.description ? <p>{service.description}</p> : null}
      <IllustrativeNotice comuni={illustrative.filter((name) => data.comuni.some((c) => c.name === name))} />
      <p className="fw-semibold">
        {m.across.summary({ offered: countComuni(data.comuni.length), switchedOff: countComuni(switchedOff) })}
      </p>
      <DataTable
        caption={m.across.tableCaption({ service: service.name })}
        columns={columns}
        rows={data.comuni}
        rowKey={(c) => c.istat}
      />
      <TakeUpBars
        headingLevel={2}
        caption={m.across.tableCaption({ service: service.name })}
        data={data.comuni.map((c) => ({ key: c.istat, label: c.name, takeUp: c.takeUp }))}
      />
    </Page>
  );
}

function ServiceAcrossLoader({ consortium, service }: { consortium: string; service: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.consortia.serviceAcross.queryOptions({ consortium, service }));
  // The answer carries no illustrative flag; the portfolio (often already cached) does.
  const portfolio = useQuery(trpc.consortia.portfolio.queryOptions({ slug: consortium }));
  const illustrative = portfolio.data?.comuni.filter((c) => c.figuresIllustrative).map((c) => c.name) ?? [];
  return (
    <QueryState query={query}>{(data) => <ServiceAcrossView data={data} illustrative={illustrative} />}</QueryState>
  );
}

export default function ServiceAcrossScreen() {
  return (
    <CheckedParams checks={{ slug: checkSlug, service: checkSlug }}>
      {({ slug, service }) => <ServiceAcrossLoader consortium={slug} service={service} />}
    </CheckedParams>
  );
}
