import { type AppMessage, readToken, reportPeriodIssues, todayIso } from '@switchoff/domain';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { TakeUpChart } from '../../charts/take-up-chart';
import { TakeUpTable } from '../../charts/take-up-table';
import { Icon } from '../../components/icon';
import { IllustrativeNotice } from '../../components/illustrative-notice';
import { KeyFigures } from '../../components/key-figure';
import { QueryState } from '../../components/query-state';
import { FieldError } from '../../forms/field-parts';
import { useI18n } from '../../i18n/i18n';
import { Breadcrumbs } from '../../layout/breadcrumbs';
import { useDocumentTitle } from '../../layout/document-title';
import { useTRPC } from '../../trpc';
import { checkedScreen } from '../checked-params';
import { checkIstat } from '../params';
import {
  ChangesTable,
  type CouncilReport,
  MilestoneTables,
  ReadinessTable,
  ReportSection,
  StagesTable,
} from './report-sections';
import { RunningHead } from './running-head';

/** The period as the address gives it: `?da=2023-07&a=2024-06` (either may be left out). */
type PeriodParams = { from?: string; to?: string };
type PeriodErrors = { from?: AppMessage[]; to?: AppMessage[] };

/** The API's refusals of the period, without zod: a public page loads no form schema. */
function checkPeriod(period: PeriodParams, today: string): PeriodErrors | null {
  const issues = reportPeriodIssues(period, today);
  if (issues.length === 0) return null;
  const errors: PeriodErrors = {};
  for (const issue of issues) {
    const key = issue.path[0] === 'to' ? 'to' : 'from';
    errors[key] = [...(errors[key] ?? []), readToken(issue.message)];
  }
  return errors;
}

/** Choose the months of the report (screen only) and print it. */
function ReportControls({
  istat,
  period,
  errors,
  printable,
}: {
  istat: string;
  period: { from: string; to: string };
  errors: PeriodErrors | null;
  printable: boolean;
}) {
  const { m } = useI18n();
  const id = useId();
  const navigate = useNavigate();
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = new URLSearchParams();
    if (from) query.set('da', from);
    if (to) query.set('a', to);
    void navigate(`/comuni/${istat}/relazione${query.size ? `?${query.toString()}` : ''}`);
  };
  const field = (key: 'from' | 'to', value: string, set: (v: string) => void) => {
    const fieldId = `${id}-${key}`;
    const fieldErrors = errors?.[key];
    return (
      <div className="so-field report-month">
        <label htmlFor={fieldId} className="form-label fw-semibold d-block">
          {m.report[key]}
        </label>
        <input
          id={fieldId}
          type="month"
          className={`form-control${fieldErrors ? ' is-invalid' : ''}`}
          value={value}
          min="2000-01"
          placeholder="2024-06"
          aria-describedby={`${id}-hint${fieldErrors ? ` ${fieldId}-error` : ''}`}
          aria-invalid={fieldErrors ? true : undefined}
          onChange={(event) => set(event.target.value)}
        />
        <FieldError id={fieldId} errors={fieldErrors} />
      </div>
    );
  };
  return (
    <section className="report-controls no-print mb-4" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="h5">
        {m.report.controlsTitle}
      </h2>
      <form onSubmit={submit} className="report-period" noValidate>
        {field('from', from, setFrom)}
        {field('to', to, setTo)}
        <button type="submit" className="btn btn-outline-primary">
          {m.report.update}
        </button>
      </form>
      <p id={`${id}-hint`} className="small mb-2">
        {m.report.monthHint} · <Link to={`/comuni/${istat}/relazione`}>{m.report.defaultPeriod}</Link>
      </p>
      {printable ? (
        <>
          <button type="button" className="btn btn-primary" onClick={() => window.print()}>
            <Icon name="it-print" size="sm" className="icon-white me-1" />
            {m.report.print}
          </button>
          <p className="small mt-2 mb-0">{m.report.printHint}</p>
        </>
      ) : null}
    </section>
  );
}

