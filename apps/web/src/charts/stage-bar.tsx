import { STAGES, type Stage } from '@switchoff/domain';
import { Icon } from '../components/icon';
import { STAGE_ICONS } from '../components/stage-badge';
import { useI18n } from '../i18n/i18n';
import { ChartFrame, type ChartFrameOptions } from './chart-frame';
import { DataTable } from './data-table';

type StageBarProps = ChartFrameOptions & {
  /** How many services sit at each stage. */
  counts: Record<Stage, number>;
  subject: string;
};

/** Services per stage as one stacked bar; each segment has its own pattern, icon and count. */
export function StageBar({ counts, subject, ...frame }: StageBarProps) {
  const { m, f } = useI18n();
  const total = STAGES.reduce((sum, stage) => sum + counts[stage], 0);
  const summary = m.charts.stageBarSummary({
    total: f.number(total),
    switchedOff: f.number(counts.switched_off),
    paper: f.number(counts.paper),
  });
  const rows = STAGES.map((stage) => ({ stage, count: counts[stage] }));
  const table = (
    <DataTable
      grid
      caption={m.charts.stageBarCaption({ subject })}
      rows={rows}
      rowKey={(row) => row.stage}
      columns={[
        { key: 'stage', header: m.charts.stage, rowHeader: true, cell: (row) => m.stages[row.stage].label },
        { key: 'count', header: m.charts.services, numeric: true, cell: (row) => f.number(row.count) },
        {
          key: 'share',
          header: '%',
          numeric: true,
          cell: (row) => (total === 0 ? f.notAvailable : f.percent(row.count / total)),
        },
      ]}
    />
  );
  const legend = (
    <ul className="chart-legend list-unstyled d-flex flex-wrap gap-3 mb-2">
      {rows.map((row) => (
        <li key={row.stage} className="d-flex align-items-center gap-1">
          <span className={`stage-swatch stage-fill-${row.stage}`} aria-hidden="true" />
          <Icon name={STAGE_ICONS[row.stage]} size="xs" />
          <span>
            {m.stages[row.stage].short} – {m.stages[row.stage].label}: <strong>{f.number(row.count)}</strong>
          </span>
        </li>
      ))}
    </ul>
  );
  return (
    <ChartFrame frame={frame} title={m.charts.stageBarTitle} summary={summary} table={table} legend={legend}>
      <div className="stage-bar" data-total={total}>
        {rows
          .filter((row) => row.count > 0)
          .map((row) => (
            <div
              key={row.stage}
              className={`stage-bar-segment stage-fill-${row.stage}`}
              style={{ flexGrow: row.count }}
            >
              <span className="stage-bar-label">
                {m.stages[row.stage].short} {f.number(row.count)}
              </span>
            </div>
          ))}
      </div>
    </ChartFrame>
  );
}
