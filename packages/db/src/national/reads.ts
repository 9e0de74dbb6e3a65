import type { PnrrMeasure } from '@switchoff/domain';
import { type DerivedPlatform, derivePlatforms, type PadigitaleState, searchKey } from '@switchoff/domain';
import { prepared } from '../prepared';
import type { Tx } from '../transaction';
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
  /** The comune in `comuni` (its id and the code it is tracked under) when a consortium tracks it. */
  tracked: { id: number; istat: string } | null;
  applications: NationalApplication[];
  derived: DerivedPlatform[];
};

/** National data of the comune with this ISTAT code (or a former one); null when the registry has none. */
export function getComuneNational(db: Tx, istat: string): ComuneNational | null {
  const comune = registryRow.get(db, { istat });
  if (comune === undefined) return null;
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
    tracked: trackedRow.get(db, { istat: comune.istatCode, former: comune.formerIstat ?? comune.istatCode }) ?? null,
    applications,
    derived: derivePlatforms(applications),
  };
}

/** A comune as search lists it. */
export type SearchHit = { istat: string; name: string; provinceCode: string; regionName: string };

type Indexed = SearchHit & { key: string; compact: string; former: string | null; population: number };

const indexes = new WeakMap<object, Indexed[]>();

function searchIndex(db: Tx): Indexed[] {
  const found = indexes.get(db.$client);
  if (found !== undefined && found.length > 0) return found;
  const rows = db.$client
    .prepare(
      `SELECT istat_code AS istat, name, province_code AS provinceCode, region_name AS regionName,
        search_key AS key, former_istat AS former, coalesce(population, 0) AS population
      FROM registry_comuni ORDER BY population DESC, name`,
    )
    .all() as Omit<Indexed, 'compact'>[];
  const index = rows.map((r) => ({ ...r, compact: r.key.replace(/ /g, '') }));
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
  const hits = ranked.slice(0, limit).map(({ entry }) => ({
    istat: entry.istat,
    name: entry.name,
    provinceCode: entry.provinceCode,
    regionName: entry.regionName,
  }));
  return { hits, total: ranked.length };
}
