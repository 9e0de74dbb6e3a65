import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { ComuneNational, ComuneOverview } from '../../api-types';
import { canEditComune, useMe } from '../../auth/viewer';
import { StageBar } from '../../charts/stage-bar';
import { TakeUpChart } from '../../charts/take-up-chart';
import { CommentsSection } from '../../components/comments';
import { OpenDataSection, StaffDataTools } from '../../components/data-links';
import { StaleSummary } from '../../components/freshness';
import { Icon } from '../../components/icon';
import { IllustrativeNotice } from '../../components/illustrative-notice';
import { InternalNote } from '../../components/internal';
import { KeyFigures } from '../../components/key-figure';
import { QueryState } from '../../components/query-state';
import { Section } from '../../components/section';
import { SetupChecklist } from '../../components/setup-checklist';
import { InternalViewNotice } from '../../components/viewer-box';
import { ToolPanel } from '../../editing/tool-panel';
import { useI18n } from '../../i18n/i18n';
import { MetaLine } from '../../layout/meta-line';
import { Page } from '../../layout/page';
import { loadOnRender } from '../../lazy';
import { useServerPrefetch } from '../../ssr/server-prefetch';
import { useTRPC } from '../../trpc';
import { checkedScreen } from '../checked-params';
import { AbolishedProvinceNote } from '../comune-national/abolished-province';
import { CeasedComuneView } from '../comune-national/ceased-comune';
import { DerivedPlatformsSection, NationalPnrrSection } from '../comune-national/national-sections';
import { nationalTrail } from '../comune-national/national-trail';
import { UntrackedComuneView } from '../comune-national/untracked-comune';
import { checkIstat } from '../params';
import { MilestonesSection } from './milestones-section';
import { AssistedDesk, DatasetsTable, PlatformsTable, PnrrTable } from './platforms-section';
import { ReadinessSection, ServicesTable } from './services-section';

// Staff forms load when a member of staff opens them: public visitors never download them.
const AddServiceForm = loadOnRender(() => import('./add-service-form').then((module) => module.AddServiceForm));
const PlatformForm = loadOnRender(() => import('./platform-forms').then((module) => module.PlatformForm));
const PnrrForm = loadOnRender(() => import('./platform-forms').then((module) => module.PnrrForm));

/**
 * A comune at a glance: stages, take-up trend, services, readiness, milestones, platforms; with
 * `national`, its PNRR measures from national open data beside what the consortium entered.
 */
