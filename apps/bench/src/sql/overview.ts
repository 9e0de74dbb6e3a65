import { addMonths, lastCompleteMonth } from '@switchoff/domain/months';
import { type Channels, type Client, COMUNE_BY_ISTAT, type ComuneRow, countStages, CURRENT_STAGE_EVENT, found, MILESTONE_STATUS, PUBLIC_MILESTONE, takeUp } from './common';

/** The numbers of the comune overview, by hand-written prepared statements. */
export function prepareOverviewSql(client: Client) {
  const comune = client.prepare(COMUNE_BY_ISTAT);
  const services = client.prepare(`SELECT s.id, s.slug, s.name, s.category, s.interactivity_level, s.takes_payment,
      s.needs_identity, s.has_assisted_desk, e.stage, e.effective_date AS since
    FROM services s LEFT JOIN stage_events e ON e.id = ${CURRENT_STAGE_EVENT}
    WHERE s.comune_id = @comune AND s.visibility = 'public' ORDER BY s.name`);
  const sums = client.prepare(`SELECT f.service_id, sum(f.online) AS online, sum(f.assisted) AS assisted, sum(f.paper) AS paper
    FROM monthly_figures f JOIN services s ON s.id = f.service_id
    WHERE s.comune_id = @comune AND s.visibility = 'public' AND f.month BETWEEN @from AND @to GROUP BY f.service_id`);
  const lastThree = client.prepare(`SELECT service_id, month, online, assisted, paper FROM (
      SELECT f.service_id, f.month, f.online, f.assisted, f.paper,
        row_number() OVER (PARTITION BY f.service_id ORDER BY f.month DESC) AS n
      FROM monthly_figures f JOIN services s ON s.id = f.service_id
      WHERE s.comune_id = @comune AND s.visibility = 'public' AND f.month BETWEEN @from AND @to) WHERE n <= 3`);
  const trend = client.prepare(`SELECT f.month, sum(f.online) AS online, sum(f.assisted) AS assisted, sum(f.paper) AS paper
    FROM monthly_figures f JOIN services s ON s.id = f.service_id
    WHERE s.comune_id = @comune AND s.visibility = 'public' AND f.month BETWEEN @from AND @to GROUP BY f.month ORDER BY f.month`);
  const milestones = client.prepare(`SELECT m.id, m.title, m.kind, m.baseline_date, m.planned_date, m.actual_date, m.progress,
      ms.slug AS service_slug, ${MILESTONE_STATUS} AS status
    FROM milestones m LEFT JOIN services ms ON ms.id = m.service_id
    WHERE m.comune_id = @comune AND ${PUBLIC_MILESTONE} ORDER BY m.planned_date, m.id`);
  const platforms = client.prepare('SELECT platform, state, activation_date FROM platform_adoptions WHERE comune_id = ?');
  const pnrr = client.prepare('SELECT measure, state, amount_cents, state_date FROM pnrr_measures WHERE comune_id = ? ORDER BY measure');
  const datasets = client.prepare('SELECT title, portal, url, license, published_date FROM open_datasets WHERE comune_id = ? ORDER BY title');

  return (p: { istat: string; today: string }) => {
    const c = found(comune.get(p.istat) as ComuneRow | undefined, `comune ${p.istat}`);
    const asOf = lastCompleteMonth(p.today);
    const from12 = addMonths(asOf, -11);
    const from36 = addMonths(asOf, -35);
    const list = services.all({ comune: c.id, today: p.today }) as Array<{ id: number; stage: string | null }>;
    const totals = sums.all({ comune: c.id, from: from12, to: asOf }) as Channels[];
    const all = totals.reduce((a, t) => ({ online: a.online + t.online, assisted: a.assisted + t.assisted, paper: a.paper + t.paper }), { online: 0, assisted: 0, paper: 0 });
    const statuses = (milestones.all({ comune: c.id, today: p.today }) as Array<{ status: string }>).map((m) => m.status);
    return {
      stageCounts: countStages(list.map((s) => s.stage)),
      takeUp: takeUp(all),
      readinessRows: lastThree.all({ comune: c.id, from: from36, to: asOf }).length,
      trend: trend.all({ comune: c.id, from: from36, to: asOf }),
      milestones: { total: statuses.length, late: statuses.filter((s) => s === 'late').length },
      platforms: platforms.all(c.id),
      pnrr: pnrr.all(c.id),
      datasets: datasets.all(c.id),
    };
  };
}
