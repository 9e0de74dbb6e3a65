import type { Db } from '@switchoff/db';
import { type FoundComune, publicComune } from './lookup';
import { loadPublicMilestones, loadReplans } from './milestones';

/** The comune's public milestones, late first, each with its re-plans and their reasons. */
export function getRoadmap(db: Db, params: { found: FoundComune; today: string }) {
  const { found } = params;
  const milestones = loadPublicMilestones(db, { comuneId: found.comune.id, today: params.today });
  const replans = loadReplans(
    db,
    milestones.map((m) => m.id),
  );
  return {
    comune: publicComune(found),
    today: params.today,
    milestones: milestones.map((m) => ({ ...m, replans: replans.get(m.id) ?? [] })),
  };
}
