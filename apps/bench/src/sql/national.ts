import { addMonths, lastCompleteMonth } from '@switchoff/domain/months';
import { type Client, CURRENT_STAGE_EVENT } from './common';

/**
 * A national summary by region: comuni and inhabitants, services at each stage today, 12-month
 * digital take-up weighted by volume, late milestones. There is no procedure for it yet.
 */
export function prepareNationalSql(client: Client) {
  const regions = client.prepare('SELECT region, count(*) AS comuni, sum(population) AS population FROM comuni GROUP BY region');
  const stages = client.prepare(`SELECT c.region, e.stage, count(*) AS services FROM services s
    JOIN comuni c ON c.id = s.comune_id LEFT JOIN stage_events e ON e.id = ${CURRENT_STAGE_EVENT}
    WHERE s.visibility = 'public' GROUP BY c.region, e.stage`);
  const takeUp = client.prepare(`SELECT c.region, sum(f.online) AS online, sum(f.assisted) AS assisted, sum(f.paper) AS paper
    FROM comuni c JOIN services s ON s.comune_id = c.id JOIN monthly_figures f ON f.service_id = s.id
    WHERE s.visibility = 'public' AND f.month BETWEEN @from AND @to GROUP BY c.region`);
  const late = client.prepare(`SELECT c.region, count(*) AS late FROM milestones m JOIN comuni c ON c.id = m.comune_id
    WHERE m.visibility = 'public' AND m.actual_date IS NULL AND m.planned_date < @today GROUP BY c.region`);

  return (p: { today: string }) => {
    const asOf = lastCompleteMonth(p.today);
    return {
      regions: regions.all().length,
      stages: stages.all({ today: p.today }).length,
      takeUp: takeUp.all({ from: addMonths(asOf, -11), to: asOf }),
      late: late.all({ today: p.today }).length,
    };
  };
}
