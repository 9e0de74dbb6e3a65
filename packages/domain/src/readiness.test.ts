import { describe, expect, it } from 'vitest';
import {
  assessReadiness,
  DEFAULT_TAKE_UP_TARGET,
  meetsTarget,
  monthlyTakeUps,
  READINESS_MONTHS,
  type ReadinessInput,
  readyButForTakeUp,
  takeUpCondition,
} from './readiness';
import { figuresWithTakeUp, makeFigures } from './testing';
import { PLATFORM_STATES, STAGES } from './vocabulary';

// The last complete month is 2024-03: the three good months are up to date.
const TODAY = '2024-04-15';

const threeGoodMonths = [
  figuresWithTakeUp('2024-01', 0.85),
  figuresWithTakeUp('2024-02', 0.8),
  figuresWithTakeUp('2024-03', 0.9),
];

function input(fields: Partial<ReadinessInput> = {}): ReadinessInput {
  return {
    today: TODAY,
    stage: 'digital_first',
    takesPayment: false,
    needsIdentity: false,
    hasAssistedDesk: true,
    figures: threeGoodMonths,
    platforms: {},
    target: DEFAULT_TAKE_UP_TARGET,
    ...fields,
  };
}

describe('constants', () => {
  it('defaults to 80% over 3 months', () => {
    expect(DEFAULT_TAKE_UP_TARGET).toBe(0.8);
    expect(READINESS_MONTHS).toBe(3);
  });
});

describe('meetsTarget', () => {
  it('includes the target itself', () => {
    expect(meetsTarget(0.8, 0.8)).toBe(true);
    expect(meetsTarget(80 / 100, 0.7 + 0.1)).toBe(true);
  });
  it('excludes anything below', () => {
    expect(meetsTarget(0.799, 0.8)).toBe(false);
  });
});

describe('monthlyTakeUps', () => {
  it('skips months without transactions and orders by month', () => {
    const takeUps = monthlyTakeUps([
      figuresWithTakeUp('2024-03', 0.5),
      makeFigures('2024-02'),
      figuresWithTakeUp('2024-01', 1),
    ]);
    expect(takeUps).toEqual([
      { month: '2024-01', takeUp: 1 },
      { month: '2024-03', takeUp: 0.5 },
    ]);
  });
});

