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
 * the larger comuni first; codes (current or former) by prefix. With the number of matches.
 */
export function prepareSearchSql(client: Client) {
  const NAME = `search_key LIKE @q OR replace(search_key, ' ', '') LIKE @compact`;
  const CODE = 'istat_code LIKE @q OR former_istat LIKE @q';
  const byName = client.prepare(
    `SELECT istat_code, name FROM registry_comuni WHERE ${NAME} ORDER BY population DESC LIMIT 10`,
  );
  const byCode = client.prepare(`SELECT istat_code, name FROM registry_comuni WHERE ${CODE} LIMIT 10`);
  const countName = client.prepare(`SELECT count(*) FROM registry_comuni WHERE ${NAME}`).pluck();
  const countCode = client.prepare(`SELECT count(*) FROM registry_comuni WHERE ${CODE}`).pluck();
  return (p: { q: string }) => {
    const q = searchKey(p.q);
    if (/^\d+$/.test(q)) return { hits: byCode.all({ q: `${q}%` }), total: countCode.get({ q: `${q}%` }) };
    const params = { q: `%${q}%`, compact: `%${q.replace(/ /g, '')}%` };
    return { hits: byName.all(params), total: countName.get(params) };
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
