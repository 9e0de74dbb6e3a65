import { Link } from 'react-router';
import type { Portfolio } from '../../api-types';
import { canReadConsortiumOf, useMe } from '../../auth/viewer';
import { StageBar } from '../../charts/stage-bar';
import { TakeUpBars } from '../../charts/take-up-bars';
import { OpenDataSection, StaffDataTools } from '../../components/data-links';
import { StaleSummary } from '../../components/freshness';
import { IllustrativeNotice } from '../../components/illustrative-notice';
import { KeyFigures } from '../../components/key-figure';
import { Section } from '../../components/section';
import { useI18n } from '../../i18n/i18n';
import { MetaLine } from '../../layout/meta-line';
import { Page } from '../../layout/page';
import { queryScreen } from '../checked-params';
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
      documentTitle={m.portfolio.documentTitle({ name: consortium.name })}
      trail={[{ label: consortium.name }]}
      lead={
        <>
          <p className="mb-1">{consortium.description || m.portfolio.lead}</p>
          <MetaLine>
            <li>{consortium.city}</li>
            {consortium.website ? (
              <li>
                <a href={consortium.website} target="_blank" rel="noreferrer">
                  {m.common.website} <span className="visually-hidden">{m.common.external}</span>
                </a>
              </li>
            ) : null}
            <li>{m.common.asOf({ month: f.monthLong(data.asOf) })}</li>
          </MetaLine>
        </>
      }
    >
      <IllustrativeNotice comuni={data.comuni.filter((c) => c.figuresIllustrative).map((c) => c.name)} />
      <KeyFigures
        figures={[
          { label: m.portfolio.comuniTitle, value: f.number(data.comuni.length) },
          { label: m.portfolio.services, value: f.number(services) },
          {
            label: m.portfolio.takeUp12,
            value: f.ratio(data.totals.takeUp),
            hint: data.totals.takeUp ? m.measures.basedOn({ n: f.number(data.totals.takeUp.n) }) : undefined,
          },
          {
            label: m.portfolio.late,
            value: f.number(late),
            hint: `${m.portfolio.slipped}: ${f.number(slipped)} · ${m.portfolio.slippage({ days: slippageDays, replans })} · ${m.portfolio.ready}: ${f.number(ready)}`,
          },
        ]}
      />

      <Section headingId="comuni-title" title={m.portfolio.comuniTitle} className="mb-5">
        <StaleSummary count={data.totals.staleServices} />
        <ComuniTable portfolio={data} />
      </Section>

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

      <Section headingId="matrix-title" title={m.portfolio.matrixTitle} className="mb-5">
        <p>{m.portfolio.matrixHint}</p>
        <StageLegend />
        <StageMatrix matrix={data.matrix} consortiumSlug={consortium.slug} />
      </Section>

      <Section headingId="across-title" title={m.portfolio.servicesAcrossTitle} className="mb-4">
        <ul className="link-columns">
          {data.matrix.services.map((service) => (
            <li key={service.slug}>
              <Link to={`/consorzi/${consortium.slug}/servizi/${service.slug}`}>
                {m.portfolio.acrossLink({ service: service.name })}
              </Link>
            </li>
          ))}
        </ul>
      </Section>

      <OpenDataSection scope={{ consortium: consortium.slug }} name={consortium.name} headingId="open-data-title" />
      {staffHere ? <StaffDataTools scope={{ consortium: consortium.slug }} headingId="staff-data-title" /> : null}
    </Page>
  );
}

export default queryScreen(
  { slug: checkSlug },
  (trpc, params) => trpc.consortia.portfolio.queryOptions(params),
  PortfolioView,
);
