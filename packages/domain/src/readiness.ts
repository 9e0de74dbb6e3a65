import { figuresFreshness } from './freshness';
import { digitalTakeUp, figuresByMonth, type MonthFigures } from './measures';
import { lastCompleteMonth, type YearMonth } from './months';
import { isPlatformActive, type Platform, type PlatformState, type Stage } from './vocabulary';

/** Digital take-up a comune aims for before switching off, unless it sets its own. */
export const DEFAULT_TAKE_UP_TARGET = 0.8;
/** How many of the latest months with figures must each reach the target. */
export const READINESS_MONTHS = 3;

// Tolerance for targets computed in floating point (0.7 + 0.1 is 0.7999…).
const EPSILON = 1e-9;

/** Whether a take-up reaches the target. */
export function meetsTarget(takeUp: number, target: number): boolean {
  return takeUp >= target - EPSILON;
}

export type MonthTakeUp = { month: YearMonth; takeUp: number };

/**
 * Take-up of each month that has figures with at least one transaction, oldest first.
 * Entries of the same month are added up; months without transactions have no take-up and are left out.
 */
export function monthlyTakeUps(figures: readonly MonthFigures[]): MonthTakeUp[] {
  // A loop, not a spread iterator and flatMap's arrays: an overview runs this for each of its
  // comune's 40 services (0.8 -> 0.17 µs a call on four months, BENCHMARKS.md session 16).
  const takeUps: MonthTakeUp[] = [];
  for (const f of figuresByMonth(figures).values()) {
    const takeUp = digitalTakeUp(f);
    if (takeUp !== null) takeUps.push({ month: f.month, takeUp: takeUp.value });
  }
  return takeUps;
}

/**
 * monthlyTakeUps(figures).slice(-READINESS_MONTHS), read backwards from the latest month: a
 * service's page has 120 months, of which the verdict looks at the last three with transactions.
 */
function latestTakeUps(figures: readonly MonthFigures[]): MonthTakeUp[] {
  const byMonth = [...figuresByMonth(figures).values()];
  const latest: MonthTakeUp[] = [];
  for (let i = byMonth.length - 1; i >= 0 && latest.length < READINESS_MONTHS; i -= 1) {
    const f = byMonth[i];
    const takeUp = f === undefined ? null : digitalTakeUp(f);
    if (f !== undefined && takeUp !== null) latest.push({ month: f.month, takeUp: takeUp.value });
  }
  return latest.reverse();
}

export type ReadinessInput = {
  /** The day the verdict is for (ISO date): figures after its last complete month are not looked at. */
  today: string;
  stage: Stage | null;
  takesPayment: boolean;
  needsIdentity: boolean;
  hasAssistedDesk: boolean;
  figures: readonly MonthFigures[];
  platforms: Partial<Record<Platform, PlatformState>>;
  target: number;
};

export type ConditionKey = 'take_up' | 'pagopa' | 'identity' | 'assisted_desk';

/** One switch-off condition with the facts behind it; the UI words it. */
export type ReadinessCondition =
  | {
      key: 'take_up';
      met: boolean;
      /** The latest months with transactions considered, oldest first (at most READINESS_MONTHS). */
      months: MonthTakeUp[];
      target: number;
      /** Why it is not met whatever the take-up: too few months, or figures not up to date. */
      reason?: 'not_enough_data' | 'stale';
      /** The last month with figures (null: none), whose freshness the rule checks. */
      lastMonth: YearMonth | null;
    }
  | { key: 'pagopa'; met: boolean; state: PlatformState | null }
  | { key: 'identity'; met: boolean; spid: PlatformState | null; cie: PlatformState | null }
  | { key: 'assisted_desk'; met: boolean };

export type TakeUpCondition = Extract<ReadinessCondition, { key: 'take_up' }>;

export type Readiness =
  | { status: 'switched_off' }
  | { status: 'ready' | 'not_ready'; conditions: ReadinessCondition[]; missing: ConditionKey[] };