describe('takeUpCondition', () => {
  it('is met when each of the last 3 months reaches the target', () => {
    expect(takeUpCondition(threeGoodMonths, 0.8, TODAY)).toEqual({
      key: 'take_up',
      met: true,
      target: 0.8,
      months: [
        { month: '2024-01', takeUp: 0.85 },
        { month: '2024-02', takeUp: 0.8 },
        { month: '2024-03', takeUp: 0.9 },
      ],
      lastMonth: '2024-03',
    });
  });
  it('is not met when one of the 3 months is below', () => {
    const figures = [...threeGoodMonths.slice(0, 2), figuresWithTakeUp('2024-03', 0.79)];
    const condition = takeUpCondition(figures, 0.8, TODAY);
    expect(condition.met).toBe(false);
    expect(condition.reason).toBeUndefined();
  });
  it('looks only at the last 3 months', () => {
    const condition = takeUpCondition([figuresWithTakeUp('2023-12', 0.1), ...threeGoodMonths], 0.8, TODAY);
    expect(condition.met).toBe(true);
    expect(condition.months.map((m) => m.month)).toEqual(['2024-01', '2024-02', '2024-03']);
  });
  it('is not met with exactly 2 months of data, for lack of data', () => {
    const condition = takeUpCondition(threeGoodMonths.slice(1), 0.8, TODAY);
    expect(condition).toMatchObject({ met: false, reason: 'not_enough_data' });
    expect(condition.months).toHaveLength(2);
  });
  it('is not met without figures', () => {
    expect(takeUpCondition([], 0.8, TODAY)).toEqual({
      key: 'take_up',
      met: false,
      months: [],
      target: 0.8,
      reason: 'not_enough_data',
      lastMonth: null,
    });
  });
  it('skips missing months: the last 3 months with figures count, even apart', () => {
    const figures = [
      figuresWithTakeUp('2023-06', 0.9),
      figuresWithTakeUp('2023-09', 0.9),
      figuresWithTakeUp('2024-01', 0.9),
    ];
    expect(takeUpCondition(figures, 0.8, TODAY).met).toBe(true);
  });
  it('is not met when the figures are stale, however high, and says so', () => {
    // Figures stopped 14 months before the last complete month at 90%.
    const old = [
      figuresWithTakeUp('2022-11', 0.9),
      figuresWithTakeUp('2022-12', 0.9),
      figuresWithTakeUp('2023-01', 0.9),
    ];
    expect(takeUpCondition(old, 0.8, '2024-04-15')).toMatchObject({
      met: false,
      reason: 'stale',
      lastMonth: '2023-01',
    });
    // Two months behind the last complete month is still fresh; three is stale.
    expect(takeUpCondition(old, 0.8, '2023-04-15').met).toBe(true);
    expect(takeUpCondition(old, 0.8, '2023-05-15').reason).toBe('stale');
  });
  it('dates the data by the last month with figures, transactions or not', () => {
    const old = [
      figuresWithTakeUp('2023-10', 0.9),
      figuresWithTakeUp('2023-11', 0.9),
      figuresWithTakeUp('2023-12', 0.9),
    ];
    expect(takeUpCondition(old, 0.8, '2024-05-15').reason).toBe('stale');
    expect(takeUpCondition([...old, makeFigures('2024-03')], 0.8, '2024-05-15')).toMatchObject({
      met: true,
      lastMonth: '2024-03',
    });
  });
  it('ignores months after the last complete month', () => {
    const figures = [...threeGoodMonths, figuresWithTakeUp('2024-04', 0.1)];
    expect(takeUpCondition(figures, 0.8, TODAY)).toMatchObject({ met: true, lastMonth: '2024-03' });
  });
  it('does not count a recorded month with no transactions', () => {
    const figures = [...threeGoodMonths.slice(1), makeFigures('2024-04')];
    expect(takeUpCondition(figures, 0.8, TODAY).reason).toBe('not_enough_data');
  });
  it('gives the same months for figures out of order or split by service (added up by month)', () => {
    const ordered = takeUpCondition([figuresWithTakeUp('2023-12', 0.1), ...threeGoodMonths], 0.8, TODAY);
    const shuffled = [threeGoodMonths[2], figuresWithTakeUp('2023-12', 0.1), threeGoodMonths[0], threeGoodMonths[1]];
    expect(
      takeUpCondition(
        shuffled.flatMap((f) => (f ? [f] : [])),
        0.8,
        TODAY,
      ),
    ).toEqual(ordered);
    // March split in two halves of the same take-up (a comune's series: one entry per service).
    const split = [
      ...threeGoodMonths.slice(0, 2),
      figuresWithTakeUp('2024-03', 0.9),
      figuresWithTakeUp('2024-03', 0.9),
    ];
    expect(takeUpCondition(split, 0.8, TODAY).months.map((m) => m.month)).toEqual(['2024-01', '2024-02', '2024-03']);
  });
  it('uses the given target', () => {
    expect(takeUpCondition(threeGoodMonths, 0.9, TODAY).met).toBe(false);
    expect(takeUpCondition(threeGoodMonths, 0.5, TODAY).met).toBe(true);
  });
});

