import type { Ratio } from '../format';
import { useI18n } from '../i18n/i18n';
import { ChartFrame, type ChartFrameOptions } from './chart-frame';
import { DataTable, Gap } from './data-table';
import { ChartLegend } from './symbols';

/** One bar: a comune (or a service) and its take-up over a period. */
export type TakeUpBar = { key: string; label: string; takeUp: Ratio; target?: number | null };

type TakeUpBarsProps = ChartFrameOptions & {
  data: readonly TakeUpBar[];
  caption?: string;
  /** Header of the first column of the table. */
  labelHeader?: string;
};

/** Horizontal bars of take-up, value written at the end, target marked with a dashed tick. */
export function TakeUpBars({ data, caption, labelHeader, ...frame }: TakeUpBarsProps) {
  const { m, f } = useI18n();
  const measured = data.filter((bar) => bar.takeUp !== null);
  const sorted = [...measured].sort((a, b) => (b.takeUp?.value ?? 0) - (a.takeUp?.value ?? 0));
  const best = sorted[0];
  const worst = sorted[sorted.length - 1];
  const summary =
    best && worst
      ? m.charts.takeUpBarsSummary({
          best: best.label,
          bestValue: f.ratio(best.takeUp),
          worst: worst.label,
          worstValue: f.ratio(worst.takeUp),
        })
      : m.charts.takeUpBarsEmpty;
  const hasTarget = data.some((bar) => bar.target !== undefined && bar.target !== null);
  const table = (
    <DataTable
      grid
      caption={caption ?? m.charts.takeUpBarsCaption}
      rows={data}
      rowKey={(bar) => bar.key}
      columns={[
        { key: 'label', header: labelHeader ?? m.charts.comune, rowHeader: true, cell: (bar) => bar.label },
        {
          key: 'takeUp',
          header: m.measures.takeUp,
          numeric: true,
          cell: (bar) => (bar.takeUp === null ? <Gap label={m.common.notAvailable} /> : f.ratio(bar.takeUp)),
        },
        {
          key: 'n',
          header: m.measures.transactions,
          numeric: true,
          cell: (bar) => f.number(bar.takeUp?.n ?? null),
        },
        ...(hasTarget
          ? [
              {
                key: 'target',
                header: m.channels.target,
                numeric: true,
                cell: (bar: TakeUpBar) => f.percent(bar.target),
              },
            ]
          : []),
      ]}
    />
  );
  const legend = hasTarget ? <ChartLegend items={[{ symbol: 'target', label: m.channels.target }]} /> : null;
  return (
    <ChartFrame frame={frame} title={m.charts.takeUpBarsTitle} summary={summary} table={table} legend={legend}>
      <ul className="take-up-bars list-unstyled mb-2">
        {data.map((bar) => (
          <li key={bar.key} className="take-up-bar">
            <span className="take-up-bar-label">{bar.label}</span>
            <span className="take-up-bar-track">
              {bar.takeUp === null ? null : (
                <span className="take-up-bar-fill" style={{ width: `${Math.min(100, bar.takeUp.value * 100)}%` }} />
              )}
              {bar.target === undefined || bar.target === null ? null : (
                <span className="take-up-bar-target" style={{ left: `${bar.target * 100}%` }} />
              )}
            </span>
            <span className="take-up-bar-value">{f.ratio(bar.takeUp)}</span>
          </li>
        ))}
      </ul>
    </ChartFrame>
  );
}
