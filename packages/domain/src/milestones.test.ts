import { describe, expect, it } from 'vitest';
import {
  compareRoadmap,
  createsDependencyCycle,
  type MilestoneFacts,
  milestoneStatus,
  milestoneStatuses,
  STATUS_ORDER,
} from './milestones';

const TODAY = '2024-06-15';

function milestone(id: number, fields: Partial<Omit<MilestoneFacts, 'id'>> = {}): MilestoneFacts {
  return {
    id,
    baselineDate: '2024-12-01',
    plannedDate: '2024-12-01',
    actualDate: null,
    progress: 20,
    dependsOn: [],
    ...fields,
  };
}

const statusOf = (list: MilestoneFacts[], id: number) => milestoneStatuses(list, TODAY).get(id);

describe('milestoneStatus on its own', () => {
  it('is done with an actual date before today, even if planned earlier', () => {
    expect(milestoneStatus(milestone(1, { plannedDate: '2024-01-01', actualDate: '2024-03-01' }), TODAY)).toBe('done');
  });
  it('is done with an actual date equal to today', () => {
    expect(milestoneStatus(milestone(1, { actualDate: TODAY }), TODAY)).toBe('done');
  });
  it('is not done with an actual date after today', () => {
    expect(milestoneStatus(milestone(1, { actualDate: '2024-07-01' }), TODAY)).toBe('on_track');
  });
  it('is late when not done and planned before today', () => {
    expect(milestoneStatus(milestone(1, { plannedDate: '2024-06-14', progress: 90 }), TODAY)).toBe('late');
  });
  it('is late rather than not_started when planned before today at 0%', () => {
    expect(milestoneStatus(milestone(1, { plannedDate: '2024-01-01', progress: 0 }), TODAY)).toBe('late');
  });
  it('is not late when planned for today', () => {
    expect(milestoneStatus(milestone(1, { plannedDate: TODAY, progress: 80 }), TODAY)).toBe('on_track');
  });
  it('is at_risk when due within 30 days below 50%', () => {
    expect(milestoneStatus(milestone(1, { plannedDate: '2024-07-15', progress: 49 }), TODAY)).toBe('at_risk');
  });
  it('is at_risk when due today below 50%', () => {
    expect(milestoneStatus(milestone(1, { plannedDate: TODAY, progress: 10 }), TODAY)).toBe('at_risk');
  });
  it('is at_risk rather than not_started when due soon at 0%', () => {
    expect(milestoneStatus(milestone(1, { plannedDate: '2024-06-20', progress: 0 }), TODAY)).toBe('at_risk');
  });
  it('is on_track when due within 30 days at 50%', () => {
    expect(milestoneStatus(milestone(1, { plannedDate: '2024-07-15', progress: 50 }), TODAY)).toBe('on_track');
  });
  it('is not at_risk at 31 days', () => {
    expect(milestoneStatus(milestone(1, { plannedDate: '2024-07-16', progress: 10 }), TODAY)).toBe('on_track');
  });
  it('is not_started at 0% far from the planned date', () => {
    expect(milestoneStatus(milestone(1, { progress: 0 }), TODAY)).toBe('not_started');
  });
  it('is on_track with progress far from the planned date', () => {
    expect(milestoneStatus(milestone(1, { progress: 5 }), TODAY)).toBe('on_track');
  });
  it('ignores dependencies', () => {
    expect(milestoneStatus(milestone(1, { dependsOn: [99] }), TODAY)).toBe('on_track');
  });
});

