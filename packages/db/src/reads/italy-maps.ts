import type { PnrrMeasure } from '@switchoff/domain';
import { readDataVersion } from '../data-version';
import { prepared } from '../prepared';
import type { Tx } from '../transaction';

/*
 * The maps of Italy, a region and a province: per area (region, province or comune) its comuni
 * in the registry, how many completed (E) or are funded for (A) each PNRR measure, and, for the
 * comuni a consortium tracks, their public services and how many are switched off (an archived
 * comune is not tracked here, and region_stage_counts leaves it out too).
 *
 * Aggregated in SQL, one GROUP BY per answer, because the map of Italy adds up 7,900 registry
 * rows, 26,000 applications and every tracked service of the national database: in SQL the
 * rows never become JavaScript objects (BENCHMARKS.md, "Maps"). A comune counts once per
 * measure, whatever its number of calls: completed when any application is E, funded when
 * none is but one is A; renounced (R) only counts as neither.
 */

/** What the map groups by, and which registry rows it reads. */
export type MapLevel = 'italy' | 'region' | 'province';

const AREA: Record<MapLevel, { code: string; name: string; where: string }> = {
  italy: { code: 'r.region_code', name: 'r.region_name', where: '@code IS NOT NULL' },
  region: { code: 'r.province_istat', name: 'r.province_name', where: 'r.region_code = @code' },
  province: { code: 'r.istat_code', name: 'r.name', where: 'r.province_istat = @code' },
};

/** An area as the registry names it (one row per name it is known by: the API keeps the usual one). */
export type MapAreaRow = {
  code: string;
  name: string;
  /** The province's sigla (all levels: the region level names provinces by it). */
  sigla: string;
  comuni: number;
  population: number;
  /** A comune's former ISTAT code (province level; null elsewhere or when it has none). */
  formerIstat: string | null;
};

/** Comuni of an area that completed or are funded for a measure. */
export type MapMeasureRow = { code: string; measure: PnrrMeasure; completed: number; funded: number };

/** Tracked comuni of an area, their public services and how many of those are switched off. */
export type MapTrackedRow = { code: string; comuni: number; services: number; switchedOff: number };

const areas = (level: MapLevel) =>
  prepared<[{ code: string }], MapAreaRow>(
    `SELECT ${AREA[level].code} AS code, ${AREA[level].name} AS name, r.province_code AS sigla, count(*) AS comuni,
      coalesce(sum(r.population), 0) AS population, ${level === 'province' ? 'r.former_istat' : 'NULL'} AS formerIstat
    FROM registry_comuni r WHERE ${AREA[level].where}
    GROUP BY 1, 2, 3 ORDER BY 1`,
  );

// Applications are filed under the registry's current code (the import maps former codes). One
// GROUP BY: a comune counts once per measure through count(DISTINCT …).
const measures = (level: MapLevel) =>
  prepared<[{ code: string }], MapMeasureRow>(
    `SELECT ${AREA[level].code} AS code, a.measure,
      count(DISTINCT CASE WHEN a.state = 'E' THEN a.istat_code END) AS completed,
      count(DISTINCT CASE WHEN a.state <> 'R' THEN a.istat_code END)
        - count(DISTINCT CASE WHEN a.state = 'E' THEN a.istat_code END) AS funded
    FROM pnrr_applications a JOIN registry_comuni r ON r.istat_code = a.istat_code
    WHERE ${AREA[level].where}
    GROUP BY 1, 2`,
  );

// A consortium may track a comune under the code it had before (Sardinia's 2025 renumbering):
// `IN` looks both codes up in comuni's unique index; services by services_comune_slug_idx,
// their status by its primary key. Services count with the stage of their latest event, as the
// roll-up region_stage_counts counts them.
const tracked = (level: MapLevel) =>
  prepared<[{ code: string }], MapTrackedRow>(
    `SELECT ${AREA[level].code} AS code, count(DISTINCT c.id) AS comuni, count(st.stage) AS services,
      coalesce(sum(st.stage = 'switched_off'), 0) AS switchedOff
    FROM registry_comuni r
    JOIN comuni c ON c.istat_code IN (r.istat_code, r.former_istat) AND c.archived_at IS NULL
    LEFT JOIN services s ON s.comune_id = c.id
    LEFT JOIN service_status st ON st.service_id = s.id AND st.visibility = 'public'
    WHERE ${AREA[level].where}
    GROUP BY 1`,
  );