/**
 * Take-up condition — the one readiness window, on every screen and in the open data: the last
 * READINESS_MONTHS months with transactions up to the last complete month before `today`, each at
 * or above the target, and the figures not stale (figuresFreshness: the last month with figures
 * at most FRESHNESS_GRACE_MONTHS behind). There is no calendar window beyond that: gaps between
 * months with figures do not matter, stale figures do. `figures` are the service's months with
 * figures in any number (at least the latest month with figures and the latest
 * READINESS_MONTHS months with transactions); a month without transactions only dates the data.
 */
export function takeUpCondition(figures: readonly MonthFigures[], target: number, today: string): TakeUpCondition {
  const asOf = lastCompleteMonth(today);
  const upTo: MonthFigures[] = [];
  let lastMonth: YearMonth | null = null;
  for (const f of figures) {
    if (f.month > asOf) continue;
    upTo.push(f);
    if (lastMonth === null || f.month > lastMonth) lastMonth = f.month;
  }
  const months = latestTakeUps(upTo);
  const base = { key: 'take_up' as const, months, target, lastMonth };
  if (months.length < READINESS_MONTHS) return { ...base, met: false, reason: 'not_enough_data' };
  if (figuresFreshness(lastMonth, today).stale) return { ...base, met: false, reason: 'stale' };
  return { ...base, met: months.every((m) => meetsTarget(m.takeUp, target)) };
}

function isActive(platforms: ReadinessInput['platforms'], platform: Platform): boolean {
  const state = platforms[platform];
  return state !== undefined && isPlatformActive(platform, state);
}

/**
 * The conditions besides take-up, in order: pagoPA active (only for services that take payments);
 * SPID or CIE active (only for services that need identity); an assisted desk.
 */
export function conditionsBesideTakeUp(
  input: Pick<ReadinessInput, 'takesPayment' | 'needsIdentity' | 'hasAssistedDesk' | 'platforms'>,
): ReadinessCondition[] {
  const { platforms } = input;
  const conditions: ReadinessCondition[] = [];
  if (input.takesPayment) {
    conditions.push({ key: 'pagopa', met: isActive(platforms, 'pagopa'), state: platforms.pagopa ?? null });
  }
  if (input.needsIdentity) {
    conditions.push({
      key: 'identity',
      met: isActive(platforms, 'spid') || isActive(platforms, 'cie'),
      spid: platforms.spid ?? null,
      cie: platforms.cie ?? null,
    });
  }
  conditions.push({ key: 'assisted_desk', met: input.hasAssistedDesk });
  return conditions;
}

/**
 * Whether all but take-up is in place for a service not yet switched off: then it is ready
 * exactly when takeUpCondition is met (what a reading of thousands of services asks first, so
 * that it looks at take-up months only where they decide).
 */
export function readyButForTakeUp(input: Omit<ReadinessInput, 'figures' | 'today' | 'target'>): boolean {
  return input.stage !== 'switched_off' && conditionsBesideTakeUp(input).every((c) => c.met);
}

/**
 * Whether a service not yet switched off is ready to be, and what is missing:
 * take-up at or above target for the last 3 months with figures, those figures not stale
 * (takeUpCondition), then the conditions besides take-up (conditionsBesideTakeUp).
 * `missing` lists the keys not met, in the same order.
 */
export function assessReadiness(input: ReadinessInput): Readiness {
  if (input.stage === 'switched_off') return { status: 'switched_off' };
  const conditions: ReadinessCondition[] = [
    takeUpCondition(input.figures, input.target, input.today),
    ...conditionsBesideTakeUp(input),
  ];
  const missing = conditions.filter((c) => !c.met).map((c) => c.key);
  return { status: missing.length === 0 ? 'ready' : 'not_ready', conditions, missing };
}

/**
 * A readiness verdict as a list of services shows it (the comune overview): the status and, when
 * not ready, only the conditions not met, with their facts; the met ones, which a list never
 * words, are left out (about a third of the overview's answer, 40 services). The service page
 * and the council report keep the whole Readiness.
 */
export type ReadinessInShort =
  | { status: 'switched_off' | 'ready' }
  | { status: 'not_ready'; unmet: ReadinessCondition[] };

export function readinessInShort(readiness: Readiness): ReadinessInShort {
  if (readiness.status !== 'not_ready') return { status: readiness.status };
  return { status: 'not_ready', unmet: readiness.conditions.filter((c) => !c.met) };
}
