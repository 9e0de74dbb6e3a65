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
const COUNTRY: Scope = { key: 'c.region', from: 'comuni c', where: 'c.archived_at IS NULL' };

/** Per comune of a consortium: public milestones only, unless `internal`. */
export const countConsortiumMilestones = {
  public: countsStatement<{ consortium: number }>(CONSORTIUM, true),
  all: countsStatement<{ consortium: number }>(CONSORTIUM, false),
};

/** Per region: public milestones only, whoever asks. */
export const countRegionMilestones = countsStatement<Record<never, never>>(COUNTRY, true);

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
