import type { RouterOutputs } from '@switchoff/api';
import { daysBetween } from '@switchoff/domain';
import type { ReactNode } from 'react';
import { type Column, DataTable } from '../../charts/data-table';
import { LastMonth } from '../../components/freshness';
import { VisibilityMark } from '../../components/internal';
import { ReadinessVerdict, useMissingText } from '../../components/readiness';
import { Section } from '../../components/section';
import { serviceColumn } from '../../components/service-column';
import { useSlippageText } from '../../components/slippage';
import { StageBadge } from '../../components/stage-badge';
import { StatusBadge } from '../../components/status-badge';
import { TransitionKindLabel } from '../../components/transition-kind';
import { useI18n } from '../../i18n/i18n';

export type CouncilReport = RouterOutputs['reports']['council'];
type ReportService = CouncilReport['services'][number];
type ReportMilestone = CouncilReport['milestones']['late'][number];
type StageChange = ReportService['changes'][number] & { service: ReportService };

/** The stage of each service at the start and at the end of the period, and its figures' freshness. */
export function StagesTable({ report, period }: { report: CouncilReport; period: string }) {
  const { m } = useI18n();
  const columns: Column<ReportService>[] = [
    serviceColumn({
      header: m.report.service,
      istat: report.comune.istat,
      details: (s) => (
        <>
          {' '}
          <VisibilityMark visibility={s.visibility} />
        </>
      ),
    }),
    { key: 'start', header: m.report.atStart, cell: (s) => <StageBadge stage={s.stageAtStart} /> },
    {
      key: 'end',
      header: m.report.atEnd,
      cell: (s) => (
        <>
          <StageBadge stage={s.stageAtEnd} />
          <span className="d-block small text-muted">
            {s.stageAtEnd === s.stageAtStart ? m.report.unchanged : m.report.changed}
          </span>
        </>
      ),
    },
    { key: 'figures', header: m.report.figures, cell: (s) => <LastMonth lastMonth={s.lastMonth} stale={s.stale} /> },
  ];
  return (
    <DataTable
      caption={m.report.stagesCaption({ period })}
      columns={columns}
      rows={report.services}
      rowKey={(s) => s.slug}
      className="report-table"
    />
  );
}

/** Every stage change that took effect in the period, oldest first, with its reason; reverts marked. */
export function ChangesTable({ report }: { report: CouncilReport }) {
  const { m, f } = useI18n();
  const changes: StageChange[] = report.services
    .flatMap((service) => service.changes.map((change) => ({ ...change, service })))
    .sort((a, b) =>
      a.effectiveDate < b.effectiveDate
        ? -1
        : a.effectiveDate > b.effectiveDate
          ? 1
          : a.service.name.localeCompare(b.service.name),
    );
  if (changes.length === 0) return <p>{m.report.changesEmpty}</p>;
  const stageLabel = (stage: ReportService['stageAtStart']) => (stage ? m.stages[stage].label : m.stages.none.label);
  const columns: Column<StageChange>[] = [
    { key: 'date', header: m.report.date, nowrap: true, cell: (c) => f.date(c.effectiveDate) },
    { key: 'service', header: m.report.service, rowHeader: true, cell: (c) => c.service.name },
    {
      key: 'change',
      header: m.report.change,
      cell: (c) => (
        <>
          <StageBadge stage={c.stage} />
          <span className="d-block small">
            {m.report.changeText({ from: stageLabel(c.from), to: stageLabel(c.stage) })}
          </span>
        </>
      ),
    },
    {
      key: 'kind',
      header: m.report.kind,
      cell: (c) => <TransitionKindLabel kind={c.kind} />,
    },
    { key: 'reason', header: m.report.reason, cell: (c) => c.reason || <em>{m.report.noReason}</em> },
  ];
  return (
    <DataTable
      caption={m.report.changesCaption}
      columns={columns}
      rows={changes}
      rowKey={(c) => `${c.service.slug}-${c.effectiveDate}-${c.stage}`}
      rowClassName={(c) => (c.kind === 'revert' ? 'row-revert' : undefined)}
      className="report-table"
    />
  );
}

function MilestoneTitle({ milestone }: { milestone: ReportMilestone }) {
  return (
    <>
      {milestone.title} <VisibilityMark visibility={milestone.visibility} />
      {milestone.service ? <span className="d-block small fw-normal">{milestone.service.name}</span> : null}
    </>
  );
}

function Replans({ milestone }: { milestone: ReportMilestone }) {
  const { m, f } = useI18n();
  if (milestone.replans.length === 0) return <span className="text-muted">{m.report.noReplans}</span>;
  return (
    <ul className="list-unstyled mb-0 small">
      {milestone.replans.map((r) => (
        <li key={r.number}>
          {r.kind === 'annulment' ? `${m.report.annulment} ` : null}
          {m.report.replanLine({
            at: f.date(r.changedAt),
            from: f.date(r.previousDate),
            to: f.date(r.plannedDate),
            reason: r.reason || m.report.noReason,
          })}
          {r.annulledBy !== null ? ` ${m.report.annulled}` : null}
        </li>
      ))}
    </ul>
  );
}

