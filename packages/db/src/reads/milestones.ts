import { replanInForceSql } from '@switchoff/domain';
import { prepared, preparedTuples } from '../prepared';
import { columnsSql, type OuterRowOf, type RowOf, tupleToRow } from '../rows/tuple-rows';
import { milestones, services } from '../schema';

/*
 * The milestones of a comune (or of several: a consortium's open data) with their service, and
 * their dependencies. Read as tuples and built as literals, several times cheaper than the
 * driver's object per row; the roadmap's whole answer takes 0.1-0.2 ms (BENCHMARKS.md).
 */

/** The columns of a milestone's read, its service's (a LEFT JOIN: null without one) after them. */
const MILESTONE_COLUMNS = {
  id: milestones.id,
  comuneId: milestones.comuneId,
  title: milestones.title,
  description: milestones.description,
  kind: milestones.kind,
  baselineDate: milestones.baselineDate,
  plannedDate: milestones.plannedDate,
  actualDate: milestones.actualDate,
  owner: milestones.owner,
  progress: milestones.progress,
  visibility: milestones.visibility,
  internalNote: milestones.internalNote,
  version: milestones.version,
};
const SERVICE_COLUMNS = {
  serviceId: services.id,
  serviceSlug: services.slug,
  serviceName: services.name,
  serviceVisibility: services.visibility,
};

/** A milestone with its service's id, slug, name and visibility. */
export type MilestoneWithService = RowOf<typeof MILESTONE_COLUMNS> & OuterRowOf<typeof SERVICE_COLUMNS>;

/**
 * A milestone with the ids of the milestones it depends on and its count of re-plans in force
 * (the domain's rule), read with it: one statement where three ran before (the milestones, their
 * dependencies, their re-plans), about 25 µs of CPU less on each read of a comune's screens
 * (BENCHMARKS.md, session 15).
 */
export type MilestoneWithLinks = MilestoneWithService & { dependsOn: number[]; replans: number };

/** The statement with `replans` as its last column (the count of re-plans in force, or NULL). */
const milestonesWith = (replans: string) => `SELECT ${columnsSql(MILESTONE_COLUMNS)}, ${columnsSql(SERVICE_COLUMNS)},
    (SELECT group_concat(d.depends_on_id) FROM milestone_dependencies d WHERE d.milestone_id = milestones.id),
    ${replans}
  FROM milestones LEFT JOIN services ON services.id = milestones.service_id`;
const MILESTONES = milestonesWith(
  `(SELECT count(*) FROM milestone_replans r WHERE r.milestone_id = milestones.id AND ${replanInForceSql('r')})`,
);

const milestoneRow = tupleToRow<MilestoneWithService>({ ...MILESTONE_COLUMNS, ...SERVICE_COLUMNS });
/** Where the dependencies and the re-plans are in MILESTONES' tuple: after the two column maps. */
const LINKS_AT = Object.keys(MILESTONE_COLUMNS).length + Object.keys(SERVICE_COLUMNS).length;

/** A milestone's row from its tuple (MILESTONES' columns, in order), its dependencies in id order. */
export function milestoneWithLinks(tuple: readonly unknown[]): MilestoneWithLinks {
  const row = milestoneRow(tuple) as MilestoneWithLinks;
  const list = tuple[LINKS_AT] as string | null;
  row.dependsOn =
    list === null
      ? []
      : list
          .split(',')
          .map(Number)
          .sort((a, b) => a - b);
  // NULL from `milestonesOf.uncounted`: its reader counts the re-plans it reads itself.
  row.replans = (tuple[LINKS_AT + 1] as number | null) ?? 0;
  return row;
}

// One comune (every screen of a comune) by `= ?`; several (a consortium's open data) by a JSON
// list, one statement for any number.
export const milestonesOf = {
  one: preparedTuples<[number], unknown[]>(`${MILESTONES} WHERE milestones.comune_id = ?`),
  many: preparedTuples<[string], unknown[]>(
    `${MILESTONES} WHERE milestones.comune_id IN (SELECT value FROM json_each(?))`,
  ),
  /**
   * One comune's without counting their re-plans (0 each), for a read that loads every re-plan of
   * the comune anyway and counts them from those (the roadmap): the count's subquery was 5 of the
   * statement's 37 µs of CPU (BENCHMARKS.md, session 18).
   */
  uncounted: preparedTuples<[number], unknown[]>(`${milestonesWith('NULL')} WHERE milestones.comune_id = ?`),
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
