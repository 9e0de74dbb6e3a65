import { describe, expect, it } from 'vitest';
import {
  currentStage,
  hasReverted,
  type StageEvent,
  stageCounts,
  stageHistory,
  stageRank,
  transitionKind,
} from './stages';

const event = (id: number, stage: StageEvent['stage'], effectiveDate: string): StageEvent => ({
  id,
  stage,
  effectiveDate,
});

describe('stageRank', () => {
  it('orders paper before switched_off', () => {
    expect(stageRank('paper')).toBe(0);
    expect(stageRank('hybrid')).toBe(1);
    expect(stageRank('digital_first')).toBe(2);
    expect(stageRank('switched_off')).toBe(3);
  });
});

describe('transitionKind', () => {
  it('is start when there is no previous stage', () => {
    expect(transitionKind(null, 'paper')).toBe('start');
    expect(transitionKind(null, 'switched_off')).toBe('start');
  });
  it('is advance for a step forward, even skipping stages', () => {
    expect(transitionKind('paper', 'hybrid')).toBe('advance');
    expect(transitionKind('paper', 'switched_off')).toBe('advance');
  });
  it('is revert for a step back', () => {
    expect(transitionKind('switched_off', 'digital_first')).toBe('revert');
    expect(transitionKind('hybrid', 'paper')).toBe('revert');
  });
  it('is same when the stage does not change', () => {
    expect(transitionKind('hybrid', 'hybrid')).toBe('same');
  });
});

describe('currentStage', () => {
  it('is null without events', () => {
    expect(currentStage([])).toBeNull();
  });
  it('takes the latest effective date, not the order of the list', () => {
    const events = [event(3, 'hybrid', '2019-01-10'), event(1, 'paper', '2017-03-01')];
    expect(currentStage(events)).toBe('hybrid');
  });
  it('breaks a tie on the same date by id', () => {
    const events = [event(8, 'switched_off', '2020-09-01'), event(7, 'digital_first', '2020-09-01')];
    expect(currentStage(events)).toBe('switched_off');
    expect(currentStage([...events].reverse())).toBe('switched_off');
  });
  it('uses a later date even when its id is smaller', () => {
    const events = [event(9, 'hybrid', '2018-01-01'), event(2, 'paper', '2018-06-01')];
    expect(currentStage(events)).toBe('paper');
  });
  it('keeps a revert as the current stage', () => {
    const events = [
      event(1, 'hybrid', '2017-01-01'),
      event(2, 'switched_off', '2018-01-01'),
      event(3, 'digital_first', '2018-05-01'),
    ];
    expect(currentStage(events)).toBe('digital_first');
  });
  it('ignores events after asOf', () => {
    const events = [event(1, 'paper', '2017-01-01'), event(2, 'hybrid', '2018-01-01')];
    expect(currentStage(events, '2017-12-31')).toBe('paper');
  });
  it('includes an event effective exactly on asOf', () => {
    const events = [event(1, 'paper', '2017-01-01'), event(2, 'hybrid', '2018-01-01')];
    expect(currentStage(events, '2018-01-01')).toBe('hybrid');
  });
  it('is null when every event is after asOf', () => {
    expect(currentStage([event(1, 'paper', '2017-01-01')], '2016-12-31')).toBeNull();
  });
});

describe('stageCounts', () => {
  it('has every stage at zero for no services', () => {
    expect(stageCounts([])).toEqual({ paper: 0, hybrid: 0, digital_first: 0, switched_off: 0 });
  });
  it('counts stages and ignores nulls', () => {
    expect(stageCounts(['paper', null, 'paper', 'switched_off', null])).toEqual({
      paper: 2,
      hybrid: 0,
      digital_first: 0,
      switched_off: 1,
    });
  });
});

describe('stageHistory', () => {
  it('is empty without events', () => {
    expect(stageHistory([])).toEqual([]);
  });
  it('orders oldest first with the stage left and the kind', () => {
    const history = stageHistory([event(2, 'switched_off', '2018-01-01'), event(1, 'paper', '2017-01-01')]);
    expect(history.map(({ id, from, kind }) => ({ id, from, kind }))).toEqual([
      { id: 1, from: null, kind: 'start' },
      { id: 2, from: 'paper', kind: 'advance' },
    ]);
  });
  it('shows a reverted switch-off as revert', () => {
    const history = stageHistory([
      event(1, 'hybrid', '2017-01-01'),
      event(2, 'switched_off', '2018-01-01'),
      event(3, 'hybrid', '2018-03-01'),
      event(4, 'switched_off', '2019-01-01'),
    ]);
    expect(history.map((h) => h.kind)).toEqual(['start', 'advance', 'revert', 'advance']);
    expect(history[2]?.from).toBe('switched_off');
  });
  it('orders events of the same day by id', () => {
    const history = stageHistory([event(5, 'digital_first', '2020-01-01'), event(4, 'hybrid', '2020-01-01')]);
    expect(history.map((h) => h.id)).toEqual([4, 5]);
    expect(history[1]?.kind).toBe('advance');
  });
  it('marks a repeated stage as same', () => {
    const history = stageHistory([event(1, 'paper', '2017-01-01'), event(2, 'paper', '2017-02-01')]);
    expect(history[1]?.kind).toBe('same');
  });
  it('keeps extra fields of the events', () => {
    const [entry] = stageHistory([{ ...event(1, 'paper', '2017-01-01'), reason: 'avvio' }]);
    expect(entry?.reason).toBe('avvio');
  });
  it('does not reorder the input', () => {
    const events = [event(2, 'hybrid', '2018-01-01'), event(1, 'paper', '2017-01-01')];
    stageHistory(events);
    expect(events.map((e) => e.id)).toEqual([2, 1]);
  });
});

describe('hasReverted', () => {
  it('is false for a forward-only history', () => {
    expect(hasReverted([event(1, 'paper', '2017-01-01'), event(2, 'hybrid', '2018-01-01')])).toBe(false);
  });
  it('is true once a stage went back', () => {
    expect(hasReverted([event(1, 'hybrid', '2017-01-01'), event(2, 'paper', '2018-01-01')])).toBe(true);
  });
});
