import { searchKey } from '@switchoff/domain';
import type { Tx } from '../transaction';
import { readCeased, readRenames } from './registry';

/**
 * A comune as search lists it; `mergedName` when only the name of a comune merged into it
 * matched, `formerName` when only the name it had before a rename did.
 */
export type SearchHit = {
  istat: string;
  name: string;
  provinceCode: string;
  regionName: string;
  mergedName: string | null;
  formerName: string | null;
};

type Indexed = SearchHit & { key: string; compact: string; former: string | null; population: number };

/** Each renamed comune once more under its former name ("Popoli" finds Popoli Terme). */
function renamedEntries(index: readonly Indexed[]): Indexed[] {
  const byIstat = new Map(index.map((e) => [e.istat, e]));
  return readRenames().flatMap((r) => {
    const entry = byIstat.get(r.istatCode);
    const key = searchKey(r.formerName);
    if (entry === undefined || entry.key === key) return [];
    return [{ ...entry, key, compact: key.replace(/ /g, ''), formerName: r.formerName }];
  });
}

/** Each ceased comune as an entry of its successor, found by its own name and code. */
function ceasedEntries(index: readonly Indexed[]): Indexed[] {
  const byIstat = new Map(index.map((e) => [e.istat, e]));
  return readCeased().flatMap((c) => {
    const successor = byIstat.get(c.successorIstat);
    if (successor === undefined || byIstat.has(c.istatCode)) return [];
    const key = searchKey(c.name);
    return [{ ...successor, key, compact: key.replace(/ /g, ''), former: c.istatCode, mergedName: c.name }];
  });
}

const indexes = new WeakMap<object, Indexed[]>();

/** Drops the search index kept for this database: its registry changed (registry-sync.ts). */
export function forgetSearchIndex(db: Tx): void {
  indexes.delete(db.$client);
}

function searchIndex(db: Tx): Indexed[] {
  const found = indexes.get(db.$client);
  if (found !== undefined && found.length > 0) return found;
  const rows = db.$client
    .prepare(
      `SELECT istat_code AS istat, name, province_code AS provinceCode, region_name AS regionName,
        search_key AS key, former_istat AS former, coalesce(population, 0) AS population
      FROM registry_comuni ORDER BY population DESC, name`,
    )
    .all() as Omit<Indexed, 'compact' | 'mergedName' | 'formerName'>[];
  const own = rows.map((r) => ({ ...r, compact: r.key.replace(/ /g, ''), mergedName: null, formerName: null }));
  const index = [...own, ...ceasedEntries(own), ...renamedEntries(own)].sort((a, b) => b.population - a.population);
  indexes.set(db.$client, index);
  return index;
}

function rank(entry: Indexed, q: string, compact: string): number {
  if (entry.key === q) return 0;
  if (entry.key.startsWith(q)) return 1;
  if (` ${entry.key}`.includes(` ${q}`)) return 2;
  if (entry.key.includes(q)) return 3;
  return entry.compact.includes(compact) ? 4 : -1;
}

/**
 * Comuni whose name or ISTAT code matches the query, accents, case and punctuation aside:
 * "ripalta" → Ripalta Arpina, Ripalta Cremasca, Ripalta Guerina; "019081" → Ripalta Cremasca;
 * "sant angelo" → every Sant'Angelo. Best matches first (the whole name, then its start, then
 * a word), the larger comune first among equals; at most `limit`.
 */
export function searchComuni(db: Tx, query: string, limit = 10): { hits: SearchHit[]; total: number } {
  const q = searchKey(query);
  if (q === '') return { hits: [], total: 0 };
  const index = searchIndex(db);
  const ranked: { entry: Indexed; rank: number }[] = [];
  if (/^\d+$/.test(q)) {
    for (const entry of index) {
      if (entry.istat.startsWith(q)) ranked.push({ entry, rank: entry.istat === q ? 0 : 1 });
      else if (entry.former?.startsWith(q)) ranked.push({ entry, rank: 2 });
    }
  } else {
    const compact = q.replace(/ /g, '');
    for (const entry of index) {
      const r = rank(entry, q, compact);
      if (r >= 0) ranked.push({ entry, rank: r });
    }
  }
  // Stable sort: within a rank the index's order (population, then name) stays.
  ranked.sort((a, b) => a.rank - b.rank);
  // One hit per comune, by its best match: "Bregano" names the ceased comune before the word in
  // "Bardello con Malgesso e Bregano", so the hit says Bregano was merged into it.
  const matched = new Map<string, SearchHit>();
  for (const { entry } of ranked) {
    const { istat, name, provinceCode, regionName, mergedName, formerName } = entry;
    if (!matched.has(istat)) matched.set(istat, { istat, name, provinceCode, regionName, mergedName, formerName });
  }
  return { hits: [...matched.values()].slice(0, limit), total: matched.size };
}
