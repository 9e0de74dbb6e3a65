import { schema, type Tx } from '@switchoff/db';
import type { Stage } from '@switchoff/domain';
import { currentStage, type StageEvent } from '@switchoff/domain';
import { asc, inArray } from 'drizzle-orm';

const { stageEvents } = schema;

export type StageEventRow = typeof stageEvents.$inferSelect;

/** Stage events of the given services, oldest first, grouped by service. */
export function loadStageEvents(db: Tx, serviceIds: readonly number[]): Map<number, StageEventRow[]> {
  const bySerivce = new Map<number, StageEventRow[]>();
  if (serviceIds.length === 0) return bySerivce;
  const rows = db
    .select()
    .from(stageEvents)
    .where(inArray(stageEvents.serviceId, [...serviceIds]))
    .orderBy(asc(stageEvents.effectiveDate), asc(stageEvents.id))
    .all();
  for (const row of rows) {
    const list = bySerivce.get(row.serviceId) ?? [];
    list.push(row);
    bySerivce.set(row.serviceId, list);
  }
  return bySerivce;
}

/** The stage in force today and the date it took effect. */
export function stageAsOf(
  events: readonly StageEvent[] | undefined,
  today: string,
): { stage: Stage | null; since: string | null } {
  const effective: StageEvent[] = (events ?? []).filter((e) => e.effectiveDate <= today);
  const stage = currentStage(effective, today);
  const last = effective.at(-1);
  return { stage, since: stage && last ? last.effectiveDate : null };
}
