import { type Db, schema } from '@switchoff/db';
import { and, count, eq, isNull } from 'drizzle-orm';
import type { ComuneRow } from './lookup';

const { milestones, monthlyFigures, services, userComuni, users } = schema;

/** One thing a new comune still needs, or has: what, whether done, and how many there are. */
export type ChecklistItem = { key: 'services' | 'figures' | 'milestones' | 'council'; done: boolean; count: number };

/**
 * What a comune set up by its consortium has and still lacks: services, a first month of
 * figures, milestones, an active council account. For its staff (the screen links each item).
 */
export function getSetupChecklist(db: Db, comune: ComuneRow): { items: ChecklistItem[]; complete: boolean } {
  const counts = {
    services: db.select({ n: count() }).from(services).where(eq(services.comuneId, comune.id)).get()?.n ?? 0,
    figures:
      db
        .select({ n: count() })
        .from(monthlyFigures)
        .innerJoin(services, eq(services.id, monthlyFigures.serviceId))
        .where(eq(services.comuneId, comune.id))
        .get()?.n ?? 0,
    milestones: db.select({ n: count() }).from(milestones).where(eq(milestones.comuneId, comune.id)).get()?.n ?? 0,
    council:
      db
        .select({ n: count() })
        .from(userComuni)
        .innerJoin(users, eq(users.id, userComuni.userId))
        .where(and(eq(userComuni.comuneId, comune.id), eq(users.role, 'council'), isNull(users.disabledAt)))
        .get()?.n ?? 0,
  };
  const keys = ['services', 'figures', 'milestones', 'council'] as const;
  const items = keys.map((key) => ({ key, done: counts[key] > 0, count: counts[key] }));
  return { items, complete: items.every((i) => i.done) };
}
