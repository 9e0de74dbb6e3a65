import { type Db, idList } from '@switchoff/db';
import { type ReplanRow, replansOf, replansOfComune } from '@switchoff/db/reads/milestones';
import { describePlanHistory } from '@switchoff/domain';

import { withInternal } from './visibility';

/** A milestone's plan history as screens and open data show it: re-plans and annulments, oldest first. */
export type PlanHistoryEntry = {
  /** 1, 2, 3… in the order the entries were made: stable, since nothing is deleted. */
  number: number;
  kind: 'replan' | 'annulment';
  previousDate: string;
  plannedDate: string;
  reason: string;
  changedAt: string;
  /** For an annulment: the number of the re-plan it annuls. */
  annuls: number | null;
  /** For a re-plan: the number of the annulment that cancelled it (null: in force). */
  annulledBy: number | null;
  /** Who made the entry: for readers of internal data only. */
  changedBy?: string;
};

/**
 * The plan history of the given milestones (or of every milestone of a comune, `{ comuneId }`),
 * oldest first, grouped by milestone: each re-plan with the annulment that cancelled it, if
 * any, and each annulment with the re-plan it annuls. Who made them only when `internal`.
 */
export function loadReplans(db: Db, milestones: readonly number[] | { comuneId: number }, internal = false) {
  const byMilestone = new Map<number, PlanHistoryEntry[]>();
  if (Array.isArray(milestones) && milestones.length === 0) return byMilestone;
  const rows =
    'comuneId' in milestones ? replansOfComune.all(db, milestones.comuneId) : replansOf.all(db, idList(milestones));
  const grouped = new Map<number, ReplanRow[]>();
  for (const r of rows) grouped.set(r.milestoneId, [...(grouped.get(r.milestoneId) ?? []), r]);
  for (const [milestoneId, entries] of grouped) {
    const numberOf = new Map(entries.map((e, i) => [e.id, i + 1]));
    const numbered = (id: number | null) => (id === null ? null : (numberOf.get(id) ?? null));
    byMilestone.set(
      milestoneId,
      describePlanHistory(entries).map((e) =>
        withInternal(
          {
            number: numbered(e.id) ?? 0,
            kind: e.kind,
            previousDate: e.previousDate,
            plannedDate: e.plannedDate,
            reason: e.reason,
            changedAt: e.changedAt,
            annuls: numbered(e.annulsId),
            annulledBy: numbered(e.annulledBy),
          },
          internal,
          () => ({ changedBy: e.changedBy }),
        ),
      ),
    );
  }
  return byMilestone;
}
