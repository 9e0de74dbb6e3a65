import { addMonths, lastCompleteMonth } from '@switchoff/domain/months';
import { type Channels, type Client, countStages, CURRENT_STAGE_EVENT, found, takeUp } from './common';

/** The numbers of a consortium's portfolio, by hand-written prepared statements. */
export function preparePortfolioSql(client: Client) {
  const consortium = client.prepare('SELECT id, slug, name, city, website, description FROM consortia WHERE slug = ?');
  const comuni = client.prepare(`SELECT id, istat_code, name, province_code, population, figures_illustrative
    FROM comuni WHERE consortium_id = ? ORDER BY name`);
  const stages = client.prepare(`SELECT s.comune_id, cs.slug, e.stage FROM services s
    JOIN comuni c ON c.id = s.comune_id
    LEFT JOIN catalogue_services cs ON cs.id = s.catalogue_id
    LEFT JOIN stage_events e ON e.id = ${CURRENT_STAGE_EVENT}
    WHERE c.consortium_id = @consortium AND s.visibility = 'public'`);
  const sums = client.prepare(`SELECT s.comune_id, sum(f.online) AS online, sum(f.assisted) AS assisted, sum(f.paper) AS paper
    FROM comuni c JOIN services s ON s.comune_id = c.id JOIN monthly_figures f ON f.service_id = s.id
    WHERE c.consortium_id = @consortium AND s.visibility = 'public' AND f.month BETWEEN @from AND @to
    GROUP BY s.comune_id`);
  // Readiness looks at the last three months with figures of each service.
  const lastThree = client.prepare(`SELECT count(*) FROM (
      SELECT row_number() OVER (PARTITION BY f.service_id ORDER BY f.month DESC) AS n
      FROM comuni c JOIN services s ON s.comune_id = c.id JOIN monthly_figures f ON f.service_id = s.id
      WHERE c.consortium_id = @consortium AND s.visibility = 'public' AND f.month BETWEEN @from AND @to) WHERE n <= 3`);
  const late = client.prepare(`SELECT m.comune_id, count(*) AS late FROM milestones m
    JOIN comuni c ON c.id = m.comune_id LEFT JOIN services ms ON ms.id = m.service_id
    WHERE c.consortium_id = @consortium AND m.visibility = 'public' AND (m.service_id IS NULL OR ms.visibility = 'public')
      AND NOT (m.actual_date IS NOT NULL AND m.actual_date <= @today) AND m.planned_date < @today
    GROUP BY m.comune_id`);
  const platforms = client.prepare(`SELECT p.comune_id, p.platform, p.state FROM platform_adoptions p
    JOIN comuni c ON c.id = p.comune_id WHERE c.consortium_id = ?`);

  return (p: { slug: string; today: string }) => {
    const k = found(consortium.get(p.slug) as { id: number } | undefined, `consortium ${p.slug}`);
    const asOf = lastCompleteMonth(p.today);
    const window = { consortium: k.id, from: addMonths(asOf, -11), to: asOf };
    const rows = stages.all({ consortium: k.id, today: p.today }) as Array<{ stage: string | null }>;
    const totals = (sums.all(window) as Channels[]).reduce(
      (a, t) => ({ online: a.online + t.online, assisted: a.assisted + t.assisted, paper: a.paper + t.paper }),
      { online: 0, assisted: 0, paper: 0 },
    );
    return {
      comuni: comuni.all(k.id).length,
      stageCounts: countStages(rows.map((r) => r.stage)),
      takeUp: takeUp(totals),
      readinessRows: lastThree.pluck().get(window),
      late: late.all({ consortium: k.id, today: p.today }),
      platforms: platforms.all(k.id).length,
    };
  };
}
