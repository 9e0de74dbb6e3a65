import type { DatePhase, MilestoneDates } from './milestone-rule';

/**
 * A table of milestones and what the date rule says of each on `MILESTONE_CASES_TODAY`: the
 * domain test checks `datePhase` and `slippageDays` on it, and the database test runs the SQL
 * built from the same rule on the same rows, so TypeScript and SQL are held to one answer.
 */
export const MILESTONE_CASES_TODAY = '2026-12-06';

type Row = [name: string, baseline: string, planned: string, actual: string | null, phase: DatePhase, slippage: number];

// name, baseline, planned, actual, phase, slippage days
const ROWS: Row[] = [
  ['open, on its baseline', '2027-03-01', '2027-03-01', null, 'open', 0],
  ['open, brought forward', '2027-03-01', '2027-02-01', null, 'open', -28],
  ['due today, not late yet', '2026-12-06', '2026-12-06', null, 'open', 0],
  ['late on its baseline', '2026-10-27', '2026-10-27', null, 'late', 0],
  ['re-planned past the baseline, plan still ahead: slipped', '2026-10-27', '2027-10-22', null, 'slipped', 360],
  ['re-planned to today: slipped, not late', '2026-10-27', '2026-12-06', null, 'slipped', 40],
  ['re-planned and late again', '2026-01-10', '2026-06-30', null, 'late', 171],
  ['done on its baseline', '2026-05-01', '2026-05-01', '2026-05-01', 'done', 0],
  ['done early', '2026-05-01', '2026-05-01', '2026-04-20', 'done', -11],
  ['done after the baseline, on the new plan', '2026-05-01', '2026-07-01', '2026-07-01', 'done_late', 61],
  ['done late on its unchanged plan', '2026-05-01', '2026-05-01', '2026-05-31', 'done_late', 30],
  ['done today, after the baseline', '2026-12-01', '2026-12-01', '2026-12-06', 'done_late', 5],
  ['actual date still to come, plan passed: late', '2026-11-01', '2026-11-01', '2026-12-20', 'late', 0],
  ['actual date still to come, re-planned ahead: slipped', '2026-11-01', '2027-01-15', '2026-12-20', 'slipped', 75],
  ['re-planned into the past by mistake: late, ahead of the baseline', '2026-10-27', '2019-06-01', null, 'late', -2705],
  ['across a leap day', '2024-02-01', '2027-03-01', null, 'slipped', 1124],
];

export const MILESTONE_CASES: ReadonlyArray<{
  name: string;
  dates: MilestoneDates;
  phase: DatePhase;
  slippageDays: number;
}> = ROWS.map(([name, baselineDate, plannedDate, actualDate, phase, slippageDays]) => ({
  name,
  dates: { baselineDate, plannedDate, actualDate },
  phase,
  slippageDays,
}));
