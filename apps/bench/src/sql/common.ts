import type Database from 'better-sqlite3';

export type Client = Database.Database;

/** The stage event in force on @today for the service `s` (latest by effective date, then id). */
export const CURRENT_STAGE_EVENT = `(SELECT x.id FROM stage_events x WHERE x.service_id = s.id AND x.effective_date <= @today
  ORDER BY x.effective_date DESC, x.id DESC LIMIT 1)`;

const DONE = (m: string) => `(${m}.actual_date IS NOT NULL AND ${m}.actual_date <= @today)`;
const DUE_SOON = (m: string) => `(julianday(${m}.planned_date) - julianday(@today) <= 30 AND ${m}.progress < 50)`;

/**
 * The derived status of milestone `m` (domain/milestones.ts) in SQL: done, late, at risk (due
 * within 30 days below 50%, or a dependency late, at risk or planned after it: one level of
 * propagation, which is all the generated roadmaps hold), not started, on track.
 */
export const MILESTONE_STATUS = `CASE
  WHEN ${DONE('m')} THEN 'done'
  WHEN m.planned_date < @today THEN 'late'
  WHEN ${DUE_SOON('m')} THEN 'at_risk'
  WHEN EXISTS (SELECT 1 FROM milestone_dependencies d JOIN milestones o ON o.id = d.depends_on_id
    WHERE d.milestone_id = m.id AND NOT ${DONE('o')}
      AND (o.planned_date < @today OR o.planned_date > m.planned_date OR ${DUE_SOON('o')})) THEN 'at_risk'
  WHEN m.progress = 0 THEN 'not_started'
  ELSE 'on_track' END`;

/** Public milestones: public themselves, of the comune as a whole or of a public service. */
export const PUBLIC_MILESTONE = `m.visibility = 'public' AND (m.service_id IS NULL OR ms.visibility = 'public')`;

export const COMUNE_BY_ISTAT = `SELECT c.id, c.istat_code, c.name, c.province_code, c.region, c.population, c.take_up_target,
  c.assisted_desk, c.figures_illustrative, k.slug AS consortium_slug, k.name AS consortium_name, k.demo AS consortium_demo
  FROM comuni c JOIN consortia k ON k.id = c.consortium_id WHERE c.istat_code = ?`;

export type ComuneRow = { id: number; take_up_target: number };
export type Channels = { online: number; assisted: number; paper: number };
export type StageCounts = Record<'paper' | 'hybrid' | 'digital_first' | 'switched_off', number>;

/** Digital take-up (online + assisted) ÷ all, or null without transactions, as domain/measures.ts. */
export function takeUp(c: Channels): number | null {
  const total = c.online + c.assisted + c.paper;
  return total === 0 ? null : (c.online + c.assisted) / total;
}

export function countStages(stages: readonly (string | null)[]): StageCounts {
  const counts: StageCounts = { paper: 0, hybrid: 0, digital_first: 0, switched_off: 0 };
  for (const stage of stages) {
    if (stage === 'paper' || stage === 'hybrid' || stage === 'digital_first' || stage === 'switched_off')
      counts[stage] += 1;
  }
  return counts;
}

export function found<T>(row: T | undefined, what: string): T {
  if (row === undefined) throw new Error(`bench: ${what} not found`);
  return row;
}
