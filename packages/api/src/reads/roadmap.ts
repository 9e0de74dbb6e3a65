import type { Db } from '@switchoff/db';
import { isReplanInForce } from '@switchoff/domain';
import { loadComments } from './comments';
import { comuneView, type FoundComune } from './lookup';
import { loadMilestones } from './milestones';
import { loadReplans } from './replans';
import { withInternal } from './visibility';

/**
 * The comune's milestones, late first, each with its re-plans and their reasons. Public ones
 * only, unless the reader may see internal data: then internal ones too, with notes, versions,
 * who re-planned, and the comments on milestones.
 */
export function getRoadmap(db: Db, params: { found: FoundComune; today: string; internal: boolean }) {
  const { found, internal } = params;
  // The re-plans of every milestone of the comune in one indexed read; only the visible milestones' are
  // shown. Each milestone's count of re-plans in force comes from them, not from a count in SQL.
  const replans = loadReplans(db, { comuneId: found.comune.id }, internal);
  const replanCounts = new Map<number, number>();
  for (const [id, entries] of replans) replanCounts.set(id, entries.filter(isReplanInForce).length);
  const milestones = loadMilestones(db, { comuneId: found.comune.id, today: params.today, internal, replanCounts });
  const roadmap = {
    comune: comuneView(found, internal),
    today: params.today,
    // Each view was built for this answer: its re-plans are set on it, not on a copy (a copy of
    // each milestone was 6% of the roadmap's CPU, BENCHMARKS.md, session 18).
    milestones: milestones.map((m) => Object.assign(m, { replans: replans.get(m.id) ?? [] })),
  };
  return withInternal(roadmap, internal, () => ({
    comments: loadComments(db, { comuneId: found.comune.id, scope: 'milestones' }),
  }));
}
