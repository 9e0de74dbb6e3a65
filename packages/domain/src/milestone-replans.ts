/**
 * A milestone's plan history: re-plans and the corrections that annul them. Nothing is ever
 * deleted; an annulment is an entry of its own (`annulsId` names the re-plan it annuls) that
 * moves the plan back to where that re-plan found it.
 */

/** One entry of the plan history as stored, oldest first by `id`. */
export type PlanEntry = {
  id: number;
  previousDate: string;
  plannedDate: string;
  reason: string;
  changedAt: string;
  /** The re-plan this entry annuls; null for a re-plan. */
  annulsId: number | null;
};

/** A plan entry as the history shows it: what it is, and for a re-plan whether it was annulled. */
export type PlanEntryView<E extends PlanEntry = PlanEntry> = E & {
  kind: 'replan' | 'annulment';
  /** For a re-plan: the id of the annulment that cancelled it (null: in force). */
  annulledBy: number | null;
};

/** The history with each entry's kind and, for re-plans, the annulment that cancelled them. */
export function describePlanHistory<E extends PlanEntry>(entries: readonly E[]): PlanEntryView<E>[] {
  const annulledBy = new Map<number, number>();
  for (const e of entries) if (e.annulsId !== null) annulledBy.set(e.annulsId, e.id);
  return entries.map((e) => ({
    ...e,
    kind: e.annulsId === null ? 'replan' : 'annulment',
    annulledBy: annulledBy.get(e.id) ?? null,
  }));
}

/** Whether an entry of the history is a re-plan in force: neither an annulment nor annulled. */
export function isReplanInForce(e: { kind: 'replan' | 'annulment'; annulledBy: number | null }): boolean {
  return e.kind === 'replan' && e.annulledBy === null;
}

/** How many re-plans are in force: neither an annulment nor annulled. */
export function countReplans(entries: readonly PlanEntry[]): number {
  return describePlanHistory(entries).filter(isReplanInForce).length;
}

/**
 * The re-plan an annulment may cancel: the latest one still in force. An earlier one cannot be
 * annulled while a later one stands, since restoring its previous date would skip the later plan;
 * annulments themselves are not annulled (re-plan again instead). Null when there is none.
 */
export function annullableReplan<E extends PlanEntry>(entries: readonly E[]): PlanEntryView<E> | null {
  const inForce = describePlanHistory(entries).filter(isReplanInForce);
  return inForce.at(-1) ?? null;
}

/**
 * The SQL condition that a row of milestone_replans (`alias`) is a re-plan in force, for counts
 * over many milestones: the same rule as `isReplanInForce`.
 */
export function replanInForceSql(alias: string): string {
  return `(${alias}.annuls_id IS NULL AND NOT EXISTS (SELECT 1 FROM milestone_replans annulment WHERE annulment.annuls_id = ${alias}.id))`;
}