// The country from the roll-ups: the per-service join above reads every tracked service (316,000
// at national scale, 0.9 s on a loaded machine); region_stage_counts holds a few hundred rows.
// Tracked comuni carry their region's name: each name goes to the code most registry comuni give it.
const trackedByRegion = prepared<[{ code: string }], MapTrackedRow>(
  `WITH named AS (SELECT region_name AS name, region_code AS code, count(*) AS n FROM registry_comuni GROUP BY 1, 2),
  codes AS (SELECT name, code FROM named a WHERE n = (SELECT max(n) FROM named b WHERE b.name = a.name)),
  tracked AS (SELECT region, count(*) AS comuni FROM comuni WHERE archived_at IS NULL GROUP BY region),
  stages AS (SELECT region, sum(services) AS services, sum(CASE WHEN stage = 'switched_off' THEN services ELSE 0 END) AS off
    FROM region_stage_counts WHERE visibility = 'public' GROUP BY region)
  SELECT codes.code AS code, sum(t.comuni) AS comuni, coalesce(sum(s.services), 0) AS services,
    coalesce(sum(s.off), 0) AS switchedOff
  FROM tracked t JOIN codes ON codes.name = t.region LEFT JOIN stages s ON s.region = t.region
  WHERE @code IS NOT NULL GROUP BY 1`,
);

const LEVELS: readonly MapLevel[] = ['italy', 'region', 'province'];
const statements = Object.fromEntries(
  LEVELS.map((level) => [
    level,
    { areas: areas(level), measures: measures(level), tracked: level === 'italy' ? trackedByRegion : tracked(level) },
  ]),
) as Record<
  MapLevel,
  { areas: ReturnType<typeof areas>; measures: ReturnType<typeof measures>; tracked: ReturnType<typeof tracked> }
>;

// PNRR counts change only when an import writes, and every write adds a history row: its last id
// (and the registry's size) tell whether the counts kept for a map still hold. At national scale
// the count over 26,000 applications takes 150 ms on a loaded machine; this check well under 1 ms.
const pnrrVersion = prepared<[], { version: string }>(
  `SELECT coalesce((SELECT max(id) FROM pnrr_application_states), 0) || ':' ||
    (SELECT count(*) FROM registry_comuni) AS version`,
);

const kept = new WeakMap<object, Map<string, { version: string; rows: MapMeasureRow[] }>>();

function measureRows(db: Tx, level: MapLevel, code: string): MapMeasureRow[] {
  const version = pnrrVersion.get(db)?.version ?? '';
  let byMap = kept.get(db.$client);
  if (byMap === undefined) kept.set(db.$client, (byMap = new Map()));
  const key = `${level}:${code}`;
  const found = byMap.get(key);
  if (found !== undefined && found.version === version) return found.rows;
  const rows = statements[level].measures.all(db, { code });
  byMap.set(key, { version, rows });
  return rows;
}

/** The raw rows of a map: its areas, measure counts and tracked services (`code`: the region or province shown; '' for Italy). */
export function readMapRows(db: Tx, level: MapLevel, code: string) {
  const params = { code };
  const s = statements[level];
  return { areas: s.areas.all(db, params), measures: measureRows(db, level, code), tracked: s.tracked.all(db, params) };
}

/** The areas of a map as the registry lists them, without their counts (what a map's drawing needs). */
export function readMapAreas(db: Tx, level: MapLevel, code: string): MapAreaRow[] {
  return statements[level].areas.all(db, { code });
}

/** A province's name and region (the usual ones of its comuni); undefined when no comune has that province. */
export const provinceRegion = prepared<[string], { provinceName: string; regionCode: string; regionName: string }>(
  `SELECT province_name AS provinceName, region_code AS regionCode, region_name AS regionName
  FROM registry_comuni WHERE province_istat = ? GROUP BY 1, 2, 3 ORDER BY count(*) DESC LIMIT 1`,
);

type MeasureSnapshot = { measure: PnrrMeasure; snapshot: string };

const snapshotRows = prepared<[], MeasureSnapshot>(
  'SELECT measure, max(snapshot_date) AS snapshot FROM pnrr_applications GROUP BY measure ORDER BY measure',
);

const snapshotsKept = new WeakMap<object, { version: string; rows: MeasureSnapshot[] }>();

/**
 * The measures with applications, each with the date of its latest snapshot: the same on every
 * map, kept until the database changes (readDataVersion). The GROUP BY reads every application
 * (26,000 at national scale, 5-7 ms of CPU, a third of a province's map); the check 12 µs. Not
 * pnrrVersion: an import that only moves the snapshot date adds no history row.
 */
export function measureSnapshots(db: Tx): MeasureSnapshot[] {
  const version = readDataVersion(db);
  const found = snapshotsKept.get(db.$client);
  if (found !== undefined && found.version === version) return found.rows;
  const rows = snapshotRows.all(db);
  snapshotsKept.set(db.$client, { version, rows });
  return rows;
}

/** A region's name (the usual one of its comuni); undefined when no comune has that region. */
export const regionName = prepared<[string], { regionName: string }>(
  `SELECT region_name AS regionName FROM registry_comuni WHERE region_code = ?
  GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
);

/** A region's comuni renumbered since the boundary files: their former code and current province. */
export const renumbered = prepared<[string], { former: string; province: string }>(
  `SELECT former_istat AS former, province_istat AS province FROM registry_comuni
  WHERE region_code = ? AND former_istat IS NOT NULL ORDER BY former_istat`,
);
