import { readTopology } from '../maps/boundary-files';
import { geometryOf, geometrySignature } from '../maps/geometry';
import { type MapDrawing, projectShapes } from '../maps/projection';
import { shapesOf } from '../maps/shapes';
import type { MapGeometryInput } from './italy-maps';

/**
 * Drawings already projected, per map (`italy:`, `region:03`, `province:019`), with the signature
 * of the codes they were drawn from: at most one per region and province (128), each projected
 * once per process (Italy's regions take a quarter of a second), again only when the registry
 * changes what they join.
 */
const drawn = new Map<string, { signature: string; drawing: MapDrawing | null }>();

/** The drawing of a map's areas (null when the repository has no boundary file for it). */
export function getMapDrawing(map: MapGeometryInput): MapDrawing | null {
  const key = `${map.level}:${map.code}`;
  const signature = geometrySignature(map);
  const kept = drawn.get(key);
  if (kept?.signature === signature) return kept.drawing;
  const geometry = geometryOf(map);
  const projected =
    geometry.file === null ? null : projectShapes(shapesOf(readTopology(geometry.file), geometry.keyOf, geometry.join));
  // Boundaries of no area of the map (a comune the registry no longer has) are not drawn.
  const codes = new Set(map.areas.map((a) => a.code));
  const drawing = projected && { ...projected, areas: projected.areas.filter((a) => codes.has(a.key)) };
  drawn.set(key, { signature, drawing });
  return drawing;
}
