import type { MapGeometryInput } from '../reads/italy-maps';
import { type GeoFile, provinceComuniFile, regionComuniFile, regionsFile } from './boundary-files';
import { type Props, propertyOf } from './shapes';

/** The boundary file of a map, and how each boundary finds its area in the map's answer. */
export type Geometry = { file: GeoFile; keyOf: (props: Props) => string | null; join: boolean };

/** The boundary file of a map, and how each boundary finds its area in the answer. */
export function geometryOf(map: MapGeometryInput): Geometry {
  const comune = propertyOf('com_istat_code');
  if (map.level === 'italy') return { file: regionsFile(), keyOf: propertyOf('reg_istat_code'), join: false };
  if (map.level === 'region') {
    // Comuni joined into their province: by the code's first three digits, or the registry's
    // province for those renumbered since the boundaries were drawn.
    return {
      file: regionComuniFile(map.code),
      keyOf: (props) => {
        const code = comune(props);
        return code === '' ? null : (map.renumbered[code] ?? code.slice(0, 3));
      },
      join: true,
    };
  }
  const byCode = new Map<string, string>();
  for (const area of map.areas) {
    byCode.set(area.code, area.code);
    if (area.formerIstat) byCode.set(area.formerIstat, area.code);
  }
  return {
    file: provinceComuniFile(map.code, map.region?.code ?? ''),
    // A comune merged since the boundaries were drawn is drawn as part of its successor.
    keyOf: (props) => {
      const code = comune(props);
      return byCode.get(map.renumbered[code] ?? code) ?? null;
    },
    join: false,
  };
}

/**
 * What a map's drawing depends on besides its boundary file: the codes `geometryOf` reads. The
 * same signature, the same drawing (kept by `map-drawings.ts` until the registry changes it).
 */
export function geometrySignature(map: MapGeometryInput): string {
  const renumbered = JSON.stringify(map.renumbered);
  if (map.level !== 'province') return renumbered;
  return `${renumbered}|${map.areas.map((a) => `${a.code}:${a.formerIstat ?? ''}`).join(',')}`;
}
