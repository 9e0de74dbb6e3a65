import type { Platform, PlatformState, PnrrMeasure } from '@switchoff/domain';
import { type DerivedPlatform, derivePlatforms, type PadigitaleState, searchKey } from '@switchoff/domain';
import { prepared, preparedTuples } from '../prepared';
import type { Tx } from '../transaction';
import { readCeased, readRenames } from './registry';
import type { RegistryEntry } from './registry-build';

/*
 * A comune's national page in two statements, the bare SQL's count (BENCHMARKS.md, session 15):
 * the registry row with, when a consortium tracks the comune, its row, consortium and entered
 * platforms; then the PNRR applications with their states' history. The page read six before
 * (the registry, the applications, their history, the tracked comune twice, its platforms): at
 * national scale 0.17-0.20 ms at p50 against the bare SQL's 0.03.
 */

/** The registry's columns, in RegistryEntry's order: a row asked for by its code, else by a former one. */
const REGISTRY = `SELECT istat_code, name, province_code, province_istat, province_name, region_code, region_name,
  population, ipa_code, former_istat FROM registry_comuni`;

type PlatformTuple = [platform: Platform, state: PlatformState, activationDate: string | null];

type RegistryColumns = [
  istatCode: string,
  name: string,
  provinceCode: string,
  provinceIstat: string,
  provinceName: string,
  regionCode: string,
  regionName: string,
  population: number | null,
  ipaCode: string | null,
  formerIstat: string | null,
];
type TrackedColumns = [
  id: number | null,
  istat: string | null,
  consortiumId: number | null,
  archivedAt: string | null,
  consortiumSlug: string | null,
  consortiumName: string | null,
  /** The entered platforms as a JSON array of PlatformTuple, by platform; null when untracked. */
  platforms: string | null,
];
type RegistryTuple = [...RegistryColumns, ...TrackedColumns];

// A consortium may track a comune under the code it had before (Sardinia's comuni, renumbered
// in 2025): the current code first.
const registryWithTracked = preparedTuples<[{ istat: string }], RegistryTuple>(
  `WITH r AS (SELECT * FROM (${REGISTRY} WHERE istat_code = @istat
      UNION ALL SELECT * FROM (${REGISTRY} WHERE former_istat = @istat LIMIT 1)) LIMIT 1)
  SELECT r.*, c.id, c.istat_code, c.consortium_id, c.archived_at, k.slug, k.name,
    CASE WHEN c.id IS NOT NULL THEN (SELECT json_group_array(json_array(platform, state, activation_date))
      FROM (SELECT platform, state, activation_date FROM platform_adoptions WHERE comune_id = c.id ORDER BY platform)) END
  FROM r
  LEFT JOIN comuni c ON c.id = coalesce((SELECT id FROM comuni WHERE istat_code = r.istat_code),
    (SELECT id FROM comuni WHERE istat_code = r.former_istat))
  LEFT JOIN consortia k ON k.id = c.consortium_id`,
);

/** The comune in `comuni` when a consortium tracks it: who tracks it, under which code, and the platforms they entered. */
export type TrackedComune = {
  id: number;
  /** The code it is tracked under (a former one, for a renumbered comune). */
  istat: string;
  consortiumId: number;
  archivedAt: string | null;
  consortium: { slug: string; name: string };
  /** The platform states its staff entered, by platform. */
  platforms: { platform: Platform; state: PlatformState; activationDate: string | null }[];
};

/** The registry entry and the tracked comune of a registryWithTracked row. */
function entryOf(t: RegistryTuple): { comune: RegistryEntry; tracked: TrackedComune | null } {
  const [istatCode, name, provinceCode, provinceIstat, provinceName, regionCode, regionName, population, ipaCode] = t;
  const formerIstat = t[9];
  const [id, istat, consortiumId, archivedAt, slug, consortiumName, platforms] = t.slice(10) as TrackedColumns;
  const comune: RegistryEntry = {
    istatCode,
    name,
    provinceCode,
    provinceIstat,
    provinceName,
    regionCode,
    regionName,
    population,
    ipaCode,
    formerIstat,
  };
  if (id === null || istat === null || consortiumId === null) return { comune, tracked: null };
  const entered = JSON.parse(platforms ?? '[]') as PlatformTuple[];
  const tracked: TrackedComune = {
    id,
    istat,
    consortiumId,
    archivedAt,
    consortium: { slug: slug ?? '', name: consortiumName ?? '' },
    platforms: entered.map(([platform, state, activationDate]) => ({ platform, state, activationDate })),
  };
  return { comune, tracked };
}

