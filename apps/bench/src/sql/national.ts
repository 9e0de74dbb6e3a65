import { addMonths, lastCompleteMonth } from '@switchoff/domain';
import { type Channels, type Client, CURRENT_STAGE_EVENT, countStages, takeUp } from './common';

const add = (rows: readonly Channels[]) =>
  rows.reduce(
    (a, t) => ({ online: a.online + t.online, assisted: a.assisted + t.assisted, paper: a.paper + t.paper }),
    { online: 0, assisted: 0, paper: 0 },
  );

/** Public milestones (and their service, `s`) of `c`'s comuni, from the index given. */
const MILESTONES = (index: string) => `FROM milestones m INDEXED BY ${index} JOIN comuni c ON c.id = m.comune_id
  LEFT JOIN services s INDEXED BY services_visibility_idx ON s.id = m.service_id
  WHERE m.visibility = 'public' AND (m.service_id IS NULL OR s.visibility = 'public')`;
const NOT_DONE = '(m.actual_date IS NULL OR m.actual_date > @today)';
/** Days from the baseline to the actual date once reached, else the plan, when later. */
const SLIP = `max(0, CAST(round(julianday(CASE WHEN m.actual_date <= @today THEN m.actual_date ELSE m.planned_date END)
  - julianday(m.baseline_date)) AS INTEGER))`;
/** Late, slipped, done late, days of slippage and re-plans in force, per region, in SQL over the milestones. */
const MILESTONE_FIGURES = {
  lateOpen: `SELECT c.region, count(*) AS late ${MILESTONES('milestones_open_idx')}
    AND m.planned_date < @today AND m.actual_date IS NULL GROUP BY c.region`,
  lateDoneLater: `SELECT c.region, count(*) AS late ${MILESTONES('milestones_actual_idx')}
    AND m.planned_date < @today AND m.actual_date > @today GROUP BY c.region`,
  // Only a milestone planned or done after its baseline can have slipped, be done late or add days.
  offBaseline: `SELECT c.region, sum(${NOT_DONE} AND m.planned_date >= @today AND m.planned_date > m.baseline_date) AS slipped,
      sum(m.actual_date <= @today AND m.actual_date > m.baseline_date) AS doneLate, sum(${SLIP}) AS slippageDays
    ${MILESTONES('milestones_off_baseline_idx')} AND (m.planned_date > m.baseline_date OR m.actual_date > m.baseline_date)
    GROUP BY c.region`,
  replans: `SELECT c.region, count(*) AS replans FROM milestone_replans r
    JOIN milestones m INDEXED BY milestones_visibility_idx ON m.id = r.milestone_id JOIN comuni c ON c.id = m.comune_id
    LEFT JOIN services s INDEXED BY services_visibility_idx ON s.id = m.service_id
    WHERE m.visibility = 'public' AND (m.service_id IS NULL OR s.visibility = 'public')
      AND r.annuls_id IS NULL AND NOT EXISTS (SELECT 1 FROM milestone_replans a WHERE a.annuls_id = r.id)
    GROUP BY c.region`,
};

type MilestoneTotals = { late: number; slipped: number; doneLate: number; slippageDays: number; replans: number };

/** The figures of `rows` (one or more per region) added up for the country. */
function addUp(rows: readonly Partial<MilestoneTotals>[]): MilestoneTotals {
  const totals: MilestoneTotals = { late: 0, slipped: 0, doneLate: 0, slippageDays: 0, replans: 0 };
  for (const row of rows)
    for (const key of Object.keys(totals) as (keyof MilestoneTotals)[]) totals[key] += row[key] ?? 0;
  return totals;
}

/**
 * The national summary by the bare SQL the roll-up design needs: comuni per region, public
 * services per stage (region_stage_counts, and the services whose latest event is still to come),
 * 12 months of take-up (region_month_totals), and per region the figures of the milestones the
 * API gives (late, slipped, done late, days of slippage, re-plans in force), each from the
 * index that holds what it reads. Until session 17 it counted only late milestones: fewer figures
 * than the API's answer (BENCHMARKS.md).
 */
