import { STAGES, type Stage } from './vocabulary';

/** Position of a stage on the paper → digital-only scale: paper 0 … switched_off 3. */
export function stageRank(stage: Stage): number {
  return STAGES.indexOf(stage);
}

export type TransitionKind = 'start' | 'advance' | 'revert' | 'same';

/** What a stage change means: the first stage, a step forward, a step back, or no change. */
export function transitionKind(from: Stage | null, to: Stage): TransitionKind {
  if (from === null) return 'start';
  const step = stageRank(to) - stageRank(from);
  if (step > 0) return 'advance';
  if (step < 0) return 'revert';
  return 'same';
}

/** A dated stage change of a service; `effectiveDate` is an ISO date (YYYY-MM-DD). */
export type StageEvent = { id: number; stage: Stage; effectiveDate: string };

/** Chronological order: effective date, then id (the later recorded event wins a tie). */
export function compareStageEvents(a: StageEvent, b: StageEvent): number {
  if (a.effectiveDate !== b.effectiveDate) return a.effectiveDate < b.effectiveDate ? -1 : 1;
  return a.id - b.id;
}

/**
 * The stage in force: the latest event by effective date, then id.
 * With `asOf` (ISO date) only events effective on or before that day count.
 * Null when no event applies.
 */
export function currentStage(events: readonly StageEvent[], asOf?: string): Stage | null {
  let latest: StageEvent | null = null;
  for (const event of events) {
    if (asOf !== undefined && event.effectiveDate > asOf) continue;
    if (latest === null || compareStageEvents(event, latest) > 0) latest = event;
  }
  return latest === null ? null : latest.stage;
}

/** How many services sit at each stage; services with no stage yet (null) are not counted. */
export function stageCounts(stages: readonly (Stage | null)[]): Record<Stage, number> {
  const counts: Record<Stage, number> = { paper: 0, hybrid: 0, digital_first: 0, switched_off: 0 };
  for (const stage of stages) {
    if (stage !== null) counts[stage] += 1;
  }
  return counts;
}

export type StageHistoryEntry<E extends StageEvent = StageEvent> = E & {
  from: Stage | null;
  kind: TransitionKind;
};

/**
 * The stage events oldest first, each with the stage it left and the kind of change,
 * so a reverted switch-off shows as `revert` instead of disappearing.
 * Extra fields of the events (who, why) are kept.
 */
export function stageHistory<E extends StageEvent>(events: readonly E[]): StageHistoryEntry<E>[] {
  const ordered = [...events].sort(compareStageEvents);
  let from: Stage | null = null;
  return ordered.map((event) => {
    const entry: StageHistoryEntry<E> = { ...event, from, kind: transitionKind(from, event.stage) };
    from = event.stage;
    return entry;
  });
}

/** Whether the history holds at least one step back. */
export function hasReverted(events: readonly StageEvent[]): boolean {
  return stageHistory(events).some((entry) => entry.kind === 'revert');
}
