import { Link } from 'react-router';
import type { ComuneOverview, OverviewService } from '../../api-types';
import { type Column, DataTable } from '../../charts/data-table';
import { useCategoryLabel } from '../../components/category';
import { LastMonth } from '../../components/freshness';
import { VisibilityMark } from '../../components/internal';
import { ReadinessVerdict, useMissingText } from '../../components/readiness';
import { Section } from '../../components/section';
import { serviceColumn } from '../../components/service-column';
import { StageSince } from '../../components/stage-badge';
import { useI18n } from '../../i18n/i18n';

/** The comune's services: stage, since when, take-up over 12 months, last month with figures. */
export function ServicesTable({ data }: { data: ComuneOverview }) {
  const { m, f } = useI18n();
  const categoryLabel = useCategoryLabel();
  const columns: Column<OverviewService>[] = [
    serviceColumn({
      header: m.overview.service,
      istat: data.comune.istat,
      details: (s) => (
        <>
          <span className="d-block small fw-normal text-muted">{categoryLabel(s.category)}</span>
          {s.visibility === 'internal' ? (
            <span className="d-block small fw-normal">
              <VisibilityMark visibility={s.visibility} />
            </span>
          ) : null}
        </>
      ),
    }),
    {
      key: 'stage',
      header: m.charts.stage,
      cell: (s) => <StageSince stage={s.stage} since={s.stageSince} className="d-block small text-muted" />,
    },
    { key: 'takeUp', header: m.portfolio.takeUp12, numeric: true, cell: (s) => f.ratio(s.takeUp) },
    {
      key: 'lastMonth',
      header: m.across.lastMonth,
      cell: (s) => <LastMonth lastMonth={s.lastMonth} stale={s.stale} />,
    },
  ];
  return (
    <DataTable caption={m.overview.servicesCaption} columns={columns} rows={data.services} rowKey={(s) => s.slug} />
  );
}

/** For each service not yet switched off: ready, or what is missing. */
export function ReadinessSection({ data }: { data: ComuneOverview }) {
  const { m, f } = useI18n();
  const missingText = useMissingText();
  const pending = data.services.filter((s) => s.readiness.status !== 'switched_off');
  const ready = pending.filter((s) => s.readiness.status === 'ready').length;
  return (
    <Section headingId="readiness-title" title={m.readiness.title} className="mb-5">
      <p>{m.readiness.lead}</p>
      {pending.length === 0 ? (
        <p>{m.readiness.allSwitchedOff}</p>
      ) : (
        <>
          <p className="fw-semibold">{m.readiness.readyCount({ ready, total: f.number(pending.length) })}</p>
          <ul className="readiness-summary list-unstyled">
            {pending.map((s) => {
              const missing = missingText(s.readiness);
              return (
                <li key={s.slug} className="readiness-summary-item">
                  <Link to={`/comuni/${data.comune.istat}/servizi/${s.slug}`} className="fw-semibold">
                    {s.name}
                  </Link>
                  <div>
                    <ReadinessVerdict readiness={s.readiness} />
                    {missing ? <span className="d-block small">{`${m.readiness.missing}: ${missing}`}</span> : null}
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Section>
  );
}