/** The printable council report of a comune for a period: stages and changes, take-up, milestones, readiness. */
export function CouncilReportView({ report }: { report: CouncilReport }) {
  const { m, f } = useI18n();
  const { comune, period } = report;
  const periodText = m.report.period({ from: f.monthLong(period.from), to: f.monthLong(period.to) });
  useDocumentTitle(m.report.documentTitle({ comune: comune.name, period: periodText }));
  const internal = comune.version !== undefined;
  const total = report.services.length;
  const changes = report.services.flatMap((s) => s.changes);
  const reverts = changes.filter((c) => c.kind === 'revert').length;
  const advances = changes.filter((c) => c.kind === 'advance').length;
  return (
    <div className="container my-4">
      <div className="no-print">
        <Breadcrumbs
          trail={[
            { label: comune.consortium.name, to: `/consorzi/${comune.consortium.slug}` },
            { label: comune.name, to: `/comuni/${comune.istat}` },
            { label: m.report.breadcrumb },
          ]}
        />
      </div>
      <article className="council-report" aria-labelledby="report-title">
        <RunningHead text={m.report.runningHead({ comune: comune.name, period: periodText })} />
        <header className="report-header">
          <p className="report-kicker">{m.report.kicker}</p>
          <h1 id="report-title">{m.report.title({ comune: comune.name })}</h1>
          <p className="report-period-line">{m.report.periodLine({ period: periodText })}</p>
          <p className="small mb-1">
            {m.common.province} {comune.provinceCode} · {m.common.population} {f.number(comune.population)} ·{' '}
            {m.overview.consortium} {comune.consortium.name} · {m.overview.target} {f.percent(comune.takeUpTarget)}
          </p>
          <p className="small mb-0">
            {m.report.preparedOn({ date: f.date(report.today) })} · {m.common.asOf({ month: f.monthLong(report.asOf) })}
          </p>
          {internal ? (
            <p className="report-internal">
              <Icon name="it-locked" size="xs" className="me-1" />
              {m.report.internalNotice}
            </p>
          ) : null}
        </header>

        <ReportControls
          key={`${period.from}-${period.to}`}
          istat={comune.istat}
          period={period}
          errors={null}
          printable
        />
        <IllustrativeNotice show={comune.figuresIllustrative} />

        <ReportSection headingId="report-summary-title" title={m.report.summaryTitle}>
          <KeyFigures
            className="mb-3 report-keys"
            figures={[
              {
                label: m.report.keySwitchedOff,
                value: m.report.keySwitchedOffValue({
                  end: f.number(report.stageCounts.end.switched_off),
                  total: f.number(total),
                }),
                hint: m.report.keySwitchedOffHint({ start: f.number(report.stageCounts.start.switched_off) }),
              },
              {
                label: m.report.keyTakeUp,
                value: f.ratio(report.takeUp),
                hint: m.report.keyTakeUpHint({ previous: f.ratio(report.takeUpPrevious) }),
              },
              { label: m.report.keyDone, value: f.number(report.milestones.done.length) },
              { label: m.report.keyLate, value: f.number(report.milestones.late.length) },
              {
                label: m.report.keySlipped,
                value: f.number(report.milestones.slipped.length),
                hint: m.portfolio.slippage({
                  days: report.milestones.slippageDays,
                  replans: report.milestones.replans,
                }),
              },
            ]}
          />
          <p>
            {m.report.summary({
              changes: changes.length,
              advances,
              reverts,
              done: report.milestones.done.length,
              late: report.milestones.late.length,
            })}
          </p>
        </ReportSection>

        <ReportSection headingId="report-stages-title" title={m.report.stagesTitle}>
          <p>{m.report.stagesLead}</p>
          <StagesTable report={report} period={periodText} />
          <h3 id="report-changes-title" className="h4">
            {m.report.changesTitle}
          </h3>
          <ChangesTable report={report} />
        </ReportSection>

        <ReportSection headingId="report-take-up-title" title={m.report.takeUpTitle}>
          <p>{m.report.takeUpLead}</p>
          <TakeUpChart
            data={report.trend}
            target={comune.takeUpTarget}
            subject={comune.name}
            title={m.report.takeUpChartTitle}
            headingLevel={3}
          />
          <div className="report-take-up-table">
            <TakeUpTable
              data={report.trend}
              caption={m.report.takeUpTableCaption({ comune: comune.name, period: periodText })}
            />
          </div>
        </ReportSection>

        <ReportSection headingId="report-milestones-title" title={m.report.milestonesTitle}>
          <MilestoneTables report={report} />
        </ReportSection>

        <ReportSection headingId="report-readiness-title" title={m.report.readinessTitle}>
          <p>{m.report.readinessLead}</p>
          <ReadinessTable report={report} />
        </ReportSection>

        <footer className="report-footer small">
          <p className="mb-0">{m.report.footer}</p>
        </footer>
      </article>
    </div>
  );
}

function CouncilReportLoader({ istat, period }: { istat: string; period: PeriodParams }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.reports.council.queryOptions({ istat, ...period }));
  return <QueryState query={query}>{(report) => <CouncilReportView report={report} />}</QueryState>;
}

/** A period the address gives that cannot be reported: say why, and let the person choose another. */
function InvalidPeriod({ istat, period, errors }: { istat: string; period: PeriodParams; errors: PeriodErrors }) {
  const { m } = useI18n();
  useDocumentTitle(m.report.invalidPeriod);
  return (
    <div className="container my-4">
      <Breadcrumbs trail={[{ label: m.report.breadcrumb }]} />
      <h1>{m.report.invalidPeriod}</h1>
      <ReportControls
        istat={istat}
        period={{ from: period.from ?? '', to: period.to ?? '' }}
        errors={errors}
        printable={false}
      />
    </div>
  );
}

/** `/comuni/:istat/relazione?da=YYYY-MM&a=YYYY-MM`: the council report (default: the last 12 complete months). */
export default checkedScreen({ istat: checkIstat }, CouncilReportOfPeriod);

/** The report of the period in the address, or the period's form saying what is wrong with it. */
function CouncilReportOfPeriod({ istat }: { istat: string }) {
  const [search] = useSearchParams();
  const period: PeriodParams = {
    ...(search.get('da') ? { from: search.get('da') ?? '' } : {}),
    ...(search.get('a') ? { to: search.get('a') ?? '' } : {}),
  };
  const errors = checkPeriod(period, todayIso());
  if (errors)
    return <InvalidPeriod key={`${period.from}-${period.to}`} istat={istat} period={period} errors={errors} />;
  return <CouncilReportLoader istat={istat} period={period} />;
}
