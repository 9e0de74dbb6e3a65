import { daysBetween } from './months';

/**
 * The date rule of a milestone, written once as data: the TypeScript evaluation and the SQL
 * used by counts over many comuni (portfolio, national summary) are both derived from
 * `DATE_PHASE_RULES`, so they cannot drift apart. Dependencies and progress (at risk, not
 * started) are not part of it: they need the whole roadmap and are judged in `milestones.ts`.
 */

/** The dates of a milestone a phase is decided on (ISO dates, YYYY-MM-DD). */
export type MilestoneDates = { baselineDate: string; plannedDate: string; actualDate: string | null };

/**
 * What the dates alone say, against the baseline (first agreed date, never changed):
 * - `done_late`: reached on or before today, after the baseline;
 * - `done`: reached on or before today, on or before the baseline;
 * - `late`: not reached and the current plan is before today;
 * - `slipped`: not reached, re-planned past the baseline, the current plan not yet passed;
 * - `open`: not reached, planned on or before the baseline and not yet passed.
 */
export const DATE_PHASES = ['done_late', 'done', 'late', 'slipped', 'open'] as const;
export type DatePhase = (typeof DATE_PHASES)[number];

type Operand = 'baseline' | 'planned' | 'actual' | 'today';
/** `left op right`; a comparison with a missing (null) date is false, as in SQL. */
type Condition = readonly [left: Operand, op: '<' | '<=' | '>', right: Operand];

/** The phases in order of precedence: the first whose conditions all hold. */
export const DATE_PHASE_RULES: ReadonlyArray<{ phase: DatePhase; when: readonly Condition[] }> = [
  {
    phase: 'done_late',
    when: [
      ['actual', '<=', 'today'],
      ['actual', '>', 'baseline'],
    ],
  },
  { phase: 'done', when: [['actual', '<=', 'today']] },
  { phase: 'late', when: [['planned', '<', 'today']] },
  { phase: 'slipped', when: [['planned', '>', 'baseline']] },
  { phase: 'open', when: [] },
];

function dateOf(operand: Operand, m: MilestoneDates, today: string): string | null {
  if (operand === 'today') return today;
  if (operand === 'baseline') return m.baselineDate;
  return operand === 'planned' ? m.plannedDate : m.actualDate;
}

function holds([left, op, right]: Condition, m: MilestoneDates, today: string): boolean {
  const a = dateOf(left, m, today);
  const b = dateOf(right, m, today);
  if (a === null || b === null) return false;
  if (op === '<') return a < b;
  return op === '<=' ? a <= b : a > b;
}

/** The phase of a milestone on `today` by `DATE_PHASE_RULES`. */
export function datePhase(m: MilestoneDates, today: string): DatePhase {
  for (const rule of DATE_PHASE_RULES) {
    if (rule.when.every((c) => holds(c, m, today))) return rule.phase;
  }
  return 'open';
}

/** Whether a milestone is reached on `today` (a future actual date does not count yet). */
export function isReached(m: MilestoneDates, today: string): boolean {
  const phase = datePhase(m, today);
  return phase === 'done' || phase === 'done_late';
}

/**
 * Slippage in days against the baseline: the actual date (once reached) or the current plan,
 * minus the baseline. Positive when later than first agreed, negative when earlier.
 */
export function slippageDays(m: MilestoneDates, today: string): number {
  const end = m.actualDate !== null && m.actualDate <= today ? m.actualDate : m.plannedDate;
  return daysBetween(m.baselineDate, end);
}

/** Column expressions of the milestone's dates in a query, and the SQL of today (a parameter). */
export type MilestoneDateColumns = { baseline: string; planned: string; actual: string; today: string };

function sqlOf(operand: Operand, columns: MilestoneDateColumns): string {
  return columns[operand];
}

/**
 * The SQL CASE expression that yields the phase (`'late'`, `'slipped'`…) of a row, built from
 * `DATE_PHASE_RULES`: SQL's NULL comparisons are unknown, so a missing actual date fails a
 * condition exactly as `datePhase` does.
 */
export function datePhaseSql(columns: MilestoneDateColumns): string {
  const branches = DATE_PHASE_RULES.filter((rule) => rule.when.length > 0).map(
    (rule) =>
      `WHEN ${rule.when.map(([l, op, r]) => `${sqlOf(l, columns)} ${op} ${sqlOf(r, columns)}`).join(' AND ')} THEN '${rule.phase}'`,
  );
  const fallback = DATE_PHASE_RULES.find((rule) => rule.when.length === 0)?.phase ?? 'open';
  return `(CASE ${branches.join(' ')} ELSE '${fallback}' END)`;
}

/** The SQL of `slippageDays`: whole days from the baseline to the actual date once reached, else the plan. */
export function slippageDaysSql(columns: MilestoneDateColumns): string {
  const { baseline, planned, actual, today } = columns;
  return `CAST(round(julianday(CASE WHEN ${actual} <= ${today} THEN ${actual} ELSE ${planned} END) - julianday(${baseline})) AS INTEGER)`;
}

/** What decides whether a milestone is public: its own visibility and its service's (null: the comune's). */
export type MilestoneVisibilityFacts = {
  visibility: 'public' | 'internal';
  serviceVisibility: 'public' | 'internal' | null;
};

/** A milestone is public when it is, and so is its service (a milestone of the comune has none). */
export function isPublicMilestone(m: MilestoneVisibilityFacts): boolean {
  return m.visibility === 'public' && (m.serviceVisibility === null || m.serviceVisibility === 'public');
}

/**
 * The SQL of `isPublicMilestone` on a milestone joined LEFT to its service: `service` is the
 * service's id column (null for a milestone of the comune), `serviceVisibility` its visibility.
 */
export function publicMilestoneSql(columns: {
  visibility: string;
  service: string;
  serviceVisibility: string;
}): string {
  return `(${columns.visibility} = 'public' AND (${columns.service} IS NULL OR ${columns.serviceVisibility} = 'public'))`;
}
