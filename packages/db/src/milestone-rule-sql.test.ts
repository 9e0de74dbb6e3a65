import {
  countReplans,
  datePhaseSql,
  isPublicMilestone,
  MILESTONE_CASES,
  MILESTONE_CASES_TODAY,
  type PlanEntry,
  publicMilestoneSql,
  replanInForceSql,
  slippageDaysSql,
} from '@switchoff/domain';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATE_CANDIDATE_SQL, OFF_BASELINE_SQL } from './reads/milestone-counts';

/**
 * The SQL built from the domain's milestone rule, run by SQLite on the domain's table of cases:
 * the counts of the portfolio and the national summary say what the screens say.
 */
describe('the milestone rule in SQL agrees with TypeScript', () => {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE m (name TEXT, baseline_date TEXT, planned_date TEXT, actual_date TEXT)');
  const insert = db.prepare('INSERT INTO m VALUES (?, ?, ?, ?)');
  for (const c of MILESTONE_CASES) insert.run(c.name, c.dates.baselineDate, c.dates.plannedDate, c.dates.actualDate);
  const columns = { baseline: 'baseline_date', planned: 'planned_date', actual: 'actual_date', today: '@today' };
  const rows = db
    .prepare(`SELECT name, ${datePhaseSql(columns)} AS phase, ${slippageDaysSql(columns)} AS slip FROM m`)
    .all({ today: MILESTONE_CASES_TODAY }) as { name: string; phase: string; slip: number }[];

  for (const c of MILESTONE_CASES) {
    it(c.name, () => {
      expect(rows.find((r) => r.name === c.name)).toEqual({ name: c.name, phase: c.phase, slip: c.slippageDays });
    });
  }

  // The national counts read late ones only among the late candidates, and slipped, done late and
  // slippage only among those off their baseline: no milestone outside them may count.
  it('finds every milestone that counts among the candidates the national counts read', () => {
    const candidates = db
      .prepare(`SELECT name, ${LATE_CANDIDATE_SQL} AS late, coalesce(${OFF_BASELINE_SQL}, 0) AS off FROM m`)
      .all({ today: MILESTONE_CASES_TODAY }) as { name: string; late: number; off: number }[];
    for (const c of MILESTONE_CASES) {
      const found = candidates.find((r) => r.name === c.name);
      if (c.phase === 'late') expect(found?.late, c.name).toBe(1);
      if (c.phase === 'slipped' || c.phase === 'done_late' || c.slippageDays > 0) expect(found?.off, c.name).toBe(1);
    }
    // The cases hold each kind outside the other set too, so the test would see a wrong filter.
    expect(candidates.filter((r) => r.late === 1 && r.off === 0).length).toBeGreaterThan(0);
    expect(candidates.filter((r) => r.late === 0 && r.off === 1).length).toBeGreaterThan(0);
  });

  it('judges public milestones as isPublicMilestone does', () => {
    const cases = [
      { visibility: 'public', serviceVisibility: null },
      { visibility: 'public', serviceVisibility: 'public' },
      { visibility: 'public', serviceVisibility: 'internal' },
      { visibility: 'internal', serviceVisibility: null },
      { visibility: 'internal', serviceVisibility: 'public' },
    ] as const;
    // A milestone of the comune has no service (null); one of a service has its visibility.
    const sql = publicMilestoneSql({ visibility: '@v', service: '@sv', serviceVisibility: '@sv' });
    for (const c of cases) {
      const { yes } = db.prepare(`SELECT ${sql} AS yes`).get({ v: c.visibility, sv: c.serviceVisibility }) as {
        yes: number;
      };
      expect(yes === 1, JSON.stringify(c)).toBe(isPublicMilestone(c));
    }
  });

  it('counts re-plans in force as countReplans does', () => {
    db.exec('CREATE TABLE milestone_replans (id INTEGER PRIMARY KEY, annuls_id INTEGER)');
    const entries: PlanEntry[] = [
      { id: 1, annulsId: null },
      { id: 2, annulsId: null },
      { id: 3, annulsId: 2 },
      { id: 4, annulsId: null },
      { id: 5, annulsId: 4 },
      { id: 6, annulsId: null },
    ].map((e) => ({ ...e, previousDate: '', plannedDate: '', reason: '', changedAt: '' }));
    const add = db.prepare('INSERT INTO milestone_replans VALUES (?, ?)');
    for (const e of entries) add.run(e.id, e.annulsId);
    const { n } = db.prepare(`SELECT count(*) AS n FROM milestone_replans r WHERE ${replanInForceSql('r')}`).get() as {
      n: number;
    };
    expect(n).toBe(countReplans(entries));
    expect(n).toBe(2);
  });
});
