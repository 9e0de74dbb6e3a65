import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { ChartFrame } from './chart-frame';
import { CHART_COLORS, ChannelPatterns, ChartLegend, channelFill, useSvgId } from './symbols';
import { TakeUpTable } from './take-up-table';

/** One month of figures; null fields are a month without figures (a gap, never a zero). */
export type TakeUpPoint = {
  month: string;
  online: number | null;
  assisted: number | null;
  paper: number | null;
  takeUp: number | null;
};

type TakeUpChartProps = {
  data: readonly TakeUpPoint[];
  /** The comune's take-up target (0..1), drawn as a dashed line. */
  target: number | null;
  /** What the figures are about, for the table caption (a service, a comune). */
  subject: string;
  title?: string;
  headingLevel?: 2 | 3;
  controls?: ReactNode;
};

/** Runs of consecutive months without figures, shaded so a gap never reads as a zero. */
export function missingRuns(points: readonly TakeUpPoint[]): { from: string; to: string }[] {
  const runs: { from: string; to: string }[] = [];
  let current: { from: string; to: string } | null = null;
  for (const point of points) {
    const missing = point.online === null && point.assisted === null && point.paper === null;
    if (missing) {
      current = current ? { from: current.from, to: point.month } : { from: point.month, to: point.month };
    } else if (current) {
      runs.push(current);
      current = null;
    }
  }
  if (current) runs.push(current);
  return runs;
}

/** Monthly transactions stacked by channel, with the take-up line and the target line. */
export function TakeUpChart({ data, target, subject, title, headingLevel, controls }: TakeUpChartProps) {
  const { m, f } = useI18n();
  const idPrefix = useSvgId('takeup');
  const summary = summarize(data, target);
  const legend = (
    <ChartLegend
      items={[
        { symbol: 'online', label: m.channels.online },
        { symbol: 'assisted', label: m.channels.assisted },
        { symbol: 'paper', label: m.channels.paper },
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

  return (
    <ChartFrame
      title={title ?? m.charts.takeUpTitle}
      summary={summary}
      legend={legend}
      headingLevel={headingLevel}
      controls={controls}
      table={<TakeUpTable data={data} caption={m.charts.takeUpCaption(subject)} />}
    >
      <div className="chart-box chart-box-take-up">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 320 }}>
          <ComposedChart data={[...data]} margin={{ top: 8, right: 4, bottom: 4, left: 4 }} accessibilityLayer={false}>
            <ChannelPatterns idPrefix={idPrefix} />
            <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
            <XAxis dataKey="month" tickFormatter={(value: string) => f.month(value)} tick={{ fontSize: 12 }} minTickGap={12} />
            <YAxis
              yAxisId="volume"
              tickFormatter={(value: number) => f.number(value)}
              tick={{ fontSize: 12 }}
              width={48}
              allowDecimals={false}
            />
            <YAxis
              yAxisId="share"
              orientation="right"
              domain={[0, 1]}
              ticks={[0, 0.25, 0.5, 0.75, 1]}
              tickFormatter={(value: number) => f.percent(value)}
              tick={{ fontSize: 12 }}
              width={44}
            />
            {missingRuns(data).map((run) => (
              <ReferenceArea
                key={run.from}
                yAxisId="volume"
                x1={run.from}
                x2={run.to}
                fill="#f2f4f6"
                stroke="#a6aeb6"
                strokeDasharray="3 3"
                label={{ value: m.charts.noData, position: 'insideTop', fontSize: 11, fill: '#5c6f82' }}
              />
            ))}
            <Bar yAxisId="volume" dataKey="online" stackId="channels" fill={channelFill(idPrefix, 'online')} isAnimationActive={false} />
            <Bar yAxisId="volume" dataKey="assisted" stackId="channels" fill={channelFill(idPrefix, 'assisted')} isAnimationActive={false} />
            <Bar yAxisId="volume" dataKey="paper" stackId="channels" fill={channelFill(idPrefix, 'paper')} isAnimationActive={false} />
            <Line
              yAxisId="share"
              dataKey="takeUp"
              stroke={CHART_COLORS.takeUp}
              strokeWidth={2}
              dot={{ r: data.length > 18 ? 2 : 3, fill: '#ffffff', strokeWidth: data.length > 18 ? 1.5 : 2 }}
              connectNulls={false}
              isAnimationActive={false}
            />
            {target === null ? null : (
              <ReferenceLine
                yAxisId="share"
                y={target}
                stroke={CHART_COLORS.target}
                strokeWidth={2}
                strokeDasharray="6 4"
                ifOverflow="extendDomain"
              />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </ChartFrame>
  );
}