/** Milestones done in the period, late and slipped today (with re-plans and reasons), and the next ones. */
export function MilestoneTables({ report }: { report: CouncilReport }) {
  const { m, f } = useI18n();
  const slippage = useSlippageText();
  const { done, late, slipped, next } = report.milestones;
  const title: Column<ReportMilestone> = {
    key: 'title',
    header: m.report.milestone,
    rowHeader: true,
    cell: (x) => <MilestoneTitle milestone={x} />,
  };
  const doneColumns: Column<ReportMilestone>[] = [
    title,
    { key: 'actual', header: m.report.reachedOn, nowrap: true, cell: (x) => f.date(x.actualDate) },
    { key: 'slippage', header: m.charts.slippage, cell: (x) => slippage(x.slippageDays) },
  ];
  const lateColumns: Column<ReportMilestone>[] = [
    title,
    {
      key: 'planned',
      header: m.report.plannedFor,
      cell: (x) => (
        <>
          <span className="text-nowrap">{f.date(x.plannedDate)}</span>
          <span className="d-block small">
            {m.report.overdue({ days: f.number(Math.max(0, daysBetween(x.plannedDate, report.today))) })}
          </span>
        </>
      ),
    },
    { key: 'baseline', header: m.report.firstAgreed, nowrap: true, cell: (x) => f.date(x.baselineDate) },
    { key: 'progress', header: m.report.progress, numeric: true, cell: (x) => f.percent(x.progress / 100) },
    { key: 'replans', header: m.report.replans, cell: (x) => <Replans milestone={x} /> },
  ];
  const slippedColumns: Column<ReportMilestone>[] = [
    title,
    { key: 'planned', header: m.report.plannedFor, nowrap: true, cell: (x) => f.date(x.plannedDate) },
    { key: 'baseline', header: m.report.firstAgreed, nowrap: true, cell: (x) => f.date(x.baselineDate) },
    { key: 'slippage', header: m.charts.slippage, cell: (x) => slippage(x.slippageDays) },
    { key: 'replans', header: m.report.replans, cell: (x) => <Replans milestone={x} /> },
  ];
  const nextColumns: Column<ReportMilestone>[] = [
    title,
    { key: 'planned', header: m.report.plannedFor, nowrap: true, cell: (x) => f.date(x.plannedDate) },
    { key: 'status', header: m.charts.status, cell: (x) => <StatusBadge status={x.status} /> },
    { key: 'progress', header: m.report.progress, numeric: true, cell: (x) => f.percent(x.progress / 100) },
    { key: 'replans', header: m.report.replans, cell: (x) => <Replans milestone={x} /> },
  ];
  const block = (
    id: string,
    heading: string,
    caption: string,
    empty: string,
    rows: ReportMilestone[],
    columns: Column<ReportMilestone>[],
  ) => (
    <Section
      headingId={id}
      title={
        <>
          {heading} ({f.number(rows.length)})
        </>
      }
      level={3}
      headingClassName="h4"
      className="report-subsection"
    >
      {rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <DataTable
          caption={caption}
          columns={columns}
          rows={rows}
          rowKey={(x) => String(x.id)}
          className="report-table"
        />
      )}
    </Section>
  );
  return (
    <>
      {block('report-done-title', m.report.doneTitle, m.report.doneCaption, m.report.doneEmpty, done, doneColumns)}
      {block('report-late-title', m.report.lateTitle, m.report.lateCaption, m.report.lateEmpty, late, lateColumns)}
      {block(
        'report-slipped-title',
        m.report.slippedTitle,
        m.report.slippedCaption,
        m.report.slippedEmpty,
        slipped,
        slippedColumns,
      )}
      {block('report-next-title', m.report.nextTitle, m.report.nextCaption, m.report.nextEmpty, next, nextColumns)}
    </>
  );
}

/** The services not yet digital only: ready to switch off, or what is missing. */
export function ReadinessTable({ report }: { report: CouncilReport }) {
  const { m } = useI18n();
  const missingText = useMissingText();
  const pending = report.services.filter((s) => s.readiness.status !== 'switched_off');
  if (pending.length === 0) return <p>{m.readiness.allSwitchedOff}</p>;
  const columns: Column<ReportService>[] = [
    { key: 'service', header: m.report.service, rowHeader: true, cell: (s) => s.name },
    { key: 'stage', header: m.charts.stage, cell: (s) => <StageBadge stage={s.stageAtEnd} /> },
    { key: 'verdict', header: m.report.verdict, cell: (s) => <ReadinessVerdict readiness={s.readiness} /> },
    { key: 'missing', header: m.report.missing, cell: (s) => missingText(s.readiness) ?? m.report.nothingMissing },
  ];
  return (
    <DataTable
      caption={m.report.readinessCaption}
      columns={columns}
      rows={pending}
      rowKey={(s) => s.slug}
      className="report-table"
    />
  );
}

/** One of the report's numbered parts: its heading keeps the report's own look, not the screens' `h3`. */
export function ReportSection({
  headingId,
  title,
  children,
}: {
  headingId: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <Section headingId={headingId} title={title} headingClassName={null} className="report-section">
      {children}
    </Section>
  );
}
