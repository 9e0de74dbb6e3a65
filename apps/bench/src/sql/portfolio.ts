import { addMonths, lastCompleteMonth } from '@switchoff/domain';
import { type Channels, type Client, CURRENT_STAGE_EVENT, countStages, found, takeUp } from './common';

const add = (rows: readonly Channels[]) =>
  rows.reduce(
    (a, t) => ({ online: a.online + t.online, assisted: a.assisted + t.assisted, paper: a.paper + t.paper }),
    { online: 0, assisted: 0, paper: 0 },
  );

/**
 * The numbers of a consortium's portfolio by the bare SQL the roll-up design needs: one status
 * row per public service (stage matrix, stale and readiness facts), each comune's 12 months
 * from its roll-up, late milestones counted by comune, the platforms.
 */
export function preparePortfolioSql(client: Client) {
  const consortium = client.prepare('SELECT id, slug, name, city, website, description FROM consortia WHERE slug = ?');
  const comuni =
    client.prepare(`SELECT id, istat_code, name, province_code, population, figures_illustrative, take_up_target
    FROM comuni WHERE consortium_id = ? ORDER BY name`);
  const services = client.prepare(`SELECT s.comune_id, s.slug, s.takes_payment, s.needs_identity, s.has_assisted_desk,
      cs.slug AS catalogue, cs.name AS catalogue_name, cs.category, st.stage, st.stage_since, st.last_month, st.recent
    FROM comuni c JOIN services s ON s.comune_id = c.id JOIN service_status st ON st.service_id = s.id
    LEFT JOIN catalogue_services cs ON cs.id = s.catalogue_id
    WHERE c.consortium_id = ? AND s.visibility = 'public'`);
  const totals =
    client.prepare(`SELECT t.comune_id, sum(t.online) AS online, sum(t.assisted) AS assisted, sum(t.paper) AS paper
    FROM comuni c JOIN comune_month_totals t ON t.comune_id = c.id
    WHERE c.consortium_id = @consortium AND t.visibility = 'public' AND t.month BETWEEN @from AND @to GROUP BY t.comune_id`);
  const late =
    client.prepare(`SELECT m.comune_id, count(*) AS late FROM comuni c JOIN milestones m ON m.comune_id = c.id
    LEFT JOIN services ms ON ms.id = m.service_id
    WHERE c.consortium_id = @consortium AND m.visibility = 'public' AND (m.service_id IS NULL OR ms.visibility = 'public')
      AND NOT (m.actual_date IS NOT NULL AND m.actual_date <= @today) AND m.planned_date < @today
    GROUP BY m.comune_id`);
  const platforms = client.prepare(`SELECT p.comune_id, p.platform, p.state FROM platform_adoptions p
    JOIN comuni c ON c.id = p.comune_id WHERE c.consortium_id = ?`);

  return (p: { slug: string; today: string }) => {
    const k = found(consortium.get(p.slug) as { id: number } | undefined, `consortium ${p.slug}`);
    const asOf = lastCompleteMonth(p.today);
    const rows = services.all(k.id) as Array<{ stage: string | null; stage_since: string | null }>;
    return {
      comuni: comuni.all(k.id).length,
      stageCounts: countStages(rows.map((r) => (r.stage_since !== null && r.stage_since > p.today ? null : r.stage))),
      takeUp: takeUp(add(totals.all({ consortium: k.id, from: addMonths(asOf, -11), to: asOf }) as Channels[])),
      late: late.all({ consortium: k.id, today: p.today }),
      platforms: platforms.all(k.id).length,
    };
  };
}

/** The same headline numbers from the raw rows (phase 1): what the roll-ups are checked against. */
export function preparePortfolioRawSql(client: Client) {
  const consortium = client.prepare('SELECT id FROM consortia WHERE slug = ?');
  const stages = client.prepare(`SELECT e.stage FROM services s JOIN comuni c ON c.id = s.comune_id
    LEFT JOIN stage_events e ON e.id = ${CURRENT_STAGE_EVENT}
    WHERE c.consortium_id = @consortium AND s.visibility = 'public'`);
  const sums = client.prepare(`SELECT sum(f.online) AS online, sum(f.assisted) AS assisted, sum(f.paper) AS paper
    FROM comuni c JOIN services s ON s.comune_id = c.id JOIN monthly_figures f ON f.service_id = s.id
    WHERE c.consortium_id = @consortium AND s.visibility = 'public' AND f.month BETWEEN @from AND @to`);
  return (p: { slug: string; today: string }) => {
    const k = found(consortium.get(p.slug) as { id: number } | undefined, `consortium ${p.slug}`);
    const asOf = lastCompleteMonth(p.today);
    const sum = sums.get({ consortium: k.id, from: addMonths(asOf, -11), to: asOf }) as {
      online: number | null;
      assisted: number | null;
      paper: number | null;
    };
    return {
      stageCounts: countStages(
        (stages.all({ consortium: k.id, today: p.today }) as Array<{ stage: string | null }>).map((r) => r.stage),
      ),
      takeUp: takeUp({ online: sum.online ?? 0, assisted: sum.assisted ?? 0, paper: sum.paper ?? 0 }),
    };
  };
}
