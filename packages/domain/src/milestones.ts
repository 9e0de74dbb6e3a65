import { datePhase, isReached } from './milestone-rule';
import { daysBetween } from './months';
import type { MilestoneStatus } from './vocabulary';

/** What the status of a milestone is derived from. Dates are ISO dates (YYYY-MM-DD). */
export type MilestoneFacts = {
  id: number;
  baselineDate: string;
  plannedDate: string;
  actualDate: string | null;
  progress: number;
  dependsOn: readonly number[];
};

/** Days within which an unfinished milestone below half progress is at risk. */
export const AT_RISK_WINDOW_DAYS = 30;
/** Progress (%) under which a milestone due within the window is at risk. */
export const AT_RISK_PROGRESS = 50;

type Dates = Pick<MilestoneFacts, 'baselineDate' | 'plannedDate' | 'actualDate'>;

const isDone = isReached;

function isLate(m: Dates, today: string): boolean {
  return datePhase(m, today) === 'late';
}

function isDueSoonWithLittleProgress(m: MilestoneFacts, today: string): boolean {
  return daysBetween(today, m.plannedDate) <= AT_RISK_WINDOW_DAYS && m.progress < AT_RISK_PROGRESS;
}

/**
 * Statuses of a set of milestones on `today` (ISO date), in this order of precedence:
 * 1. done_late / done: `actualDate` is set and on or before today (a future actual date does
 *    not count yet), after the baseline or not (`datePhase` in milestone-rule.ts);
 * 2. late: not done and `plannedDate` is before today;
 * 3. slipped: not done, not late, re-planned past its baseline — a re-plan never makes
 *    lateness disappear, so this shows even when the milestone is also at risk;
 * 4. at_risk: not done, not late, and any of
 *    - a dependency is late or at_risk (risk travels along dependency chains),
 *    - a dependency not done is planned after this milestone's planned date,
 *    - the planned date is within 30 days and progress is below 50%;
 * 5. not_started: progress is 0 and none of the above;
 * 6. on_track otherwise.
 * Dependencies missing from the list are ignored. Risk is propagated once per milestone,
 * so a dependency cycle ends, and the result does not depend on the order of the list.
 */
export function milestoneStatuses(list: readonly MilestoneFacts[], today: string): Map<number, MilestoneStatus> {
  const byId = new Map(list.map((m) => [m.id, m]));
  const dependenciesOf = (m: MilestoneFacts): MilestoneFacts[] =>
    m.dependsOn.flatMap((id) => {
      const dependency = byId.get(id);
      return dependency === undefined || dependency.id === m.id ? [] : [dependency];
    });
  const open = list.filter((m) => !isDone(m, today) && !isLate(m, today));
  const openDependents = new Map<number, MilestoneFacts[]>();
  for (const m of open) {
    for (const d of dependenciesOf(m)) {
      const dependents = openDependents.get(d.id);
      if (dependents === undefined) openDependents.set(d.id, [m]);
      else dependents.push(m);
    }
  }

  const atRisk = new Set<number>();
  const queue: MilestoneFacts[] = [];
  const markAtRisk = (m: MilestoneFacts) => {
    if (atRisk.has(m.id)) return;
    atRisk.add(m.id);
    queue.push(m);
  };
  for (const m of open) {
    const risky = dependenciesOf(m).some(
      (d) => isLate(d, today) || (!isDone(d, today) && d.plannedDate > m.plannedDate),
    );
    if (risky || isDueSoonWithLittleProgress(m, today)) markAtRisk(m);
  }
  // Risk travels to open dependents; each milestone is marked once, so cycles end.
  for (let m = queue.pop(); m !== undefined; m = queue.pop()) {
    for (const dependent of openDependents.get(m.id) ?? []) markAtRisk(dependent);
  }

  const statuses = new Map<number, MilestoneStatus>();
  for (const m of list) {
    const phase = datePhase(m, today);
    if (phase !== 'open') statuses.set(m.id, phase);
    else if (atRisk.has(m.id)) statuses.set(m.id, 'at_risk');
    else statuses.set(m.id, m.progress === 0 ? 'not_started' : 'on_track');
  }
  return statuses;
}

/** Status of one milestone on its own, without looking at its dependencies. */
export function milestoneStatus(m: MilestoneFacts, today: string): MilestoneStatus {
  return milestoneStatuses([{ ...m, dependsOn: [] }], today).get(m.id) ?? 'not_started';
}

/**
 * Whether making `id` depend on `dependsOn` would close a cycle (`id` reachable from them).
 * For the API to refuse such a change; statuses still terminate if a cycle exists.
 */
export function createsDependencyCycle(
  list: readonly Pick<MilestoneFacts, 'id' | 'dependsOn'>[],
  id: number,
  dependsOn: readonly number[],
): boolean {
  const edges = new Map(list.map((m) => [m.id, m.dependsOn]));
  const seen = new Set<number>();
  const stack = [...dependsOn];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (next === id) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(edges.get(next) ?? []));
  }
  return false;
}

/** Roadmap order of statuses: what needs attention first. */
export const STATUS_ORDER = [
  'late',
  'slipped',
  'at_risk',
  'on_track',
  'not_started',
  'done_late',
  'done',
] as const satisfies readonly MilestoneStatus[];

/** Whether a status is that of a reached milestone (on time or late). */
export function isClosedStatus(status: MilestoneStatus): boolean {
  return status === 'done' || status === 'done_late';
}

/** Roadmap order: late first, then slipped, at_risk, on_track, not_started, done late, done; then planned date, then id. */
export function compareRoadmap(
  a: { status: MilestoneStatus; plannedDate: string; id: number },
  b: { status: MilestoneStatus; plannedDate: string; id: number },
): number {
  const byStatus = STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);
  if (byStatus !== 0) return byStatus;
  if (a.plannedDate !== b.plannedDate) return a.plannedDate < b.plannedDate ? -1 : 1;
  return a.id - b.id;
}
