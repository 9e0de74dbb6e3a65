import { Link } from 'react-router';
import type { ServicePage } from '../../api-types';
import { canEditComune, useMe } from '../../auth/viewer';
import { lastMonths, PeriodPicker, usePeriod } from '../../charts/period-picker';
import { TakeUpChart } from '../../charts/take-up-chart';
import { useCategoryLabel } from '../../components/category';
import { CommentsSection } from '../../components/comments';
import { ForecastText } from '../../components/forecast-text';
import { StaleNotice } from '../../components/freshness';
import { Icon } from '../../components/icon';
import { IllustrativeNotice } from '../../components/illustrative-notice';
import { InternalNote, VisibilityMark } from '../../components/internal';
import { MilestoneList } from '../../components/milestone-list';
import { ReadinessChecklist } from '../../components/readiness';
import { Section } from '../../components/section';
import { StageSince } from '../../components/stage-badge';
import { InternalViewNotice } from '../../components/viewer-box';
import { ServiceHistory } from '../../history/histories';
import { useI18n } from '../../i18n/i18n';
import { MetaLine } from '../../layout/meta-line';
import { Page } from '../../layout/page';
import { loadOnRender } from '../../lazy';
import { queryScreen } from '../checked-params';
import { checkIstat, checkSlug } from '../params';
import { ServiceMeasures } from './service-measures';
import { StageHistory } from './stage-history';

// The staff's forms load for the staff only: public visitors never download them.
const ServiceStaffTools = loadOnRender(() => import('./service-staff').then((module) => module.ServiceStaffTools));

/** One service of a comune: stage and history, figures, measures, readiness, forecast, milestones. */
export function ServicePageView({ data }: { data: ServicePage }) {
  const { m, f } = useI18n();
  const categoryLabel = useCategoryLabel();
  const { comune, service } = data;
  const yesNo = (value: boolean) => (value ? m.common.yes : m.common.no);
  const [period, setPeriod] = usePeriod();
  const me = useMe();
  // Internal fields arrive only for readers of the comune's internal data.
  const version = service.version;
  const canEdit = version !== undefined && canEditComune(me.data, comune);
  return (
    <Page
      title={service.name}
      documentTitle={m.service.documentTitle({ service: service.name, comune: comune.name })}
      trail={[
        { label: comune.consortium.name, to: `/consorzi/${comune.consortium.slug}` },
        { label: comune.name, to: `/comuni/${comune.istat}` },
        { label: service.name },
      ]}
      lead={
        <MetaLine>
          <li>
            <Link to={`/comuni/${comune.istat}`}>{comune.name}</Link>
          </li>
          <li>{categoryLabel(service.category)}</li>
          <li>{m.common.asOf({ month: f.monthLong(data.asOf) })}</li>
        </MetaLine>
      }
    >
      {version !== undefined ? <InternalViewNotice council={me.data?.role === 'council'} /> : null}
      {service.visibility === 'internal' ? (
        <p className="mb-2">
          <VisibilityMark visibility={service.visibility} />
        </p>
      ) : null}
      <InternalNote note={service.internalNote} />
      {version !== undefined && !canEdit ? (
        <p>
          <Link to={`/comuni/${comune.istat}/servizi/${service.slug}/dati`}>
            <Icon name="it-files" className="icon-primary me-1" />
            {m.grid.breadcrumb}
          </Link>
        </p>
      ) : null}
      <div className="service-stage mb-3">
        <span className="me-2">{m.service.currentStage}:</span>
        <StageSince stage={data.stage} since={data.stageSince} className="ms-2 text-muted" />
      </div>
      {service.description ? <p>{service.description}</p> : null}
      <dl className="service-facts row small">
        <dt className="col-sm-5 col-lg-3">{m.service.office}</dt>
        <dd className="col-sm-7 col-lg-3">{service.office || f.notAvailable}</dd>
        <dt className="col-sm-5 col-lg-3">{m.interactivity.label}</dt>
        <dd className="col-sm-7 col-lg-3">
          {m.interactivity.levels[service.interactivityLevel] ?? service.interactivityLevel}
        </dd>
        <dt className="col-sm-5 col-lg-3">{m.service.takesPayment}</dt>
        <dd className="col-sm-7 col-lg-3">{yesNo(service.takesPayment)}</dd>
        <dt className="col-sm-5 col-lg-3">{m.service.needsIdentity}</dt>
        <dd className="col-sm-7 col-lg-3">{yesNo(service.needsIdentity)}</dd>
        <dt className="col-sm-5 col-lg-3">{m.service.hasAssistedDesk}</dt>
        <dd className="col-sm-7 col-lg-3">{yesNo(service.hasAssistedDesk)}</dd>
      </dl>
      {service.catalogueSlug ? (
        <p>
          <Link to={`/consorzi/${comune.consortium.slug}/servizi/${service.catalogueSlug}`}>
            <Icon name="it-chart-line" className="icon-primary me-1" />
            {m.service.acrossLink}
          </Link>
        </p>
      ) : null}

      {canEdit ? <ServiceStaffTools data={data} version={version} /> : null}
      <IllustrativeNotice show={comune.figuresIllustrative} />
      {data.stale ? <StaleNotice lastMonth={data.lastMonth} /> : null}
      <Section headingId="measures-title" title={m.service.measuresTitle}>
        <ServiceMeasures totals={data.totals12} takesPayment={service.takesPayment} />
      </Section>
      <TakeUpChart
        data={lastMonths(data.figures, period)}
        target={data.target}
        subject={`${service.name}, ${comune.name}`}
        title={m.service.figuresTitle}
        headingLevel={2}
        controls={<PeriodPicker value={period} onChange={setPeriod} />}
      />

      <div className="row">
        <Section headingId="readiness-title" title={m.service.readinessTitle} className="col-lg-7 mb-5">
          <ReadinessChecklist readiness={data.readiness} />
        </Section>
        <Section headingId="forecast-title" title={m.forecast.title} className="col-lg-5 mb-5">
          <ForecastText forecast={data.forecast} />
        </Section>
      </div>

      <Section headingId="history-title" title={m.service.historyTitle} className="mb-5">
        <StageHistory history={data.history} />
      </Section>

      {version !== undefined ? (
        <Section headingId="changes-title" title={m.history.title} className="mb-5">
          <ServiceHistory istat={comune.istat} slug={service.slug} />
        </Section>
      ) : null}

      <Section headingId="milestones-title" title={m.service.milestonesTitle} className="mb-5">
        <MilestoneList
          items={data.milestones}
          istat={comune.istat}
          empty={m.service.noMilestones}
          showService={false}
        />
        <Link to={`/comuni/${comune.istat}/roadmap`}>{m.overview.roadmapLink}</Link>
      </Section>

      <CommentsSection
        comments={data.comments}
        istat={comune.istat}
        target={{ service: service.slug }}
        canComment={data.comments !== undefined}
        headingId="comments-title"
      />
    </Page>
  );
}

export default queryScreen(
  { istat: checkIstat, slug: checkSlug },
  (trpc, params) => trpc.services.get.queryOptions(params),
  ServicePageView,
);
