import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Topology } from 'topojson-specification';

/**
 * The folder of the shipped boundary files (packages/api/geo), found through the package's own
 * name: the same from the sources (tests, `pnpm dev`) and from the server's bundle, whose
 * `import.meta.url` is in apps/server/dist.
 */
function geoFolder(): string {
  return join(dirname(createRequire(import.meta.url).resolve('@switchoff/api/package.json')), 'geo');
}

let folder: string | null = null;

/** A boundary file's name, or null when the repository has no file of that name. */
export type GeoFile = string | null;

function geoFile(name: string): GeoFile {
  folder ??= geoFolder();
  return existsSync(join(folder, name)) ? name : null;
}

/** The 20 regions (the map of Italy). */
export function regionsFile(): GeoFile {
  return geoFile('limits_IT_regions.topo.json');
}

/** The comuni of a region ("03"): the map of a region joins them into its provinces. */
export function regionComuniFile(regionCode: string): GeoFile {
  return geoFile(`limits_R_${Number(regionCode)}_municipalities.topo.json`);
}

/**
 * The comuni of a province ("019"): its own file when there is one, else its region's (Sardinia's
 * 2025 provinces have none: the files predate them).
 */
export function provinceComuniFile(provinceCode: string, regionCode: string): GeoFile {
  return geoFile(`limits_P_${Number(provinceCode)}_municipalities.topo.json`) ?? regionComuniFile(regionCode);
}

/** A boundary file's topology, read from disk (the drawings made from it are kept, not the file). */
export function readTopology(name: string): Topology {
  folder ??= geoFolder();
  return JSON.parse(readFileSync(join(folder, name), 'utf8')) as Topology;
}