describe('slippage is never hidden', () => {
  it('is slipped when re-planned past the baseline and the plan is ahead, even at risk', () => {
    const dates = { baselineDate: '2024-06-01', plannedDate: '2024-07-01' };
    expect(milestoneStatus(milestone(1, { ...dates, progress: 90 }), TODAY)).toBe('slipped');
    expect(milestoneStatus(milestone(1, { ...dates, progress: 10 }), TODAY)).toBe('slipped');
    expect(milestoneStatus(milestone(1, { ...dates, progress: 0 }), TODAY)).toBe('slipped');
  });
  it('is late, not slipped, once the re-planned date passes', () => {
    expect(milestoneStatus(milestone(1, { baselineDate: '2024-01-01', plannedDate: '2024-06-01' }), TODAY)).toBe(
      'late',
    );
  });
  it('is done late when reached after the baseline, done when on or before it', () => {
    const dates = { baselineDate: '2024-05-01', plannedDate: '2024-06-01' };
    expect(milestoneStatus(milestone(1, { ...dates, actualDate: '2024-05-02' }), TODAY)).toBe('done_late');
    expect(milestoneStatus(milestone(1, { ...dates, actualDate: '2024-05-01' }), TODAY)).toBe('done');
  });
  it('spreads risk from a slipped dependency planned after its dependent', () => {
    const list = [
      milestone(1, { baselineDate: '2024-11-01', plannedDate: '2025-02-01' }),
      milestone(2, { dependsOn: [1] }),
    ];
    expect(statusOf(list, 1)).toBe('slipped');
    expect(statusOf(list, 2)).toBe('at_risk');
  });
});

describe('milestoneStatuses with dependencies', () => {
  it('puts a milestone at risk when its dependency is late', () => {
    const list = [milestone(1, { plannedDate: '2024-05-01' }), milestone(2, { dependsOn: [1] })];
    expect(statusOf(list, 1)).toBe('late');
    expect(statusOf(list, 2)).toBe('at_risk');
  });
  it('puts a milestone at risk when its dependency is at risk', () => {
    const list = [milestone(1, { plannedDate: '2024-06-20', progress: 10 }), milestone(2, { dependsOn: [1] })];
    expect(statusOf(list, 2)).toBe('at_risk');
  });
  it('puts a milestone at risk when an unfinished dependency is planned after it', () => {
    const list = [
      milestone(1, { baselineDate: '2025-01-10', plannedDate: '2025-01-10' }),
      milestone(2, { baselineDate: '2025-01-01', plannedDate: '2025-01-01', dependsOn: [1] }),
    ];
    expect(statusOf(list, 1)).toBe('on_track');
    expect(statusOf(list, 2)).toBe('at_risk');
  });
  it('does not mind a done dependency planned after it', () => {
    const list = [
      milestone(1, { baselineDate: '2025-01-10', plannedDate: '2025-01-10', actualDate: '2024-06-01' }),
      milestone(2, { baselineDate: '2025-01-01', plannedDate: '2025-01-01', dependsOn: [1] }),
    ];
    expect(statusOf(list, 2)).toBe('on_track');
  });
  it('is not at risk when dependencies are fine', () => {
    const list = [milestone(1, { plannedDate: '2024-11-01' }), milestone(2, { dependsOn: [1], progress: 0 })];
    expect(statusOf(list, 2)).toBe('not_started');
  });
  it('carries risk along a chain', () => {
    const list = [
      milestone(4, { dependsOn: [3] }),
      milestone(3, { dependsOn: [2] }),
      milestone(2, { dependsOn: [1] }),
      milestone(1, { plannedDate: '2024-01-01' }),
    ];
    expect([1, 2, 3, 4].map((id) => statusOf(list, id))).toEqual(['late', 'at_risk', 'at_risk', 'at_risk']);
  });
  it('stops risk at a done milestone', () => {
    const list = [
      milestone(1, { plannedDate: '2024-01-01' }),
      milestone(2, { dependsOn: [1], actualDate: '2024-06-01' }),
      milestone(3, { dependsOn: [2] }),
    ];
    expect(statusOf(list, 2)).toBe('done');
    expect(statusOf(list, 3)).toBe('on_track');
  });
  it('keeps a late milestone late whatever its dependencies', () => {
    const list = [
      milestone(1, { plannedDate: '2024-01-01' }),
      milestone(2, { plannedDate: '2024-02-01', dependsOn: [1] }),
    ];
    expect(statusOf(list, 2)).toBe('late');
  });
  it('ignores dependencies missing from the list', () => {
    expect(statusOf([milestone(1, { dependsOn: [42] })], 1)).toBe('on_track');
  });
  it('terminates on a cycle without risk', () => {
    const list = [milestone(1, { dependsOn: [2] }), milestone(2, { dependsOn: [1] })];
    expect(statusOf(list, 1)).toBe('on_track');
    expect(statusOf(list, 2)).toBe('on_track');
  });
  it('terminates on a self dependency', () => {
    expect(statusOf([milestone(1, { dependsOn: [1] })], 1)).toBe('on_track');
  });
  it('spreads risk around a cycle whatever the list order', () => {
    const a = milestone(1, { dependsOn: [3] });
    const b = milestone(2, { dependsOn: [1] });
    const c = milestone(3, { dependsOn: [2, 9] });
    const late = milestone(9, { plannedDate: '2024-01-01' });
    for (const list of [
      [a, b, c, late],
      [late, c, b, a],
      [b, late, a, c],
    ]) {
      expect([1, 2, 3].map((id) => statusOf(list, id))).toEqual(['at_risk', 'at_risk', 'at_risk']);
    }
  });
  it('handles a long chain listed backwards', () => {
    const chain = Array.from({ length: 5000 }, (_, i) => milestone(i, { dependsOn: i === 0 ? [] : [i - 1] }));
    chain[0] = milestone(0, { plannedDate: '2024-01-01' });
    const statuses = milestoneStatuses([...chain].reverse(), TODAY);
    expect(statuses.get(4999)).toBe('at_risk');
  });
  it('gives a status to every milestone', () => {
    const list = [milestone(1), milestone(2), milestone(3)];
    expect(milestoneStatuses(list, TODAY).size).toBe(3);
  });
});

