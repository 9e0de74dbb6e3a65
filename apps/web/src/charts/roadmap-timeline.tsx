import type { MilestoneStatus } from '@switchoff/domain';
import type { ReactNode } from 'react';
import spritesUrl from '../components/sprites.svg?url';
import { STATUS_ICONS } from '../components/status-badge';
import { useI18n } from '../i18n/i18n';
import { ChartFrame } from './chart-frame';
import type { TimelineMilestone } from './roadmap-milestone';
import { RoadmapTable } from './roadmap-table';
import { CHART_COLORS, ChartLegend } from './symbols';
import { timeScale } from './time-scale';
import { useElementWidth } from './use-width';

type RoadmapTimelineProps = {
  data: readonly TimelineMilestone[];
  /** Today's date, drawn as a vertical line. */
  today: string;
  headingLevel?: 2 | 3;
  /** Controls above the drawing (e.g. which milestones to show). */
  controls?: ReactNode;
};

const ROW = 50;
const AXIS = 28;
const PAD = 12;
const STATUS_COLOR: Record<MilestoneStatus, string> = {
  done: '#008055',
  done_late: '#4d6600',
  on_track: '#0066cc',
  at_risk: '#995c00',
  slipped: '#a34700',
  late: '#cc334d',
  not_started: '#5c6f82',
};

/** Milestones on a time line: baseline (diamond) to planned (dot), actual when done (check). */
export function RoadmapTimeline({ data, today, headingLevel, controls }: RoadmapTimelineProps) {
  const { m, f } = useI18n();
  const { ref, width } = useElementWidth<HTMLDivElement>(800);
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
  const scale = timeScale({
    dates: [...dates, today],
    from: PAD,
    to: width - PAD,
    maxTicks: Math.max(2, Math.floor(width / 90)),
  });
  const height = AXIS + data.length * ROW + 8;
  const maxChars = Math.max(16, Math.floor((width - 2 * PAD - 22) / 6.2));
  const legend = (
    <ChartLegend
      items={[
        { symbol: 'baseline', label: m.charts.baseline },
        { symbol: 'planned', label: m.charts.planned },
        { symbol: 'actual', label: m.charts.actual },
        { symbol: 'today', label: m.charts.today },
      ]}
    />
  );
  return (
    <ChartFrame
      title={m.charts.roadmapTitle}
      summary={summary}
      legend={legend}
      headingLevel={headingLevel}
      controls={controls}
      table={<RoadmapTable data={data} />}
    >
      <div ref={ref} className="roadmap-timeline">
        {data.length === 0 ? null : (
          <svg width={width} height={height} role="presentation" focusable="false">
            {scale.ticks.map((tick) => (
              <g key={tick.iso}>
                <line x1={tick.x} x2={tick.x} y1={AXIS - 6} y2={height} stroke={CHART_COLORS.grid} />
                <text x={tick.x} y={AXIS - 10} fontSize="12" textAnchor="middle" fill="#5c6f82">
                  {f.month(tick.iso)}
                </text>
              </g>
            ))}
            <line
              x1={scale.x(today)}
              x2={scale.x(today)}
              y1={AXIS - 6}
              y2={height}
              stroke={CHART_COLORS.late}
              strokeWidth="2"
              strokeDasharray="4 3"
            />
            {data.map((milestone, index) => {
              const top = AXIS + index * ROW;
              const y = top + 34;
              const xBase = scale.x(milestone.baselineDate);
              const xPlan = scale.x(milestone.plannedDate);
              const label = `${m.milestoneStatus[milestone.status]} · ${milestone.title}`;
              const text = label.length > maxChars ? `${label.slice(0, maxChars - 1)}…` : label;
              return (
                <g key={milestone.id} className={`timeline-row timeline-${milestone.status}`}>
                  <svg x={PAD} y={top + 4} width="16" height="16" fill={STATUS_COLOR[milestone.status]}>
                    <use href={`${spritesUrl}#${STATUS_ICONS[milestone.status]}`} width="16" height="16" />
                  </svg>
                  <text x={PAD + 20} y={top + 17} fontSize="13" fill="#1a1a1a">
                    {text}
                  </text>
                  <line x1={xBase} x2={xPlan} y1={y} y2={y} stroke={STATUS_COLOR[milestone.status]} strokeWidth="3" />
                  <circle cx={xPlan} cy={y} r="4.5" fill={CHART_COLORS.online} />
                  <path
                    d={`M${xBase} ${y - 8} L${xBase + 8} ${y} L${xBase} ${y + 8} L${xBase - 8} ${y} Z`}
                    fill="none"
                    stroke="#5c6f82"
                    strokeWidth="1.5"
                  />
                  {milestone.actualDate ? (
                    <g transform={`translate(${scale.x(milestone.actualDate)} ${y})`}>
                      <circle r="6" fill={CHART_COLORS.target} />
                      <path d="M-3 0 L-1 2.5 L3 -2.5" stroke="#ffffff" strokeWidth="1.8" fill="none" />
                    </g>
                  ) : null}
                </g>
              );
            })}
          </svg>
        )}
      </div>
    </ChartFrame>
  );
}
