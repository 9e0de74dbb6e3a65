import { datePhaseSql, publicMilestoneSql, replanInForceSql, slippageDaysSql } from '@switchoff/domain';
import type { Db } from '../client';
import { prepared } from '../prepared';

/**
 * Milestones counted in SQL for many comuni at once (a consortium's portfolio, the national
 * summary), by the date rule and the public-milestone rule of `domain/milestone-rule.ts`: the
 * SQL is built from the same definitions, never retyped. Late and slipped need no dependencies,
 * so they are exact here; at risk is not counted.
 */

/** Counts for one group (a comune or a region). */
export type MilestoneCounts = {
  key: string | number;
  late: number;
  slipped: number;
  doneLate: number;
  /** Days of slippage added up over the milestones later than their baseline. */
  slippageDays: number;
  /** Re-plans in force. */
  replans: number;
};

const COLUMNS = { baseline: 'm.baseline_date', planned: 'm.planned_date', actual: 'm.actual_date', today: '@today' };
const PUBLIC = publicMilestoneSql({
  visibility: 'm.visibility',
  service: 'm.service_id',
  serviceVisibility: 's.visibility',
});

type Scope = { key: string; from: string; where: string };

function countsStatement<P extends Record<string, unknown>>(scope: Scope, publicOnly: boolean) {
  const visible = publicOnly ? ` AND ${PUBLIC}` : '';
  const phases = prepared<[P & { today: string }], Omit<MilestoneCounts, 'replans'>>(
    `SELECT key, sum(phase = 'late') AS late, sum(phase = 'slipped') AS slipped, sum(phase = 'done_late') AS doneLate,
      sum(max(0, slip)) AS slippageDays
    FROM (SELECT ${scope.key} AS key, ${datePhaseSql(COLUMNS)} AS phase, ${slippageDaysSql(COLUMNS)} AS slip
      FROM ${scope.from} JOIN milestones m ON m.comune_id = c.id LEFT JOIN services s ON s.id = m.service_id
      WHERE ${scope.where}${visible})
    GROUP BY key`,
  );
  const replans = prepared<[P] | [], { key: string | number; replans: number }>(
    `SELECT ${scope.key} AS key, count(*) AS replans
    FROM ${scope.from} JOIN milestones m ON m.comune_id = c.id LEFT JOIN services s ON s.id = m.service_id
      JOIN milestone_replans r ON r.milestone_id = m.id
    WHERE ${scope.where}${visible} AND ${replanInForceSql('r')}
    GROUP BY key`,
  );
  return (db: Db, params: P & { today: string }): Map<string | number, MilestoneCounts> => {
    const counts = new Map<string | number, MilestoneCounts>();
    for (const row of phases.all(db, params)) counts.set(row.key, { ...row, replans: 0 });
    // The re-plans do not depend on today; a statement with no parameter takes none.
    const { today: _today, ...rest } = params;
    const rows = Object.keys(rest).length === 0 ? replans.all(db) : replans.all(db, rest as unknown as P);
    for (const row of rows) {
      const found = counts.get(row.key);
      if (found) found.replans = row.replans;
    }
    return counts;
  };
}

// An archived comune is out of every count, as it is out of the roll-ups.
const CONSORTIUM: Scope = {
  key: 'c.id',
  from: 'comuni c',
  where: 'c.consortium_id = @consortium AND c.archived_at IS NULL',
};

/** Per comune of a consortium: public milestones only, unless `internal`. */
export const countConsortiumMilestones = {
  public: countsStatement<{ consortium: number }>(CONSORTIUM, true),
  all: countsStatement<{ consortium: number }>(CONSORTIUM, false),
};

/*
 * Per region, over the whole country: tens of thousands of milestones, so the count reads only the
 * ones that can count, each from an index that holds every column it reads (schema/milestones.ts),
 * and decides its phase by the same rule: late only among those planned before today and not done
 * by then (open, or done on a date still to come); slipped, done late and days of slippage only
 * among those off their baseline (planned or done after it), since the rule gives none to the
 * others (milestone-rule-sql.test.ts checks both on the domain's cases).
 */