describe('assessReadiness', () => {
  it('says nothing more once switched off', () => {
    expect(assessReadiness(input({ stage: 'switched_off', figures: [] }))).toEqual({ status: 'switched_off' });
  });
  it('is ready when every condition is met', () => {
    const readiness = assessReadiness(input());
    expect(readiness).toMatchObject({ status: 'ready', missing: [] });
  });
  it('checks take-up and assisted desk always, in that order', () => {
    const readiness = assessReadiness(input());
    expect(readiness.status !== 'switched_off' && readiness.conditions.map((c) => c.key)).toEqual([
      'take_up',
      'assisted_desk',
    ]);
  });
  it('lists what is missing', () => {
    const readiness = assessReadiness(input({ hasAssistedDesk: false, figures: threeGoodMonths.slice(1) }));
    expect(readiness).toMatchObject({ status: 'not_ready', missing: ['take_up', 'assisted_desk'] });
  });
  it('assesses a service with no stage yet', () => {
    expect(assessReadiness(input({ stage: null })).status).toBe('ready');
  });
  it('requires active pagoPA only when the service takes payments', () => {
    const withPayment = assessReadiness(input({ takesPayment: true, platforms: { pagopa: 'in_progress' } }));
    expect(withPayment).toMatchObject({ status: 'not_ready', missing: ['pagopa'] });
    expect(withPayment.status !== 'switched_off' && withPayment.conditions[1]).toEqual({
      key: 'pagopa',
      met: false,
      state: 'in_progress',
    });
    expect(assessReadiness(input({ takesPayment: true, platforms: { pagopa: 'active' } })).status).toBe('ready');
  });
  it('reports an unknown pagoPA state as null', () => {
    const readiness = assessReadiness(input({ takesPayment: true }));
    expect(readiness.status !== 'switched_off' && readiness.conditions.find((c) => c.key === 'pagopa')).toEqual({
      key: 'pagopa',
      met: false,
      state: null,
    });
  });
  it('requires SPID or CIE only when the service needs identity', () => {
    expect(assessReadiness(input({ needsIdentity: true, platforms: { spid: 'active' } })).status).toBe('ready');
    expect(
      assessReadiness(input({ needsIdentity: true, platforms: { cie: 'active', spid: 'not_active' } })).status,
    ).toBe('ready');
    const neither = assessReadiness(input({ needsIdentity: true, platforms: { spid: 'in_progress' } }));
    expect(neither).toMatchObject({ status: 'not_ready', missing: ['identity'] });
    expect(neither.status !== 'switched_off' && neither.conditions.find((c) => c.key === 'identity')).toEqual({
      key: 'identity',
      met: false,
      spid: 'in_progress',
      cie: null,
    });
  });
  it('ignores platforms the service does not need', () => {
    const readiness = assessReadiness(input({ platforms: { pagopa: 'not_active', spid: 'not_active' } }));
    expect(readiness.status).toBe('ready');
  });
  it('orders conditions take_up, pagopa, identity, assisted_desk', () => {
    const readiness = assessReadiness(input({ takesPayment: true, needsIdentity: true, hasAssistedDesk: false }));
    expect(readiness.status !== 'switched_off' && readiness.missing).toEqual(['pagopa', 'identity', 'assisted_desk']);
    expect(readiness.status !== 'switched_off' && readiness.conditions.map((c) => c.key)).toEqual([
      'take_up',
      'pagopa',
      'identity',
      'assisted_desk',
    ]);
  });
});

describe('readyButForTakeUp', () => {
  it('says ready exactly when assessReadiness does once take-up is met, for every stage, need and platform', () => {
    const states = [undefined, ...PLATFORM_STATES];
    let ready = 0;
    for (const stage of [null, ...STAGES])
      for (const takesPayment of [false, true])
        for (const needsIdentity of [false, true])
          for (const hasAssistedDesk of [false, true])
            for (const pagopa of states)
              for (const spid of states) {
                const facts = { stage, takesPayment, needsIdentity, hasAssistedDesk, platforms: { pagopa, spid } };
                const verdict = readyButForTakeUp(facts);
                // With three good months take-up is met: the rest of the rule decides.
                expect(verdict).toBe(assessReadiness(input(facts)).status === 'ready');
                // With none it is not, and a service not switched off is never ready.
                expect(assessReadiness(input({ ...facts, figures: [] })).status === 'ready').toBe(false);
                if (verdict) ready += 1;
              }
    expect(ready).toBeGreaterThan(0);
  });
});
