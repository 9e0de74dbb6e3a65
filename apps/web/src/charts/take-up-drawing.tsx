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
import { useI18n } from '../i18n/i18n';
import { CHANNELS, CHART_COLORS, ChannelPatterns, channelFill, useSvgId } from './symbols';
import { missingRuns, type TakeUpPoint } from './take-up-points';

/**
 * The drawing of TakeUpChart (recharts), in a chunk of its own: the chart's title, summary,
 * legend and table show at once, and the drawing when this chunk (recharts, ~120 KB gz) arrives.
 */
export default function TakeUpDrawing({ data, target }: { data: readonly TakeUpPoint[]; target: number | null }) {
  const { m, f } = useI18n();
  const idPrefix = useSvgId('takeup');
  return (
    <div className="chart-box chart-box-take-up" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 320 }}>
        <ComposedChart data={[...data]} margin={{ top: 8, right: 4, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <ChannelPatterns idPrefix={idPrefix} />
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis
            dataKey="month"
            tickFormatter={(value: string) => f.month(value)}
            tick={{ fontSize: 12 }}
            minTickGap={12}
          />
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
          {CHANNELS.map((channel) => (
            <Bar
              key={channel}
              yAxisId="volume"
              dataKey={channel}
              stackId="channels"
              fill={channelFill(idPrefix, channel)}
              isAnimationActive={false}
            />
          ))}
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
  );
}
