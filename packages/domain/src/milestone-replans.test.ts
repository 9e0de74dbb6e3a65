import { describe, expect, it } from 'vitest';
import { annullableReplan, countReplans, describePlanHistory, type PlanEntry } from './milestone-replans';

function entry(id: number, previousDate: string, plannedDate: string, annulsId: number | null = null): PlanEntry {
  return { id, previousDate, plannedDate, reason: `r${id}`, changedAt: `2026-0${id}-01T00:00:00Z`, annulsId };
}

describe('the plan history', () => {
  it('counts re-plans in force, not annulled ones nor annulments', () => {
    const history = [
      entry(1, '2026-10-27', '2027-01-10'),
      entry(2, '2027-01-10', '2019-06-01'),
      entry(3, '2019-06-01', '2027-01-10', 2),
    ];
    expect(countReplans(history)).toBe(1);
    expect(describePlanHistory(history).map((e) => [e.kind, e.annulledBy])).toEqual([
      ['replan', null],
      ['replan', 3],
      ['annulment', null],
    ]);
  });
  it('lets only the latest re-plan in force be annulled', () => {
    const history = [entry(1, '2026-10-27', '2027-01-10'), entry(2, '2027-01-10', '2027-03-01')];
    expect(annullableReplan(history)?.id).toBe(2);
    expect(annullableReplan([...history, entry(3, '2027-03-01', '2027-01-10', 2)])?.id).toBe(1);
  });
  it('has nothing to annul without re-plans', () => {
    expect(annullableReplan([])).toBeNull();
    expect(countReplans([])).toBe(0);
  });
});
