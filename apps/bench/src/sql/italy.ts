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

/** A comune's national data by bare SQL: its registry row and its PNRR applications. */
export function prepareComuneNationalSql(client: Client) {
  const comune = client.prepare('SELECT * FROM registry_comuni WHERE istat_code = ?');
  const applications = client.prepare(
    'SELECT measure, call, state, state_date, amount_cents FROM pnrr_applications WHERE istat_code = ? ORDER BY measure',
  );
  return (p: { istat: string }) => ({ comune: comune.get(p.istat), applications: applications.all(p.istat) });
}
