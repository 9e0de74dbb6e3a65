import type { PnrrMeasure } from '@switchoff/domain';
import { type DerivedPlatform, derivePlatforms, type PadigitaleState, searchKey } from '@switchoff/domain';
import { prepared } from '../prepared';
import type { Tx } from '../transaction';
import { readCeased, readRenames } from './registry';
import type { RegistryEntry } from './registry-build';

const registryRow = prepared<[{ istat: string }], RegistryEntry>(
  `SELECT istat_code AS istatCode, name, province_code AS provinceCode, province_istat AS provinceIstat,
    province_name AS provinceName, region_code AS regionCode, region_name AS regionName, population,
    ipa_code AS ipaCode, former_istat AS formerIstat
  FROM registry_comuni WHERE istat_code = @istat
  UNION ALL SELECT * FROM (SELECT istat_code, name, province_code, province_istat, province_name, region_code,
    region_name, population, ipa_code, former_istat FROM registry_comuni WHERE former_istat = @istat LIMIT 1)
  LIMIT 1`,
);

// A consortium may track a comune under the code it had before (Sardinia's comuni, renumbered in 2025).
const trackedRow = prepared<[{ istat: string; former: string }], { id: number; istat: string }>(
  'SELECT id, istat_code AS istat FROM comuni WHERE istat_code IN (@istat, @former) ORDER BY istat_code = @istat DESC LIMIT 1',
);

type ApplicationRow = {
  id: number;
  measure: PnrrMeasure;
  call: string;
  cup: string | null;
  state: PadigitaleState;
  stateDate: string;
  amountCents: number;
  snapshotDate: string;
};

const applicationsOf = prepared<[string], ApplicationRow>(
  `SELECT id, measure, call, cup, state, state_date AS stateDate, amount_cents AS amountCents,
    snapshot_date AS snapshotDate
  FROM pnrr_applications WHERE istat_code = ? ORDER BY measure, state_date, id`,
);

const historyOf = prepared<[string], { applicationId: number; state: PadigitaleState; stateDate: string }>(
  `SELECT s.application_id AS applicationId, s.state, s.state_date AS stateDate
  FROM pnrr_application_states s JOIN pnrr_applications a ON a.id = s.application_id
  WHERE a.istat_code = ? ORDER BY s.id`,
);

/** One funded application of the comune, with the states it went through. */
export type NationalApplication = Omit<ApplicationRow, 'id'> & {
  history: { state: PadigitaleState; stateDate: string }[];
};

/** What national data says of one comune: the registry, its PNRR applications, derived platforms. */
export type ComuneNational = {
  comune: RegistryEntry;
  /** The ceased comune whose code was asked for, merged into this one. */
  reachedFrom: MergedComune | null;
  /** The comuni merged into this one since 2020: its population is the sum of their census and its own. */
  mergedFrom: MergedComune[];
  /** The name the comune had before it was renamed (renames.csv), when this database's registry has the new one. */
  formerName: string | null;
  /** The comune in `comuni` (its id and the code it is tracked under) when a consortium tracks it. */
  tracked: { id: number; istat: string } | null;
  applications: NationalApplication[];
  derived: DerivedPlatform[];
};

const inRegistry = prepared<[string], { one: number }>('SELECT 1 AS one FROM registry_comuni WHERE istat_code = ?');

/** A comune merged since 2020, as its successor's page names it. */
export type MergedComune = { istat: string; name: string };

/**
 * The comune asked for and the registry's entry for it: a ceased comune (cessati.csv) leads to
 * its successor, unless this database's registry still lists it (loaded before the merger was known).
 */
function resolve(db: Tx, istat: string): { comune: RegistryEntry; ceased: MergedComune | null } | null {
  const comune = registryRow.get(db, { istat });
  if (comune !== undefined) return { comune, ceased: null };
  const ceased = readCeased().find((c) => c.istatCode === istat);
  const successor = ceased === undefined ? undefined : registryRow.get(db, { istat: ceased.successorIstat });
  if (ceased === undefined || successor === undefined) return null;
  return { comune: successor, ceased: { istat: ceased.istatCode, name: ceased.name } };
}

/**
 * National data of the comune with this ISTAT code (or a former one, or a ceased comune's: its
 * successor's, `reachedFrom` naming the ceased one); null when the registry has none.
 */
export function getComuneNational(db: Tx, istat: string): ComuneNational | null {
  const found = resolve(db, istat);
  if (found === null) return null;
  const { comune } = found;
  const mergedFrom = readCeased()
    .filter((c) => c.successorIstat === comune.istatCode && inRegistry.get(db, c.istatCode) === undefined)
    .map((c) => ({ istat: c.istatCode, name: c.name }));
  const rows = applicationsOf.all(db, comune.istatCode);
  const history = new Map<number, NationalApplication['history']>();
  for (const h of historyOf.all(db, comune.istatCode)) {
    const list = history.get(h.applicationId) ?? [];
    list.push({ state: h.state, stateDate: h.stateDate });
    history.set(h.applicationId, list);
  }
  const applications = rows.map(({ id, ...rest }) => ({ ...rest, history: history.get(id) ?? [] }));
  return {
    comune,
    reachedFrom: found.ceased,
    mergedFrom,
    formerName: formerNameOf(comune),
    tracked: trackedRow.get(db, { istat: comune.istatCode, former: comune.formerIstat ?? comune.istatCode }) ?? null,
    applications,
    derived: derivePlatforms(applications),
  };
}

/** The comune's name before its rename, unless the registry still calls it so (loaded before the rename). */
function formerNameOf(comune: { istatCode: string; name: string }): string | null {
  const rename = readRenames().find((r) => r.istatCode === comune.istatCode);
  return rename === undefined || searchKey(rename.formerName) === searchKey(comune.name) ? null : rename.formerName;
}

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