describe('createsDependencyCycle', () => {
  const list = [milestone(1, { dependsOn: [2] }), milestone(2, { dependsOn: [3] }), milestone(3)];
  it('finds a cycle through a chain', () => {
    expect(createsDependencyCycle(list, 3, [1])).toBe(true);
  });
  it('finds a self dependency', () => {
    expect(createsDependencyCycle(list, 3, [3])).toBe(true);
  });
  it('allows a dependency that closes no cycle', () => {
    expect(createsDependencyCycle(list, 1, [3])).toBe(false);
  });
  it('ends on an existing cycle elsewhere', () => {
    const cyclic = [milestone(1, { dependsOn: [2] }), milestone(2, { dependsOn: [1] })];
    expect(createsDependencyCycle(cyclic, 5, [1])).toBe(false);
  });
});

describe('compareRoadmap', () => {
  it('orders by status first', () => {
    const items = STATUS_ORDER.map((status, i) => ({ status, plannedDate: '2024-01-01', id: 10 - i })).reverse();
    expect(items.sort(compareRoadmap).map((m) => m.status)).toEqual([
      'late',
      'slipped',
      'at_risk',
      'on_track',
      'not_started',
      'done_late',
      'done',
    ]);
  });
  it('orders by planned date within a status, then by id', () => {
    const items = [
      { status: 'late' as const, plannedDate: '2024-03-01', id: 1 },
      { status: 'late' as const, plannedDate: '2024-02-01', id: 3 },
      { status: 'late' as const, plannedDate: '2024-02-01', id: 2 },
    ];
    expect(items.sort(compareRoadmap).map((m) => m.id)).toEqual([2, 3, 1]);
  });
  it('puts a late milestone planned later before an on_track one planned earlier', () => {
    const late = { status: 'late' as const, plannedDate: '2024-05-01', id: 1 };
    const onTrack = { status: 'on_track' as const, plannedDate: '2024-01-01', id: 2 };
    expect(compareRoadmap(late, onTrack)).toBeLessThan(0);
  });
});