type ApplicationTuple = [
  id: number,
  measure: PnrrMeasure,
  call: string,
  cup: string | null,
  state: PadigitaleState,
  stateDate: string,
  amountCents: number,
  snapshotDate: string,
  historyState: PadigitaleState | null,
  historyDate: string | null,
];

/** The applications of a comune, each followed by the states it went through (a row per state, in their order). */
const applicationsWithHistory = preparedTuples<[string], ApplicationTuple>(
  `SELECT a.id, a.measure, a.call, a.cup, a.state, a.state_date, a.amount_cents, a.snapshot_date, s.state, s.state_date
  FROM pnrr_applications a LEFT JOIN pnrr_application_states s ON s.application_id = a.id
  WHERE a.istat_code = ? ORDER BY a.measure, a.state_date, a.id, s.id`,
);

/** One funded application of the comune, with the states it went through. */
export type NationalApplication = {
  measure: PnrrMeasure;
  call: string;
  cup: string | null;
  state: PadigitaleState;
  stateDate: string;
  amountCents: number;
  snapshotDate: string;
  history: { state: PadigitaleState; stateDate: string }[];
};

function applicationsOf(db: Tx, istat: string): NationalApplication[] {
  const applications: NationalApplication[] = [];
  let lastId: number | null = null;
  for (const [
    id,
    measure,
    call,
    cup,
    state,
    stateDate,
    amountCents,
    snapshotDate,
    historyState,
    historyDate,
  ] of applicationsWithHistory.all(db, istat)) {
    if (id !== lastId) {
      applications.push({ measure, call, cup, state, stateDate, amountCents, snapshotDate, history: [] });
      lastId = id;
    }
    if (historyState !== null && historyDate !== null)
      applications[applications.length - 1]?.history.push({ state: historyState, stateDate: historyDate });
  }
  return applications;
}

/** What national data says of one comune: the registry, its PNRR applications, derived platforms. */
export type ComuneNational = {
  comune: RegistryEntry;
  /** The ceased comune whose code was asked for, merged into this one. */
  reachedFrom: MergedComune | null;
  /** The comuni merged into this one since 2020: its population is the sum of their census and its own. */
  mergedFrom: MergedComune[];
  /** The name the comune had before it was renamed (renames.csv), when this database's registry has the new one. */
  formerName: string | null;
  /** The comune in `comuni` when a consortium tracks it (archived or not: who may see it is the API's rule). */
  tracked: TrackedComune | null;
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
function resolve(db: Tx, istat: string): { row: RegistryTuple; ceased: MergedComune | null } | null {
  const row = registryWithTracked.get(db, { istat });
  if (row !== undefined) return { row, ceased: null };
  const ceased = readCeased().find((c) => c.istatCode === istat);
  const successor = ceased === undefined ? undefined : registryWithTracked.get(db, { istat: ceased.successorIstat });
  if (ceased === undefined || successor === undefined) return null;
  return { row: successor, ceased: { istat: ceased.istatCode, name: ceased.name } };
}

/**
 * National data of the comune with this ISTAT code (or a former one, or a ceased comune's: its
 * successor's, `reachedFrom` naming the ceased one); null when the registry has none.
 */
export function getComuneNational(db: Tx, istat: string): ComuneNational | null {
  const found = resolve(db, istat);
  if (found === null) return null;
  const { comune, tracked } = entryOf(found.row);
  const mergedFrom = readCeased()
    .filter((c) => c.successorIstat === comune.istatCode && inRegistry.get(db, c.istatCode) === undefined)
    .map((c) => ({ istat: c.istatCode, name: c.name }));
  const applications = applicationsOf(db, comune.istatCode);
  return {
    comune,
    reachedFrom: found.ceased,
    mergedFrom,
    formerName: formerNameOf(comune),
    tracked,
    applications,
    derived: derivePlatforms(applications),
  };
}

/** The comune's name before its rename, unless the registry still calls it so (loaded before the rename). */
function formerNameOf(comune: { istatCode: string; name: string }): string | null {
  const rename = readRenames().find((r) => r.istatCode === comune.istatCode);
  return rename === undefined || searchKey(rename.formerName) === searchKey(comune.name) ? null : rename.formerName;
}
