import type { Client } from './common';

type Level = 'italy' | 'region' | 'province';

const AREA: Record<Level, { code: string; where: string }> = {
  italy: { code: 'r.region_code', where: '1' },
  region: { code: 'r.province_istat', where: 'r.region_code = @code' },
  province: { code: 'r.istat_code', where: 'r.province_istat = @code' },
};

/**
 * A map's figures by bare SQL on the raw rows, without the API's kept counts or the roll-ups: per
 * area each comune's best state per measure, then every tracked public service (at national
 * scale 316,000 of them), grouped by area. Answers the totals the bench compares.
 */
export function prepareMapSql(client: Client, level: Level) {
  const { code, where } = AREA[level];
  const measures = client.prepare(
    `WITH best AS (
      SELECT ${code} AS code, a.measure, max(a.state = 'E') AS done, max(a.state = 'A') AS funded
      FROM registry_comuni r JOIN pnrr_applications a ON a.istat_code = r.istat_code
      WHERE ${where} GROUP BY r.istat_code, a.measure)
    SELECT code, measure, sum(done) AS completed, sum(funded AND NOT done) AS funded FROM best GROUP BY 1, 2`,
  );
  const tracked = client.prepare(
    `SELECT ${code} AS code, count(DISTINCT c.id) AS comuni, count(st.stage) AS services,
      coalesce(sum(st.stage = 'switched_off'), 0) AS switchedOff
    FROM registry_comuni r JOIN comuni c ON c.istat_code IN (r.istat_code, r.former_istat)
    LEFT JOIN services s ON s.comune_id = c.id
    LEFT JOIN service_status st ON st.service_id = s.id AND st.visibility = 'public'
    WHERE ${where} GROUP BY 1`,
  );
  return (p: { code: string }) => {
    const params = level === 'italy' ? [] : [{ code: p.code }];
    const m = measures.all(...params) as { measure: string; completed: number }[];
    const t = tracked.all(...params) as { services: number; switchedOff: number }[];
    return {
      completed145: m.filter((row) => row.measure === '1.4.5').reduce((sum, row) => sum + row.completed, 0),
      services: t.reduce((sum, row) => sum + row.services, 0),
      switchedOff: t.reduce((sum, row) => sum + row.switchedOff, 0),
    };
  };
}

/** The same totals from an API answer (a map's `total`). */
export function mapTotals(answer: unknown) {
  const total = (
    answer as {
      total?: {
        measures?: Record<string, { completed: number }>;
        tracked: { services: number; switchedOff: number } | null;
      };
    }
  ).total;
  return {
    completed145: total?.measures?.['1.4.5']?.completed ?? 0,
    services: total?.tracked?.services ?? 0,
    switchedOff: total?.tracked?.switchedOff ?? 0,
  };
}

/** Null when the API's totals and the bare SQL's agree, else what differs. */
export function compareMap(answer: unknown, bare: unknown): string | null {
  const a = mapTotals(answer);
  const b = bare as ReturnType<typeof mapTotals>;
  const differs = (['completed145', 'services', 'switchedOff'] as const).filter((k) => a[k] !== b[k]);
  return differs.length === 0 ? null : `different ${differs.join(', ')}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}
