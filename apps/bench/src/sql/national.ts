import { addMonths, lastCompleteMonth } from '@switchoff/domain';
import { type Channels, type Client, CURRENT_STAGE_EVENT, countStages, takeUp } from './common';

const add = (rows: readonly Channels[]) =>
  rows.reduce(
    (a, t) => ({ online: a.online + t.online, assisted: a.assisted + t.assisted, paper: a.paper + t.paper }),
    { online: 0, assisted: 0, paper: 0 },
  );

const LATE = (
  index: string,
) => `SELECT c.region, count(*) AS late FROM milestones m INDEXED BY ${index} JOIN comuni c ON c.id = m.comune_id
  LEFT JOIN services s ON s.id = m.service_id
  WHERE m.planned_date < @today AND m.visibility = 'public' AND (m.service_id IS NULL OR s.visibility = 'public')`;

/**
 * The national summary by the bare SQL the roll-up design needs: comuni per region, public
 * services per stage (region_stage_counts, and the services whose latest event is still to come),
 * 12 months of take-up (region_month_totals), late milestones (the index of open ones).
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
  const lateOpen = client.prepare(`${LATE('milestones_open_idx')} AND m.actual_date IS NULL GROUP BY c.region`);
  const lateDoneLater = client.prepare(`${LATE('milestones_actual_idx')} AND m.actual_date > @today GROUP BY c.region`);

  return (p: { today: string }) => {
    const asOf = lastCompleteMonth(p.today);
    const counts = { paper: 0, hybrid: 0, digital_first: 0, switched_off: 0 } as Record<string, number>;
    for (const r of stages.all() as Array<{ stage: string; services: number }>)
      counts[r.stage] = (counts[r.stage] ?? 0) + r.services;
    const late = [...lateOpen.all({ today: p.today }), ...lateDoneLater.all({ today: p.today })] as Array<{
      late: number;
    }>;
    return {
      regions: regions.all().length,
      stageCounts: counts,
      ahead: ahead.all(p.today).length,
      takeUp: takeUp(add(months.all({ from: addMonths(asOf, -11), to: asOf }) as Channels[])),
      late: late.reduce((n, r) => n + r.late, 0),
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
  const late = client.prepare(`SELECT count(*) FROM milestones m LEFT JOIN services s ON s.id = m.service_id
    WHERE m.visibility = 'public' AND (m.service_id IS NULL OR s.visibility = 'public')
      AND NOT (m.actual_date IS NOT NULL AND m.actual_date <= @today) AND m.planned_date < @today`);
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
      late: late.pluck().get({ today: p.today }),
    };
  };
}
