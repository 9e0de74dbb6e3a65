import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Portfolio } from '../../api-types';
import { canReadConsortiumOf, useMe } from '../../auth/viewer';
import { StageBar } from '../../charts/stage-bar';
import { TakeUpBars } from '../../charts/take-up-bars';
import { OpenDataSection, StaffDataTools } from '../../components/data-links';
import { StaleSummary } from '../../components/freshness';
import { IllustrativeNotice } from '../../components/illustrative-notice';
import { KeyFigure } from '../../components/key-figure';
import { QueryState } from '../../components/query-state';
import { useI18n } from '../../i18n/i18n';
import { Page } from '../../layout/page';
import { useTRPC } from '../../trpc';
import { CheckedParams } from '../checked-params';
import { checkSlug } from '../params';
import { ComuniTable } from './comuni-table';
import { StageLegend, StageMatrix } from './stage-matrix';

/** The consortium's comuni side by side: figures, stages, take-up, the stage matrix. */
export function PortfolioView({ data }: { data: Portfolio }) {
  const { m, f } = useI18n();
  const { consortium } = data;
  const services = data.comuni.reduce((sum, c) => sum + c.services, 0);
  const late = data.comuni.reduce((sum, c) => sum + c.lateMilestones, 0);
  const slipped = data.comuni.reduce((sum, c) => sum + c.slippedMilestones, 0);
  const slippageDays = data.comuni.reduce((sum, c) => sum + c.slippageDays, 0);
  const replans = data.comuni.reduce((sum, c) => sum + c.replans, 0);
  const ready = data.comuni.reduce((sum, c) => sum + c.readyServices, 0);
  const me = useMe();
  const staffHere = canReadConsortiumOf(me.data, consortium.slug);
  return (
    <Page
      title={consortium.name}
      documentTitle={m.portfolio.documentTitle(consortium.name)}
      trail={[{ label: consortium.name }]}
      lead={
        <>
          <p className="mb-1">{consortium.description || m.portfolio.lead}</p>
          <p className="small mb-0">
            {consortium.city}
            {consortium.website ? (
              <>
                {' · '}
                <a href={consortium.website} target="_blank" rel="noreferrer">
                  {m.common.website} <span className="visually-hidden">{m.common.external}</span>
                </a>
              </>
            ) : null}
            {' · '}
            {m.common.asOf(f.monthLong(data.asOf))}
          </p>
        </>
      }
    >
      <IllustrativeNotice comuni={data.comuni.filter((c) => c.figuresIllustrative).map((c) => c.name)} />
      <div className="row g-3 mb-4">
        <div className="col-6 col-lg-3">
          <KeyFigure label={m.portfolio.comuniTitle} value={f.number(data.comuni.length)} />
        </div>
        <div className="col-6 col-lg-3">
          <KeyFigure label={m.portfolio.services} value={f.number(services)} />
        </div>
        <div className="col-6 col-lg-3">
          <KeyFigure
            label={m.portfolio.takeUp12}
            value={f.ratio(data.totals.takeUp)}
            hint={data.totals.takeUp ? m.measures.basedOn(f.number(data.totals.takeUp.n)) : undefined}
          />
        </div>
        <div className="col-6 col-lg-3">
          <KeyFigure
            label={m.portfolio.late}
            value={f.number(late)}
            hint={`${m.portfolio.slipped}: ${f.number(slipped)} · ${m.portfolio.slippage({ days: slippageDays, replans, n: f.number })} · ${m.portfolio.ready}: ${f.number(ready)}`}
          />
        </div>
      </div>

      <section aria-labelledby="comuni-title" className="mb-5">
        <h2 id="comuni-title" className="h3">
          {m.portfolio.comuniTitle}
        </h2>
        <StaleSummary count={data.totals.staleServices} />
        <ComuniTable portfolio={data} />
      </section>

      <div className="row">
        <div className="col-lg-6">
          <StageBar
            counts={data.totals.stageCounts}
            subject={consortium.name}
            title={m.portfolio.stagesTitle}
            headingLevel={2}
          />
        </div>
        <div className="col-lg-6">
          <TakeUpBars
            headingLevel={2}
            data={data.comuni.map((c) => ({ key: c.istat, label: c.name, takeUp: c.takeUp }))}
          />
        </div>
      </div>

      <section aria-labelledby="matrix-title" className="mb-5">
        <h2 id="matrix-title" className="h3">
          {m.portfolio.matrixTitle}
        </h2>
        <p>{m.portfolio.matrixHint}</p>
        <StageLegend />
        <StageMatrix matrix={data.matrix} consortiumSlug={consortium.slug} />
      </section>

      <section aria-labelledby="across-title" className="mb-4">
        <h2 id="across-title" className="h3">
          {m.portfolio.servicesAcrossTitle}
        </h2>
        <ul className="link-columns">
          {data.matrix.services.map((service) => (
            <li key={service.slug}>
              <Link to={`/consorzi/${consortium.slug}/servizi/${service.slug}`}>
                {m.portfolio.acrossLink(service.name)}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <OpenDataSection scope={{ consortium: consortium.slug }} name={consortium.name} headingId="open-data-title" />
      {staffHere ? <StaffDataTools scope={{ consortium: consortium.slug }} headingId="staff-data-title" /> : null}
    </Page>
  );
}

function PortfolioLoader({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.consortia.portfolio.queryOptions({ slug }));
  return <QueryState query={query}>{(data) => <PortfolioView data={data} />}</QueryState>;
}

export default function PortfolioScreen() {
  return <CheckedParams checks={{ slug: checkSlug }}>{({ slug }) => <PortfolioLoader slug={slug} />}</CheckedParams>;
}
