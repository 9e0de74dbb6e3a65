import { useI18n } from '../i18n/i18n';
import { ChartFrame, type ChartFrameOptions } from './chart-frame';
import { CHANNELS, ChartLegend } from './symbols';
import { TakeUpDrawing } from './take-up-drawing';
import type { TakeUpPoint } from './take-up-points';
import { TakeUpTable } from './take-up-table';

type TakeUpChartProps = ChartFrameOptions & {
  data: readonly TakeUpPoint[];
  /** The comune's take-up target (0..1), drawn as a dashed line. */
  target: number | null;
  /** What the figures are about, for the table caption (a service, a comune). */
  subject: string;
};

/** Monthly transactions stacked by channel, with the take-up line and the target line. */
export function TakeUpChart({ data, target, subject, ...frame }: TakeUpChartProps) {
  const { m, f } = useI18n();
  const summary = summarize(data, target);
  const legend = (
    <ChartLegend
      items={[
        ...CHANNELS.map((channel) => ({ symbol: channel, label: m.channels[channel] })),
        { symbol: 'line', label: m.channels.takeUp },
        ...(target === null ? [] : [{ symbol: 'target' as const, label: `${m.channels.target} ${f.percent(target)}` }]),
      ]}
    />
  );

  function summarize(points: readonly TakeUpPoint[], goal: number | null): string {
    const first = points[0];
    const lastPoint = points[points.length - 1];
    const lastWithData = [...points].reverse().find((p) => p.takeUp !== null);
    if (!first || !lastPoint || !lastWithData) return m.charts.takeUpSummaryEmpty;
    const missing = points.filter((p) => p.online === null && p.assisted === null && p.paper === null).length;
    return m.charts.takeUpSummary({
      from: f.month(first.month),
      to: f.month(lastPoint.month),
      last: f.percent(lastWithData.takeUp),
      lastMonth: f.month(lastWithData.month),
      target: f.percent(goal),
      missing: missing === 0 ? m.charts.noMissing : f.number(missing),
    });
  }

  // The server draws the chart as the browser does (take-up-drawing.tsx): hydration keeps it.
  const table = <TakeUpTable data={data} caption={m.charts.takeUpCaption({ subject })} />;
  return (
    <ChartFrame frame={frame} title={m.charts.takeUpTitle} summary={summary} legend={legend} table={table}>
      <TakeUpDrawing data={data} target={target} />
    </ChartFrame>
  );
}
