import { useSlippageText } from '../components/slippage';
import { StatusBadge } from '../components/status-badge';
import { useI18n } from '../i18n/i18n';
import { DataTable, Gap } from './data-table';
import type { TimelineMilestone } from './roadmap-milestone';

/** The data of the roadmap time line: one row per milestone, with its dates and slippage. */
export function RoadmapTable({ data }: { data: readonly TimelineMilestone[] }) {
  const { m, f } = useI18n();
  const slippage = useSlippageText();
  return (
    <DataTable
      caption={m.charts.roadmapCaption}
      rows={data}
      rowKey={(row) => String(row.id)}
      columns={[
        { key: 'title', header: m.charts.milestone, rowHeader: true, cell: (row) => row.title },
        { key: 'status', header: m.charts.status, cell: (row) => <StatusBadge status={row.status} /> },
        { key: 'baseline', header: m.charts.baseline, nowrap: true, cell: (row) => f.date(row.baselineDate) },
        { key: 'planned', header: m.charts.planned, nowrap: true, cell: (row) => f.date(row.plannedDate) },
        {
          key: 'actual',
          header: m.charts.actual,
          cell: (row) => (row.actualDate ? f.date(row.actualDate) : <Gap label={m.common.notAvailable} />),
        },
        { key: 'slippage', header: m.charts.slippage, cell: (row) => slippage(row.slippageDays) },
      ]}
    />
  );
}
