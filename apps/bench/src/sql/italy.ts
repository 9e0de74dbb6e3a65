import { readCeased, readRenames } from '@switchoff/db/national';
import { searchKey } from '@switchoff/domain';
import type { Client } from './common';

/** What people type in the header's search: names, parts of names, ISTAT codes. */
export const SEARCH_QUERIES = [
  'ripalta',
  'sant angelo',
  '019081',
  'san',
  'monte',
  'castel',
  'roma',
  'forli',
  'val',
  'a',
];

/**
 * The search by bare SQL: names containing the query (accents aside, or with the spaces left out),
 * the larger comuni first; codes (current or former) by prefix. A comune merged since 2020
 * (cessati.csv, passed as JSON) counts as its successor, by its name or code, when this database's
 * registry has the successor and not the ceased comune; a renamed comune (renames.csv) counts by
 * its former name too. With the number of distinct comuni matched.
 */
export function prepareSearchSql(client: Client) {
  const NAME = `search_key LIKE @q OR replace(search_key, ' ', '') LIKE @compact`;
  const CODE = 'istat_code LIKE @q OR former_istat LIKE @q';
  const CEASED = `SELECT j.value ->> 'successor' AS istat_code, j.value ->> 'key' AS search_key,
      j.value ->> 'istat' AS ceased_istat FROM json_each(@ceased) j
    WHERE j.value ->> 'successor' IN (SELECT istat_code FROM registry_comuni)
      AND j.value ->> 'istat' NOT IN (SELECT istat_code FROM registry_comuni)`;
  const RENAMED = `SELECT j.value ->> 'istat' AS istat_code, j.value ->> 'key' AS search_key FROM json_each(@renamed) j
    WHERE j.value ->> 'istat' IN (SELECT istat_code FROM registry_comuni)`;
  const renamed = JSON.stringify(readRenames().map((r) => ({ istat: r.istatCode, key: searchKey(r.formerName) })));
  const ceased = JSON.stringify(
    readCeased().map((c) => ({ istat: c.istatCode, key: searchKey(c.name), successor: c.successorIstat })),
  );
  const byName = client.prepare(
    `SELECT istat_code, name FROM registry_comuni WHERE ${NAME} ORDER BY population DESC LIMIT 10`,
  );
  const byCode = client.prepare(`SELECT istat_code, name FROM registry_comuni WHERE ${CODE} LIMIT 10`);
  const countName = client
    .prepare(
      `SELECT count(*) FROM (SELECT istat_code FROM registry_comuni WHERE ${NAME}
        UNION SELECT istat_code FROM (${CEASED}) WHERE ${NAME} UNION SELECT istat_code FROM (${RENAMED}) WHERE ${NAME})`,
    )
    .pluck();
  const countCode = client
    .prepare(
      `SELECT count(*) FROM (SELECT istat_code FROM registry_comuni WHERE ${CODE}
        UNION SELECT istat_code FROM (${CEASED}) WHERE ceased_istat LIKE @q)`,
    )
    .pluck();
  return (p: { q: string }) => {
    const q = searchKey(p.q);
    if (/^\d+$/.test(q)) return { hits: byCode.all({ q: `${q}%` }), total: countCode.get({ q: `${q}%`, ceased }) };
    const params = { q: `%${q}%`, compact: `%${q.replace(/ /g, '')}%` };
    return { hits: byName.all(params), total: countName.get({ ...params, ceased, renamed }) };
  };
}

/**
 * A comune's national page by bare SQL, what the page shows: its registry row, the consortium
 * tracking it (unless archived) with the platform states it entered, and its PNRR applications
 * with the states each went through. (Before session 15 the bare SQL read the registry row and
 * the applications alone, not the same answer: BENCHMARKS.md.)
 */
export function prepareComuneNationalSql(client: Client) {
  const comune = client.prepare('SELECT * FROM registry_comuni WHERE istat_code = ?');
  const tracked = client.prepare(
    `SELECT c.istat_code, k.slug, k.name, p.platform, p.state, p.activation_date FROM comuni c
    JOIN consortia k ON k.id = c.consortium_id LEFT JOIN platform_adoptions p ON p.comune_id = c.id
    WHERE c.istat_code = ? AND c.archived_at IS NULL ORDER BY p.platform`,
  );
  const applications = client.prepare(
    `SELECT a.id, a.measure, a.call, a.cup, a.state, a.state_date, a.amount_cents, a.snapshot_date,
      s.state AS history_state, s.state_date AS history_date
    FROM pnrr_applications a LEFT JOIN pnrr_application_states s ON s.application_id = a.id
    WHERE a.istat_code = ? ORDER BY a.measure, a.state_date, a.id, s.id`,
  );
  return (p: { istat: string }) => ({
    comune: comune.get(p.istat),
    tracked: tracked.all(p.istat),
    applications: applications.all(p.istat),
  });
}

type NationalRows = {
  tracked: Array<{ slug: string; platform: string | null }>;
  applications: Array<{ id: number; history_state: string | null }>;
};
type NationalAnswer = {
  trackedBy: { slug: string } | null;
  entered: unknown[];
  applications: Array<{ history: unknown[] }>;
};

/** Whether the page's answer and the bare SQL's rows agree: applications, their states, who tracks the comune, entered platforms. */
export function compareComuneNational(answer: unknown, bare: unknown): string | null {
  const a = answer as NationalAnswer;
  const b = bare as NationalRows;
  if (a.applications.length !== new Set(b.applications.map((r) => r.id)).size) {
    return 'a different number of PNRR applications';
  }
  const states = a.applications.reduce((sum, application) => sum + application.history.length, 0);
  if (states !== b.applications.filter((r) => r.history_state !== null).length) {
    return 'a different number of PNRR application states';
  }
  if ((a.trackedBy?.slug ?? null) !== (b.tracked[0]?.slug ?? null)) return 'a different consortium tracking the comune';
  if (a.entered.length !== b.tracked.filter((r) => r.platform !== null).length) {
    return 'a different number of entered platforms';
  }
  return null;
}