export function ComuneOverviewView({ data, national }: { data: ComuneOverview; national?: ComuneNational }) {
  const { m, f } = useI18n();
  const { comune } = data;
  const me = useMe();
  // Internal fields (note, versions, comments) arrive only for readers of internal data.
  const internal = comune.version !== undefined;
  const canEdit = internal && canEditComune(me.data, comune);
  return (
    <Page
      title={comune.name}
      documentTitle={m.overview.documentTitle({ name: comune.name })}
      trail={
        national
          ? [...nationalTrail(national.comune, m.national.italy), { label: comune.name }]
          : [{ label: comune.consortium.name, to: `/consorzi/${comune.consortium.slug}` }, { label: comune.name }]
      }
      lead={
        <>
          <MetaLine>
            <li>
              {m.common.province} {comune.provinceCode}
            </li>
            <li>{comune.region}</li>
            <li>
              {m.common.population} {f.number(comune.population)}
            </li>
            <li>
              {m.overview.consortium} <Link to={`/consorzi/${comune.consortium.slug}`}>{comune.consortium.name}</Link>
            </li>
            <li>{m.common.asOf({ month: f.monthLong(data.asOf) })}</li>
            {national?.formerName ? <li>{m.national.formerNameLead({ name: national.formerName })}</li> : null}
          </MetaLine>
          {national ? <AbolishedProvinceNote provinceIstat={national.comune.provinceIstat} /> : null}
        </>
      }
    >
      {internal ? <InternalViewNotice council={me.data?.role === 'council'} /> : null}
      <InternalNote note={comune.internalNote} />
      <p className="staff-links">
        <Link to={`/comuni/${comune.istat}/relazione`} className="btn btn-outline-primary btn-sm">
          <Icon name="it-file" size="xs" className="me-1" />
          {m.report.link}
        </Link>
        {canEdit ? (
          <>
            <Link to={`/comuni/${comune.istat}/modifiche`} className="btn btn-outline-primary btn-sm">
              <Icon name="it-calendar" size="xs" className="me-1" />
              {m.staff.changesLink}
            </Link>
            <Link to={`/comuni/${comune.istat}/importa`} className="btn btn-outline-primary btn-sm">
              <Icon name="it-files" size="xs" className="me-1" />
              {m.exportData.importLink}
            </Link>
          </>
        ) : null}
      </p>
      {canEdit ? <SetupChecklist istat={comune.istat} /> : null}
      <IllustrativeNotice show={comune.figuresIllustrative} />
      <KeyFigures
        figures={[
          {
            label: m.portfolio.takeUp12,
            value: f.ratio(data.takeUp),
            hint: data.takeUp ? m.measures.basedOn({ n: f.number(data.takeUp.n) }) : undefined,
          },
          { label: m.overview.target, value: f.percent(comune.takeUpTarget) },
          { label: m.portfolio.services, value: f.number(data.services.length) },
          { label: m.portfolio.late, value: f.number(data.milestones.late) },
        ]}
      />

      <StageBar counts={data.stageCounts} subject={comune.name} title={m.overview.stagesTitle} headingLevel={2} />
      <TakeUpChart
        data={data.trend}
        target={comune.takeUpTarget}
        subject={comune.name}
        title={m.overview.trendTitle}
        headingLevel={2}
      />

      {/* Below the first screen at any width: drawn as it nears the screen (styles.css). */}
      <div className="drawn-when-near">
        <Section headingId="services-title" title={m.overview.servicesTitle} className="mb-5">
          <StaleSummary count={data.staleServices} />
          <ServicesTable data={data} />
          {canEdit ? (
            <ToolPanel label={m.addService.open} title={m.addService.title} icon="it-plus-circle">
              {(done) => <AddServiceForm istat={comune.istat} onDone={done} />}
            </ToolPanel>
          ) : null}
        </Section>

        <ReadinessSection data={data} />
        <AssistedDesk desk={comune.assistedDesk} />
        <MilestonesSection data={data} />

        <div className="row">
          <Section headingId="platforms-title" title={m.overview.platformsTitle} className="col-lg-6 mb-5">
            <PlatformsTable platforms={data.platforms} />
            {canEdit ? (
              <ToolPanel label={m.platformsForm.open} title={m.platformsForm.title}>
                {(done) => <PlatformForm istat={comune.istat} platforms={data.platforms} onDone={done} />}
              </ToolPanel>
            ) : null}
          </Section>
          <Section headingId="pnrr-title" title={m.overview.pnrrTitle} className="col-lg-6 mb-5">
            <PnrrTable pnrr={data.pnrr} />
            {canEdit ? (
              <ToolPanel label={m.pnrrForm.open} title={m.pnrrForm.title}>
                {(done) => <PnrrForm istat={comune.istat} pnrr={data.pnrr} onDone={done} />}
              </ToolPanel>
            ) : null}
          </Section>
        </div>

        {national ? (
          <>
            <NationalPnrrSection data={national} />
            <DerivedPlatformsSection data={national} />
          </>
        ) : null}

        <Section headingId="datasets-title" title={m.overview.datasetsTitle} className="mb-5">
          <DatasetsTable datasets={data.datasets} />
        </Section>

        <OpenDataSection scope={{ istat: comune.istat }} name={comune.name} headingId="open-data-title" />
        {canEdit ? <StaffDataTools scope={{ istat: comune.istat }} headingId="staff-data-title" /> : null}

        <CommentsSection
          comments={data.comments}
          istat={comune.istat}
          target={{}}
          canComment={internal}
          headingId="comments-title"
        />
      </div>
    </Page>
  );
}

function TrackedOverviewLoader({ istat, national }: { istat: string; national: ComuneNational }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.comuni.overview.queryOptions({ istat }));
  return <QueryState query={query}>{(data) => <ComuneOverviewView data={data} national={national} />}</QueryState>;
}

/** Every comune of Italy has a page: the overview when a consortium tracks it, national data otherwise. */
function ComuneOverviewLoader({ istat }: { istat: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.italy.comune.queryOptions({ istat }));
  // A tracked comune's overview (nearly every page) read beside its national record, not after it.
  useServerPrefetch(trpc.comuni.overview.queryOptions({ istat }));
  return (
    <QueryState query={query}>
      {(national) =>
        national.reachedFrom !== null ? (
          <CeasedComuneView data={national} ceased={national.reachedFrom} />
        ) : national.trackedBy === null ? (
          <UntrackedComuneView data={national} />
        ) : (
          <TrackedOverviewLoader istat={national.trackedBy.istat} national={national} />
        )
      }
    </QueryState>
  );
}

export default checkedScreen({ istat: checkIstat }, ComuneOverviewLoader);
