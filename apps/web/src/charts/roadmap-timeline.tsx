import type { MilestoneStatus } from '@switchoff/domain';
import { IconPaths } from '../components/icon';
import { STATUS_ICONS } from '../components/status-badge';
import { useI18n } from '../i18n/i18n';
import { ChartFrame, type ChartFrameOptions } from './chart-frame';
import type { TimelineMilestone } from './roadmap-milestone';
import { RoadmapTable } from './roadmap-table';
import { CHART_COLORS, ChartLegend } from './symbols';
import { tierClass } from './tick-tiers';
import { timeScale } from './time-scale';

type RoadmapTimelineProps = ChartFrameOptions & {
  data: readonly TimelineMilestone[];
  /** Today's date, drawn as a vertical line. */
  today: string;
};

/** The time line's symbols, in the legend's order; each is named by the message of the same key. */
const TIMELINE_SYMBOLS = ['baseline', 'planned', 'actual', 'today'] as const;
const ROW = 50;
const AXIS = 28;
const STATUS_COLOR: Record<MilestoneStatus, string> = {
  done: '#008055',
  done_late: '#4d6600',
  on_track: '#0066cc',
  at_risk: '#995c00',
  slipped: '#a34700',
  late: '#cc334d',
  not_started: '#5c6f82',
};

/** A date's place across the drawing: an SVG length in percent. */
const across = (percent: number) => `${percent}%`;

/**
 * Milestones on a time line: baseline (diamond) to planned (dot), actual when done (check). The
 * server draws it as the browser does, at any width: dates stand at percents of the box, the
 * milestones' names are text over the drawing cut by the style sheet (an ellipsis) and the month
 * labels that do not fit a narrow box are hidden by its container query (tick-tiers.ts).
 */
export function RoadmapTimeline({ data, today, ...frame }: RoadmapTimelineProps) {
  const { m, f } = useI18n();
  const done = data.filter((d) => d.status === 'done' || d.status === 'done_late').length;
  const late = data.filter((d) => d.status === 'late').length;
  const slipped = data.filter((d) => d.status === 'slipped').length;
  const summary =
    data.length === 0
      ? m.charts.roadmapEmpty
      : m.charts.roadmapSummary({
          total: f.number(data.length),
          late: f.number(late),
          slipped: f.number(slipped),
          done: f.number(done),
        });
  const dates = data.flatMap((d) => [d.baselineDate, d.plannedDate, ...(d.actualDate ? [d.actualDate] : [])]);
  const scale = timeScale([...dates, today]);
  const height = AXIS + data.length * ROW + 8;
  const legend = <ChartLegend items={TIMELINE_SYMBOLS.map((symbol) => ({ symbol, label: m.charts[symbol] }))} />;
  return (
    <ChartFrame
      frame={frame}
      title={m.charts.roadmapTitle}
      summary={summary}
      legend={legend}
      table={<RoadmapTable data={data} />}
    >
      <div className="roadmap-timeline">
        {data.length === 0 ? null : (
          <>
            <svg className="roadmap-svg" width="100%" height={height} role="presentation" focusable="false">
              {scale.ticks.map((tick) => (
                <g key={tick.value} className={tierClass(tick.minWidth)}>
                  <line
                    x1={across(scale.x(tick.value))}
                    x2={across(scale.x(tick.value))}
                    y1={AXIS - 6}
                    y2={height}
                    stroke={CHART_COLORS.grid}
                  />
                  <text x={across(scale.x(tick.value))} y={AXIS - 10} fontSize="12" textAnchor="middle" fill="#5c6f82">
                    {f.month(tick.value)}
                  </text>
                </g>
              ))}
              <line
                x1={across(scale.x(today))}
                x2={across(scale.x(today))}
                y1={AXIS - 6}
                y2={height}
                stroke={CHART_COLORS.late}
                strokeWidth="2"
                strokeDasharray="4 3"
              />
              {data.map((milestone, index) => {
                const top = AXIS + index * ROW;
                const y = top + 34;
                const xBase = across(scale.x(milestone.baselineDate));
                const xPlan = across(scale.x(milestone.plannedDate));
                return (
                  <g key={milestone.id} className={`timeline-row timeline-${milestone.status}`}>
                    <svg y={top + 4} width="16" height="16" viewBox="0 0 24 24" fill={STATUS_COLOR[milestone.status]}>
                      <IconPaths name={STATUS_ICONS[milestone.status]} />
                    </svg>
                    <line x1={xBase} x2={xPlan} y1={y} y2={y} stroke={STATUS_COLOR[milestone.status]} strokeWidth="3" />
                    <circle cx={xPlan} cy={y} r="4.5" fill={CHART_COLORS.online} />
                    {/* Symbols drawn around their date: a box of no size at it, its drawing overflowing. */}
                    <svg x={xBase} y={y} width="0" height="0" overflow="visible">
                      <path d="M0 -8 L8 0 L0 8 L-8 0 Z" fill="none" stroke="#5c6f82" strokeWidth="1.5" />
                    </svg>
                    {milestone.actualDate ? (
                      <svg x={across(scale.x(milestone.actualDate))} y={y} width="0" height="0" overflow="visible">
                        <circle r="6" fill={CHART_COLORS.target} />
                        <path d="M-3 0 L-1 2.5 L3 -2.5" stroke="#ffffff" strokeWidth="1.8" fill="none" />
                      </svg>
                    ) : null}
                  </g>
                );
              })}
            </svg>
            {data.map((milestone, index) => (
              <span
                key={milestone.id}
                className={`timeline-label timeline-label-${milestone.status}`}
                style={{ top: AXIS + index * ROW + 4 }}
              >
                {m.milestoneStatus[milestone.status]} · {milestone.title}
              </span>
            ))}
          </>
        )}
      </div>
    </ChartFrame>
  );
}
