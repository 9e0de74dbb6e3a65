import { STAGES } from '@switchoff/domain';
import { Link } from 'react-router';
import type { Portfolio, PortfolioComune } from '../../api-types';
import { type Column, DataTable } from '../../charts/data-table';
import { Icon } from '../../components/icon';
import { StageBadge } from '../../components/stage-badge';
import { useI18n } from '../../i18n/i18n';

/** The comuni of a consortium with their services, stages, take-up, late milestones and readiness. */
export function ComuniTable({ portfolio }: { portfolio: Portfolio }) {
  const { m, f } = useI18n();
  const columns: Column<PortfolioComune>[] = [
    {
      key: 'name',
      header: m.charts.comune,
      rowHeader: true,
      cell: (c) => (
        <>
          <Link to={`/comuni/${c.istat}`}>{c.name}</Link>
          <span className="d-block small fw-normal text-muted">
            {c.provinceCode} · {m.common.population.toLowerCase()} {f.number(c.population)}
          </span>
        </>
      ),
    },
    { key: 'services', header: m.portfolio.services, numeric: true, cell: (c) => f.number(c.services) },
    {
      key: 'stages',
      header: m.charts.stage,
      cell: (c) => (
        <ul className="list-unstyled mb-0 stage-count-list">
          {STAGES.filter((stage) => c.stageCounts[stage] > 0).map((stage) => (
            <li key={stage}>
              <StageBadge stage={stage} compact /> {f.number(c.stageCounts[stage])}
            </li>
          ))}
        </ul>
      ),
    },
    { key: 'takeUp', header: m.portfolio.takeUp12, numeric: true, cell: (c) => f.ratio(c.takeUp) },
    { key: 'late', header: m.portfolio.late, numeric: true, cell: (c) => f.number(c.lateMilestones) },
    { key: 'slipped', header: m.portfolio.slipped, numeric: true, cell: (c) => f.number(c.slippedMilestones) },
    {
      key: 'slippage',
      header: m.portfolio.slippageColumn,
      numeric: true,
      cell: (c) => m.portfolio.slippage({ days: c.slippageDays, replans: c.replans }),
    },
    { key: 'ready', header: m.portfolio.ready, numeric: true, cell: (c) => f.number(c.readyServices) },
    {
      key: 'stale',
      header: m.freshness.column,
      numeric: true,
      cell: (c) =>
        c.staleServices > 0 ? (
          <span className="stale-count">
            <Icon name="it-warning-circle" size="xs" />
            {f.number(c.staleServices)}
          </span>
        ) : (
          f.number(0)
        ),
    },
  ];
  return (
    <DataTable caption={m.portfolio.tableCaption} columns={columns} rows={portfolio.comuni} rowKey={(c) => c.istat} />
  );
}
