import { addMonths, lastCompleteMonth } from '@switchoff/domain';
import {
  type Channels,
  type Client,
  COMUNE_BY_ISTAT,
  type ComuneRow,
  CURRENT_STAGE_EVENT,
  countStages,
  found,
  MILESTONE_STATUS,
  PUBLIC_MILESTONE,
  takeUp,
} from './common';

const add = (rows: readonly Channels[]) =>
  rows.reduce(
    (a, t) => ({ online: a.online + t.online, assisted: a.assisted + t.assisted, paper: a.paper + t.paper }),
    { online: 0, assisted: 0, paper: 0 },
  );

/**
 * The numbers of the comune overview by the bare SQL the roll-up design needs: each service with
 * its status row (12-month sums included), the comune's 36 months from its roll-up, then the
 * milestones (status in SQL), platforms, PNRR and datasets.
 */
export function prepareOverviewSql(client: Client) {
  const comune = client.prepare(COMUNE_BY_ISTAT);
  const services = client.prepare(`SELECT s.id, s.slug, s.name, s.category, s.interactivity_level, s.takes_payment,
      s.needs_identity, s.has_assisted_desk, st.stage, st.stage_since, st.last_month, st.recent, st.last12
    FROM services s JOIN service_status st ON st.service_id = s.id
    WHERE s.comune_id = ? AND s.visibility = 'public' ORDER BY s.name`);
  // A service's 12 months from its status row, or from its monthly rows when its figures stop earlier.
  const sums = client.prepare(`SELECT sum(online) AS online, sum(assisted) AS assisted, sum(paper) AS paper
    FROM monthly_figures WHERE service_id = @service AND month BETWEEN @from AND @to`);
  const trend = client.prepare(`SELECT month, online, assisted, paper FROM comune_month_totals
    WHERE comune_id = @comune AND visibility = 'public' AND month BETWEEN @from AND @to ORDER BY month`);
  const milestones =
    client.prepare(`SELECT m.id, m.title, m.kind, m.baseline_date, m.planned_date, m.actual_date, m.progress,
      ms.slug AS service_slug, ${MILESTONE_STATUS} AS status
    FROM milestones m LEFT JOIN services ms ON ms.id = m.service_id
    WHERE m.comune_id = @comune AND ${PUBLIC_MILESTONE} ORDER BY m.planned_date, m.id`);
  const platforms = client.prepare(
    'SELECT platform, state, activation_date FROM platform_adoptions WHERE comune_id = ?',
  );
  const pnrr = client.prepare(
    'SELECT measure, state, amount_cents, state_date FROM pnrr_measures WHERE comune_id = ? ORDER BY measure',
  );
  const datasets = client.prepare(
    'SELECT title, portal, url, license, published_date FROM open_datasets WHERE comune_id = ? ORDER BY title',
  );

  return (p: { istat: string; today: string }) => {
    const c = found(comune.get(p.istat) as ComuneRow | undefined, `comune ${p.istat}`);
    const asOf = lastCompleteMonth(p.today);
    const from12 = addMonths(asOf, -11);
    const list = services.all(c.id) as Array<{
      id: number;
      stage: string | null;
      stage_since: string | null;
      last_month: string | null;
      recent: string;
      last12: string;
    }>;
    const months = trend.all({ comune: c.id, from: addMonths(asOf, -35), to: asOf }) as Array<
      Channels & { month: string }
    >;
    const statuses = (milestones.all({ comune: c.id, today: p.today }) as Array<{ status: string }>).map(
      (m) => m.status,
    );
    return {
      // Latest stage events dated after today do not count yet (none in the generated data).
      stageCounts: countStages(list.map((s) => (s.stage_since !== null && s.stage_since > p.today ? null : s.stage))),
      takeUp: takeUp(add(months.filter((m) => m.month >= from12))),
      readinessRows: list.reduce((n, s) => n + (JSON.parse(s.recent) as unknown[]).length, 0),
      serviceSums: list.map((s) =>
        s.last_month === asOf ? JSON.parse(s.last12) : sums.get({ service: s.id, from: from12, to: asOf }),
      ).length,
      trend: months.length,
      milestones: { total: statuses.length, late: statuses.filter((s) => s === 'late').length },
      platforms: platforms.all(c.id),
      pnrr: pnrr.all(c.id),
      datasets: datasets.all(c.id),
    };
  };
}

/** The same headline numbers from the raw rows (phase 1): what the roll-ups are checked against. */
export function prepareOverviewRawSql(client: Client) {
  const comune = client.prepare(COMUNE_BY_ISTAT);
  const services =
    client.prepare(`SELECT s.id, e.stage FROM services s LEFT JOIN stage_events e ON e.id = ${CURRENT_STAGE_EVENT}
    WHERE s.comune_id = @comune AND s.visibility = 'public'`);
  const sums = client.prepare(`SELECT sum(f.online) AS online, sum(f.assisted) AS assisted, sum(f.paper) AS paper
    FROM monthly_figures f JOIN services s ON s.id = f.service_id
    WHERE s.comune_id = @comune AND s.visibility = 'public' AND f.month BETWEEN @from AND @to`);
  return (p: { istat: string; today: string }) => {
    const c = found(comune.get(p.istat) as ComuneRow | undefined, `comune ${p.istat}`);
    const asOf = lastCompleteMonth(p.today);
    const list = services.all({ comune: c.id, today: p.today }) as Array<{ stage: string | null }>;
    const sum = sums.get({ comune: c.id, from: addMonths(asOf, -11), to: asOf }) as {
      online: number | null;
      assisted: number | null;
      paper: number | null;
    };
    return {
      stageCounts: countStages(list.map((s) => s.stage)),
      takeUp: takeUp({ online: sum.online ?? 0, assisted: sum.assisted ?? 0, paper: sum.paper ?? 0 }),
    };
  };
}