export function prepareNationalSql(client: Client) {
  const regions = client.prepare(
    'SELECT region, count(*) AS comuni, sum(population) AS population FROM comuni GROUP BY region',
  );
  const stages = client.prepare(`SELECT region, stage, services FROM region_stage_counts WHERE visibility = 'public'`);
  const ahead =
    client.prepare(`SELECT st.service_id, c.region, st.stage FROM service_status st JOIN comuni c ON c.id = st.comune_id
    WHERE st.stage_since > ? AND st.visibility = 'public'`);
  const months = client.prepare(`SELECT region, month, online, assisted, paper FROM region_month_totals
    WHERE visibility = 'public' AND month BETWEEN @from AND @to`);
  const { replans, ...onToday } = MILESTONE_FIGURES;
  const datedFigures = Object.values(onToday).map((sql) => client.prepare(sql));
  const replansInForce = client.prepare(replans);

  return (p: { today: string }) => {
    const asOf = lastCompleteMonth(p.today);
    const counts = { paper: 0, hybrid: 0, digital_first: 0, switched_off: 0 } as Record<string, number>;
    for (const r of stages.all() as Array<{ stage: string; services: number }>)
      counts[r.stage] = (counts[r.stage] ?? 0) + r.services;
    const figures = [
      ...datedFigures.flatMap((statement) => statement.all({ today: p.today }) as Partial<MilestoneTotals>[]),
      ...(replansInForce.all() as Partial<MilestoneTotals>[]),
    ];
    return {
      regions: regions.all().length,
      stageCounts: counts,
      ahead: ahead.all(p.today).length,
      takeUp: takeUp(add(months.all({ from: addMonths(asOf, -11), to: asOf }) as Channels[])),
      ...addUp(figures),
    };
  };
}

/**
 * The same from the raw rows (phase 1: seconds at national scale, the reason for the roll-ups):
 * what the API and the roll-ups are checked against.
 */
export function prepareNationalRawSql(client: Client) {
  const stages =
    client.prepare(`SELECT e.stage FROM services s LEFT JOIN stage_events e ON e.id = ${CURRENT_STAGE_EVENT}
    WHERE s.visibility = 'public'`);
  const sums = client.prepare(`SELECT sum(f.online) AS online, sum(f.assisted) AS assisted, sum(f.paper) AS paper
    FROM services s JOIN monthly_figures f ON f.service_id = s.id
    WHERE s.visibility = 'public' AND f.month BETWEEN @from AND @to`);
  // Every public milestone read, none left out by an index's condition.
  const milestones = client.prepare(`SELECT
      sum(${NOT_DONE} AND m.planned_date < @today) AS late,
      sum(${NOT_DONE} AND m.planned_date >= @today AND m.planned_date > m.baseline_date) AS slipped,
      sum(m.actual_date <= @today AND m.actual_date > m.baseline_date) AS doneLate,
      sum(${SLIP}) AS slippageDays
    FROM milestones m NOT INDEXED LEFT JOIN services s ON s.id = m.service_id
    WHERE m.visibility = 'public' AND (m.service_id IS NULL OR s.visibility = 'public')`);
  const replans = client.prepare(`SELECT count(*) FROM milestone_replans r
    JOIN milestones m ON m.id = r.milestone_id LEFT JOIN services s ON s.id = m.service_id
    WHERE m.visibility = 'public' AND (m.service_id IS NULL OR s.visibility = 'public')
      AND r.annuls_id IS NULL AND r.id NOT IN (SELECT a.annuls_id FROM milestone_replans a WHERE a.annuls_id IS NOT NULL)`);
  return (p: { today: string }) => {
    const asOf = lastCompleteMonth(p.today);
    const sum = sums.get({ from: addMonths(asOf, -11), to: asOf }) as {
      online: number | null;
      assisted: number | null;
      paper: number | null;
    };
    return {
      stageCounts: countStages((stages.all({ today: p.today }) as Array<{ stage: string | null }>).map((r) => r.stage)),
      takeUp: takeUp({ online: sum.online ?? 0, assisted: sum.assisted ?? 0, paper: sum.paper ?? 0 }),
      ...addUp([milestones.get({ today: p.today }) as Partial<MilestoneTotals>]),
      replans: replans.pluck().get(),
    };
  };
}
