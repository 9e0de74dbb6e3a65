import { type Client, COMUNE_BY_ISTAT, type ComuneRow, found, MILESTONE_STATUS, PUBLIC_MILESTONE } from './common';

/** The numbers of the roadmap, by hand-written prepared statements. */
export function prepareRoadmapSql(client: Client) {
  const comune = client.prepare(COMUNE_BY_ISTAT);
  const milestones = client.prepare(`SELECT m.id, m.title, m.description, m.kind, m.baseline_date, m.planned_date,
      m.actual_date, m.owner, m.progress, ms.slug AS service_slug, ms.name AS service_name,
      julianday(m.planned_date) - julianday(m.baseline_date) AS slippage_days, ${MILESTONE_STATUS} AS status
    FROM milestones m LEFT JOIN services ms ON ms.id = m.service_id
    WHERE m.comune_id = @comune AND ${PUBLIC_MILESTONE}
    ORDER BY m.planned_date < @today AND m.actual_date IS NULL DESC, m.planned_date, m.id`);
  const dependencies = client.prepare(`SELECT d.milestone_id, d.depends_on_id, o.title FROM milestone_dependencies d
    JOIN milestones m ON m.id = d.milestone_id JOIN milestones o ON o.id = d.depends_on_id
    WHERE m.comune_id = ? AND o.visibility = 'public'`);
  const replans = client.prepare(`SELECT r.milestone_id, r.previous_date, r.planned_date, r.reason, r.changed_at
    FROM milestone_replans r JOIN milestones m ON m.id = r.milestone_id
    WHERE m.comune_id = ? ORDER BY r.changed_at, r.id`);

  return (p: { istat: string; today: string }) => {
    const c = found(comune.get(p.istat) as ComuneRow | undefined, `comune ${p.istat}`);
    const list = milestones.all({ comune: c.id, today: p.today }) as Array<{ status: string }>;
    return {
      milestones: list.length,
      late: list.filter((m) => m.status === 'late').length,
      dependencies: dependencies.all(c.id).length,
      replans: replans.all(c.id).length,
    };
  };
}
