import { useI18n } from '../i18n/i18n';
import { CHANNELS, CHART_COLORS, ChannelPatterns, channelFill, useSvgId } from './symbols';
import { missingRuns, type TakeUpPoint } from './take-up-points';
import { takeUpLayout } from './take-up-scales';
import { tierClass } from './tick-tiers';

const TICK = { fontSize: 12, fill: '#5c6f82' } as const;
const percent = (value: number) => `${value}%`;

/**
 * The drawing of TakeUpChart, as a plain SVG: monthly bars stacked by channel (left axis), the
 * take-up line (right axis, 0–100%), the target as a dashed line and months without figures
 * shaded. No chart library, and no measuring: positions across are percents of the plot, so the
 * server's drawing is the browser's at any width (hydration changes nothing), the axes' labels
 * stand in the box's padding (the SVG's overflow shown) and the month labels that do not fit
 * a narrow box are hidden by its container query (tick-tiers.ts).
 */
export function TakeUpDrawing({ data, target }: { data: readonly TakeUpPoint[]; target: number | null }) {
  const { m, f } = useI18n();
  const idPrefix = useSvgId('takeup');
  const layout = takeUpLayout(data, (month) => f.month(month).length);
  const { plot, band, volume, share } = layout;
  const dot = data.length > 18 ? { r: 2, strokeWidth: 1.5 } : { r: 3, strokeWidth: 2 };
  return (
    <div className="chart-box chart-box-take-up" aria-hidden="true">
      <svg className="take-up-svg" width="100%" height={layout.height} focusable="false">
        <ChannelPatterns idPrefix={idPrefix} />
        {volume.ticks.map((tick) => (
          <g key={tick}>
            <line x1="0" x2="100%" y1={volume.y(tick)} y2={volume.y(tick)} stroke={CHART_COLORS.grid} />
            <text x="0" dx="-6" y={volume.y(tick) + 4} textAnchor="end" {...TICK}>
              {f.number(tick)}
            </text>
          </g>
        ))}
        {share.ticks.map((tick) => (
          <text key={tick} x="100%" dx="6" y={share.y(tick) + 4} {...TICK}>
            {f.percent(tick)}
          </text>
        ))}
        {missingRuns(data).map((run) => {
          const x = band.start(run.from);
          const right = band.start(run.to) + band.width;
          return (
            <g key={run.from}>
              <rect
                x={percent(x)}
                y={plot.top}
                width={percent(Math.round((right - x) * 10) / 10)}
                height={plot.bottom - plot.top}
                fill="#f2f4f6"
                stroke="#a6aeb6"
                strokeDasharray="3 3"
              />
              <text x={percent((x + right) / 2)} y={plot.top + 14} textAnchor="middle" fontSize={11} fill="#5c6f82">
                {m.charts.noData}
              </text>
            </g>
          );
        })}
        {layout.bars.map((bar) =>
          CHANNELS.map((channel) => {
            const part = bar[channel];
            return part === null ? null : (
              <rect
                key={`${bar.month}-${channel}`}
                x={percent(bar.x)}
                y={part.y}
                width={percent(bar.width)}
                height={part.height}
                fill={channelFill(idPrefix, channel)}
              />
            );
          }),
        )}
        <line x1="0" x2="100%" y1={plot.bottom} y2={plot.bottom} stroke="#5c6f82" />
        {layout.monthTicks.map((tick) => (
          <text
            key={tick.value}
            className={tierClass(tick.minWidth)}
            x={percent(band.center(tick.value))}
            y={plot.bottom + 18}
            textAnchor="middle"
            {...TICK}
          >
            {f.month(tick.value)}
          </text>
        ))}
        {/* The line in month units stretched across the plot; its stroke keeps its width. */}
        <svg
          width="100%"
          height={layout.height}
          viewBox={`0 0 ${layout.count} ${layout.height}`}
          preserveAspectRatio="none"
          overflow="visible"
        >
          {layout.lines.map((points) => (
            <polyline
              key={points}
              points={points}
              fill="none"
              stroke={CHART_COLORS.takeUp}
              strokeWidth={2}
              strokeLinejoin="round"
              vectorEffect="non-scaling-stroke"
            />
          ))}
        </svg>
        {layout.takeUpDots.map((point) => (
          <circle
            key={point.month}
            cx={percent(point.x)}
            cy={point.y}
            r={dot.r}
            fill="#ffffff"
            stroke={CHART_COLORS.takeUp}
            strokeWidth={dot.strokeWidth}
          />
        ))}
        {target === null ? null : (
          <line
            x1="0"
            x2="100%"
            y1={share.y(target)}
            y2={share.y(target)}
            stroke={CHART_COLORS.target}
            strokeWidth={2}
            strokeDasharray="6 4"
          />
        )}
      </svg>
    </div>
  );
}
