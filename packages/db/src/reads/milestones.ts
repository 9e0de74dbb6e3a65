import { replanInForceSql } from '@switchoff/domain';
import { prepared, preparedTuples } from '../prepared';
import type { milestones } from '../schema';

/*
 * The milestones of a comune (or of several: a consortium's open data) with their service, and
 * their dependencies. Read as tuples and built as literals, several times cheaper than the
 * driver's object per row; the roadmap's whole answer takes 0.1-0.2 ms (BENCHMARKS.md).
 */

type MilestoneKind = (typeof milestones.$inferSelect)['kind'];

/** A milestone with its service's slug, name and visibility. */
export type MilestoneWithService = ReturnType<typeof milestoneRow>;

const MILESTONES = `SELECT m.id, m.comune_id, m.title, m.description, m.kind, m.baseline_date, m.planned_date, m.actual_date,
    m.owner, m.progress, m.visibility, m.internal_note, m.version, s.id, s.slug, s.name, s.visibility
  FROM milestones m LEFT JOIN services s ON s.id = m.service_id`;
type MilestoneTuple = [
  id: number,
  comuneId: number,
  title: string,
  description: string,
  kind: MilestoneKind,
  baselineDate: string,
  plannedDate: string,
  actualDate: string | null,
  owner: string,
  progress: number,
  visibility: 'public' | 'internal',
  internalNote: string | null,
  version: number,
  serviceId: number | null,
  serviceSlug: string | null,
  serviceName: string | null,
  serviceVisibility: 'public' | 'internal' | null,
];
/** A milestone's row from its tuple: a literal is several times cheaper than the driver's object per row. */
export function milestoneRow(t: MilestoneTuple) {
  const [
    id,
    comuneId,
    title,
    description,
    kind,
    baselineDate,
    plannedDate,
    actualDate,
    owner,
    progress,
    visibility,
    internalNote,
    version,
    serviceId,
    serviceSlug,
    serviceName,
    serviceVisibility,
  ] = t;
  return {
    id,
    comuneId,
    title,
    description,
    kind,
    baselineDate,
    plannedDate,
    actualDate,
    owner,
    progress,
    visibility,
    internalNote,
    version,
    serviceId,
    serviceSlug,
    serviceName,
    serviceVisibility,
  };
}
const DEPENDENCIES = `SELECT d.milestone_id AS milestoneId, d.depends_on_id AS dependsOnId
  FROM milestone_dependencies d JOIN milestones m ON m.id = d.milestone_id`;

// One comune (every screen of a comune) by `= ?`; several (a consortium's open data) by a JSON
// list, one statement for any number.
export const milestonesOf = {
  one: preparedTuples<[number], MilestoneTuple>(`${MILESTONES} WHERE m.comune_id = ?`),
  many: preparedTuples<[string], MilestoneTuple>(`${MILESTONES} WHERE m.comune_id IN (SELECT value FROM json_each(?))`),
};
/** The dependencies of the milestones of one comune, or of several (a JSON list of ids). */
export const dependenciesOf = {
  one: prepared<[number], { milestoneId: number; dependsOnId: number }>(
    `${DEPENDENCIES} WHERE m.comune_id = ? ORDER BY d.milestone_id, d.depends_on_id`,
  ),
  many: prepared<[string], { milestoneId: number; dependsOnId: number }>(
    `${DEPENDENCIES} WHERE m.comune_id IN (SELECT value FROM json_each(?)) ORDER BY d.milestone_id, d.depends_on_id`,
  ),
};

/** A re-plan of a milestone, as stored. */
export type ReplanRow = {
  id: number;
  milestoneId: number;
  previousDate: string;
  plannedDate: string;
  reason: string;
  changedAt: string;
  changedBy: string;
  /** The re-plan this row annuls (null: a re-plan). */
  annulsId: number | null;
};
const REPLANS = `SELECT r.id, r.milestone_id AS milestoneId, r.previous_date AS previousDate, r.planned_date AS plannedDate,
    r.reason, r.changed_at AS changedAt, r.changed_by AS changedBy, r.annuls_id AS annulsId FROM milestone_replans r`;
/** The re-plans of the given milestones (a JSON list of ids), oldest first. */
export const replansOf = prepared<[string], ReplanRow>(
  `${REPLANS} WHERE r.milestone_id IN (SELECT value FROM json_each(?)) ORDER BY r.changed_at, r.id`,
);
/** The re-plans of every milestone of a comune, oldest first. */
export const replansOfComune = prepared<[number], ReplanRow>(
  `${REPLANS} JOIN milestones m ON m.id = r.milestone_id WHERE m.comune_id = ? ORDER BY r.changed_at, r.id`,
);
/** How many re-plans in force each milestone of the given comuni (a JSON list of ids) has (domain's rule). */
export const replansInForce = prepared<[string], { milestoneId: number; replans: number }>(
  `SELECT r.milestone_id AS milestoneId, count(*) AS replans FROM milestones m JOIN milestone_replans r ON r.milestone_id = m.id
  WHERE m.comune_id IN (SELECT value FROM json_each(?)) AND ${replanInForceSql('r')} GROUP BY r.milestone_id`,
);
