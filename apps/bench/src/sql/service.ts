import { figureValuesSql } from '@switchoff/db/rows/figures';
import { addMonths, lastCompleteMonth } from '@switchoff/domain';
import { type Client, COMUNE_BY_ISTAT, type ComuneRow, found, MILESTONE_STATUS, PUBLIC_MILESTONE } from './common';

/** The numbers of the service page, by hand-written prepared statements. */
export function prepareServiceSql(client: Client) {
  const comune = client.prepare(COMUNE_BY_ISTAT);
  const service = client.prepare(`SELECT s.*, cs.slug AS catalogue_slug FROM services s
    LEFT JOIN catalogue_services cs ON cs.id = s.catalogue_id
    WHERE s.comune_id = ? AND s.slug = ? AND s.visibility = 'public'`);
  const events = client.prepare(`SELECT id, stage, effective_date, reason, recorded_by FROM stage_events
    WHERE service_id = ? AND effective_date <= ? ORDER BY effective_date, id`);
  const figures = client.prepare(`SELECT month, ${figureValuesSql()}
    FROM monthly_figures WHERE service_id = ? AND month <= ? ORDER BY month`);
  const totals = client.prepare(`SELECT count(*) AS months, sum(online + assisted + paper) AS transactions,
      sum(online) AS online, sum(assisted) AS assisted, sum(payments_total) AS payments, sum(payments_pagopa) AS pagopa,
      sum(satisfaction_1) AS s1, sum(satisfaction_2) AS s2, sum(satisfaction_3) AS s3, sum(satisfaction_4) AS s4,
      sum(satisfaction_5) AS s5, sum(cost_cents) AS cost
    FROM monthly_figures WHERE service_id = ? AND month BETWEEN ? AND ?`);
  const platforms = client.prepare('SELECT platform, state FROM platform_adoptions WHERE comune_id = ?');
  const milestones =
    client.prepare(`SELECT m.id, m.title, m.planned_date, m.actual_date, m.progress, ${MILESTONE_STATUS} AS status
    FROM milestones m LEFT JOIN services ms ON ms.id = m.service_id
    WHERE m.comune_id = @comune AND m.service_id = @service AND ${PUBLIC_MILESTONE} ORDER BY m.planned_date, m.id`);

  return (p: { istat: string; slug: string; today: string }) => {
    const c = found(comune.get(p.istat) as ComuneRow | undefined, `comune ${p.istat}`);
    const s = found(service.get(c.id, p.slug) as { id: number } | undefined, `service ${p.istat}/${p.slug}`);
    const asOf = lastCompleteMonth(p.today);
    const sum = totals.get(s.id, addMonths(asOf, -11), asOf) as { transactions: number | null };
    return {
      history: events.all(s.id, p.today).length,
      figures: figures.all(s.id, asOf).length,
      transactions12: sum.transactions ?? 0,
      platforms: platforms.all(c.id),
      milestones: milestones.all({ comune: c.id, service: s.id, today: p.today }),
    };
  };
}