const PHASE = datePhaseSql(COLUMNS);
const LATE_FIGURES = `(${PHASE} = 'late') AS late, 0 AS slipped, 0 AS doneLate, 0 AS slip`;
const OFF_BASELINE_FIGURES = `0 AS late, (${PHASE} = 'slipped') AS slipped, (${PHASE} = 'done_late') AS doneLate,
  max(0, ${slippageDaysSql(COLUMNS)}) AS slip`;
/** Milestones planned or done after their baseline: milestones_off_baseline_idx's condition, word for word. */
export const OFF_BASELINE_SQL = '(m.planned_date > m.baseline_date OR m.actual_date > m.baseline_date)';
/** Milestones not done by today whose plan has passed. */
export const LATE_CANDIDATE_SQL = '(m.planned_date < @today AND (m.actual_date IS NULL OR m.actual_date > @today))';
const SERVICE = 'LEFT JOIN services s INDEXED BY services_visibility_idx ON s.id = m.service_id';
const candidates = (index: string, where: string, figures: string) =>
  `SELECT m.comune_id AS comune, ${figures} FROM milestones m INDEXED BY ${index} ${SERVICE} WHERE ${where} AND ${PUBLIC}`;

const regionPhases = prepared<[{ today: string }], Omit<MilestoneCounts, 'replans'>>(
  `SELECT c.region AS key, sum(x.late) AS late, sum(x.slipped) AS slipped, sum(x.doneLate) AS doneLate,
    sum(x.slip) AS slippageDays
  FROM (${candidates('milestones_open_idx', `${LATE_CANDIDATE_SQL} AND m.actual_date IS NULL`, LATE_FIGURES)}
    UNION ALL ${candidates('milestones_actual_idx', `${LATE_CANDIDATE_SQL} AND m.actual_date > @today`, LATE_FIGURES)}
    UNION ALL ${candidates('milestones_off_baseline_idx', OFF_BASELINE_SQL, OFF_BASELINE_FIGURES)}) x
  CROSS JOIN comuni c ON c.id = x.comune
  WHERE c.archived_at IS NULL
  GROUP BY c.region`,
);
const regionReplans = prepared<[], { key: string; replans: number }>(
  `SELECT c.region AS key, count(*) AS replans
  FROM milestone_replans r CROSS JOIN milestones m INDEXED BY milestones_visibility_idx ON m.id = r.milestone_id
    ${SERVICE} CROSS JOIN comuni c ON c.id = m.comune_id
  WHERE c.archived_at IS NULL AND ${PUBLIC} AND ${replanInForceSql('r')}
  GROUP BY c.region`,
);

/** Per region: public milestones only, whoever asks (a region with none to count is left out). */
export function countRegionMilestones(db: Db, params: { today: string }): Map<string | number, MilestoneCounts> {
  const counts = new Map<string | number, MilestoneCounts>();
  for (const row of regionPhases.all(db, params)) counts.set(row.key, { ...row, replans: 0 });
  for (const row of regionReplans.all(db)) {
    const found = counts.get(row.key);
    if (found) found.replans = row.replans;
    else counts.set(row.key, { key: row.key, ...NO_MILESTONE_COUNTS, replans: row.replans });
  }
  return counts;
}

/** No milestones counted (a comune or region without any). */
export const NO_MILESTONE_COUNTS = { late: 0, slipped: 0, doneLate: 0, slippageDays: 0, replans: 0 } as const;

/** The counts as a screen's figures: late and slipped milestones side by side, slippage and re-plans. */
export function milestoneFigures(counts: Omit<MilestoneCounts, 'key'>) {
  return {
    lateMilestones: counts.late,
    slippedMilestones: counts.slipped,
    doneLateMilestones: counts.doneLate,
    slippageDays: counts.slippageDays,
    replans: counts.replans,
  };
}
