import type { Db } from '@switchoff/db';
import { readCeased } from '@switchoff/db/national';
import {
  type MapAreaRow,
  type MapLevel,
  measureSnapshots,
  provinceRegion,
  readMapAreas,
  readMapRows,
  regionName,
  renumbered,
} from '@switchoff/db/reads/italy-maps';
import { PADIGITALE_SOURCE, PNRR_MEASURES, type PnrrMeasure, provinceName } from '@switchoff/domain';

/** Comuni of an area that completed (E) or are funded for (A, none completed) a measure. */
export type MeasureCounts = { completed: number; funded: number };

/** Tracked comuni of an area, their public services and how many are switched off. */
export type TrackedCounts = { comuni: number; services: number; switchedOff: number };

/**
 * One area of a map: a region (map of Italy), a province (of a region) or a comune (of a province),
 * as the registry names it; a region's `sigla` is its code.
 */
export type MapArea = MapAreaRow & {
  measures: Record<PnrrMeasure, MeasureCounts>;
  /** Null when no comune of the area is tracked by a consortium. */
  tracked: TrackedCounts | null;
};

/** A map's answer: the area shown, the one above it, its areas and their total. */
export type ItalyMap = {
  level: MapLevel;
  code: string;
  name: string;
  /** The region a province belongs to (province maps only). */
  region: { code: string; name: string } | null;
  areas: MapArea[];
  /**
   * Boundary codes the registry no longer has → the area their boundary belongs to: on a region's
   * map, its comuni renumbered since the boundary files (Sardinia's 2025 provinces) → current
   * province; on a province's map, its comuni merged since 2020 (cessati.csv) → their successor.
   * The map joins their boundaries into that area. Empty on the map of Italy.
   */
  renumbered: Record<string, string>;
  total: Omit<MapArea, 'code' | 'name' | 'sigla' | 'formerIstat'>;
  /** The measures the database has applications for, each with the date of its latest snapshot. */
  measures: { measure: PnrrMeasure; snapshot: string }[];
  source: typeof PADIGITALE_SOURCE;
};

const noMeasures = (): Record<PnrrMeasure, MeasureCounts> =>
  Object.fromEntries(PNRR_MEASURES.map((m) => [m, { completed: 0, funded: 0 }])) as Record<PnrrMeasure, MeasureCounts>;

/** An area's registry rows (one per name it goes by) as one area named as most of its comuni name it. */
function mergeAreas(level: MapLevel, rows: readonly MapAreaRow[]): Map<string, MapArea> {
  const found = new Map<string, MapArea & { best: number }>();
  for (const row of rows) {
    const area = found.get(row.code);
    if (area === undefined) {
      found.set(row.code, {
        ...row,
        sigla: level === 'italy' ? row.code : row.sigla,
        best: row.comuni,
        measures: noMeasures(),
        tracked: null,
      });
      continue;
    }
    if (row.comuni > area.best) Object.assign(area, { name: row.name, sigla: row.sigla, best: row.comuni });
    area.comuni += row.comuni;
    area.population += row.population;
  }
  const areas = new Map<string, MapArea>();
  for (const { best: _, ...area } of found.values()) {
    areas.set(area.code, level === 'region' ? { ...area, name: provinceName(area.code, area.name) } : area);
  }
  return areas;
}

function addUp(areas: readonly MapArea[]): ItalyMap['total'] {
  const total: ItalyMap['total'] = { comuni: 0, population: 0, measures: noMeasures(), tracked: null };
  for (const area of areas) {
    total.comuni += area.comuni;
    total.population += area.population;
    for (const m of PNRR_MEASURES) {
      total.measures[m].completed += area.measures[m].completed;
      total.measures[m].funded += area.measures[m].funded;
    }
    if (area.tracked === null) continue;
    total.tracked ??= { comuni: 0, services: 0, switchedOff: 0 };
    total.tracked.comuni += area.tracked.comuni;
    total.tracked.services += area.tracked.services;
    total.tracked.switchedOff += area.tracked.switchedOff;
  }
  return total;
}

/** Where the map's area is: its name and, for a province, its region; null when the registry has no such area. */
function placeOf(db: Db, level: MapLevel, code: string): Pick<ItalyMap, 'name' | 'region'> | null {
  if (level === 'italy') return { name: 'Italia', region: null };
  if (level === 'region') {
    const found = regionName.get(db, code);
    return found === undefined ? null : { name: found.regionName, region: null };
  }
  const found = provinceRegion.get(db, code);
  if (found === undefined) return null;
  return {
    name: provinceName(code, found.provinceName),
    region: { code: found.regionCode, name: found.regionName },
  };
}

/** A province's comuni merged since 2020 whose successor is on its map, ceased code → successor. */
function mergedInto(areas: readonly Pick<MapArea, 'code'>[]): Record<string, string> {
  const codes = new Set(areas.map((a) => a.code));
  const ceased = readCeased().filter((c) => codes.has(c.successorIstat) && !codes.has(c.istatCode));
  return Object.fromEntries(ceased.map((c) => [c.istatCode, c.successorIstat]));
}

/** What a map's drawing is made from: the map's place, its areas' codes and the codes its boundaries carry instead. */
export type MapGeometryInput = Pick<ItalyMap, 'level' | 'code' | 'region' | 'renumbered'> & {
  areas: Pick<MapArea, 'code' | 'formerIstat'>[];
};

/** The boundary codes a map's areas go by (see `ItalyMap.renumbered`) from its areas' codes. */
function renumberedOf(db: Db, level: MapLevel, code: string, areas: readonly Pick<MapArea, 'code'>[]) {
  if (level === 'region') return Object.fromEntries(renumbered.all(db, code).map((r) => [r.former, r.province]));
  return level === 'province' ? mergedInto(areas) : {};
}

/**
 * What `getItalyMap` says of a map's areas and their boundaries, without the counts: the registry
 * alone (the drawing of a map is asked beside its answer; the counts would be read twice). Null
 * when no comune is in that area.
 */
export function getMapGeometryInput(db: Db, level: MapLevel, code: string): MapGeometryInput | null {
  const place = placeOf(db, level, code);
  if (place === null) return null;
  const areas = readMapAreas(db, level, code).map((a) => ({ code: a.code, formerIstat: a.formerIstat }));
  return { level, code, region: place.region, areas, renumbered: renumberedOf(db, level, code, areas) };
}

/**
 * The map of Italy (its regions), of a region (its provinces) or of a province (its comuni):
 * per area its comuni, how many completed or are funded for each PNRR measure, and the public
 * services of its tracked comuni (db reads/italy-maps.ts). Null when no comune is in that area.
 */
export function getItalyMap(db: Db, level: MapLevel, code: string): ItalyMap | null {
  const place = placeOf(db, level, code);
  if (place === null) return null;
  const rows = readMapRows(db, level, code);
  const areas = mergeAreas(level, rows.areas);
  for (const row of rows.measures) {
    const area = areas.get(row.code);
    if (area) area.measures[row.measure] = { completed: row.completed, funded: row.funded };
  }
  for (const { code: areaCode, ...tracked } of rows.tracked) {
    const area = areas.get(areaCode);
    if (area) area.tracked = tracked;
  }
  const list = [...areas.values()];
  return {
    level,
    code,
    name: place.name,
    region: place.region,
    areas: list,
    renumbered: renumberedOf(db, level, code, list),
    total: addUp(list),
    measures: measureSnapshots(db),
    source: PADIGITALE_SOURCE,
  };
}
