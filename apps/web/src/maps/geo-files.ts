// Each boundary file is an asset of its own with a content hash in its name (cached for a year by
// the server's /assets rule): the glob only lists their addresses, a page fetches the one it draws.
const files = import.meta.glob<string>('./geo/*.topo.json', { query: '?url', import: 'default', eager: true });

const urlOf = (name: string): string | null => files[`./geo/${name}`] ?? null;

/** The boundary file a map draws, with the address it is fetched from. */
export type GeoFile = { name: string; url: string };

function geoFile(name: string): GeoFile | null {
  const url = urlOf(name);
  return url === null ? null : { name, url };
}

/** The 20 regions (the map of Italy). */
export function regionsFile(): GeoFile | null {
  return geoFile('limits_IT_regions.topo.json');
}

/** The comuni of a region ("03"): the map of a region joins them into its provinces. */
export function regionComuniFile(regionCode: string): GeoFile | null {
  return geoFile(`limits_R_${Number(regionCode)}_municipalities.topo.json`);
}

/**
 * The comuni of a province ("019"): its own file when there is one, else its region's (Sardinia's
 * 2025 provinces have none: the files predate them).
 */
export function provinceComuniFile(provinceCode: string, regionCode: string): GeoFile | null {
  return geoFile(`limits_P_${Number(provinceCode)}_municipalities.topo.json`) ?? regionComuniFile(regionCode);
}
