import { describe, expect, it } from 'vitest';
import { MILESTONE_CASES, MILESTONE_CASES_TODAY } from './milestone-cases';
import {
  DATE_PHASE_RULES,
  DATE_PHASES,
  datePhase,
  datePhaseSql,
  isPublicMilestone,
  isReached,
  publicMilestoneSql,
  slippageDays,
} from './milestone-rule';

describe('datePhase and slippageDays on the table of cases', () => {
  for (const c of MILESTONE_CASES) {
    it(c.name, () => {
      expect(datePhase(c.dates, MILESTONE_CASES_TODAY)).toBe(c.phase);
      expect(slippageDays(c.dates, MILESTONE_CASES_TODAY)).toBe(c.slippageDays);
    });
  }
  it('covers every phase', () => {
    expect(new Set(MILESTONE_CASES.map((c) => c.phase))).toEqual(new Set(DATE_PHASES));
  });
});

describe('the rule as data', () => {
  it('has one rule per phase and ends with the unconditional one', () => {
    expect(DATE_PHASE_RULES.map((r) => r.phase).sort()).toEqual([...DATE_PHASES].sort());
    expect(DATE_PHASE_RULES.at(-1)?.when).toEqual([]);
  });
  it('builds a CASE with a branch per conditional phase, in order', () => {
    const sql = datePhaseSql({ baseline: 'm.b', planned: 'm.p', actual: 'm.a', today: '@today' });
    expect(sql).toBe(
      "(CASE WHEN m.a <= @today AND m.a > m.b THEN 'done_late' WHEN m.a <= @today THEN 'done' " +
        "WHEN m.p < @today THEN 'late' WHEN m.p > m.b THEN 'slipped' ELSE 'open' END)",
    );
  });
});

describe('isReached', () => {
  it('counts a milestone reached today and not one reached tomorrow', () => {
    const dates = { baselineDate: '2026-12-01', plannedDate: '2026-12-01' };
    expect(isReached({ ...dates, actualDate: '2026-12-06' }, '2026-12-06')).toBe(true);
    expect(isReached({ ...dates, actualDate: '2026-12-07' }, '2026-12-06')).toBe(false);
    expect(isReached({ ...dates, actualDate: null }, '2026-12-06')).toBe(false);
  });
});

describe('isPublicMilestone', () => {
  it('is public when it and its service are', () => {
    expect(isPublicMilestone({ visibility: 'public', serviceVisibility: null })).toBe(true);
    expect(isPublicMilestone({ visibility: 'public', serviceVisibility: 'public' })).toBe(true);
    expect(isPublicMilestone({ visibility: 'public', serviceVisibility: 'internal' })).toBe(false);
    expect(isPublicMilestone({ visibility: 'internal', serviceVisibility: null })).toBe(false);
  });
  it('has its SQL over the given columns', () => {
    expect(publicMilestoneSql({ visibility: 'm.v', service: 'm.s', serviceVisibility: 's.v' })).toBe(
      "(m.v = 'public' AND (m.s IS NULL OR s.v = 'public'))",
    );
  });
});
