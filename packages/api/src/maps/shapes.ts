import type { GeoJsonProperties, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { Topology, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon } from 'topojson-specification';

/** One area to draw: the key it is known by in the API's answer, and its outline. */
export type Shape = { key: string; geometry: Polygon | MultiPolygon };

/** A boundary's properties, as the file writes them (ISTAT codes, names). */
export type Props = Readonly<Record<string, unknown>>;
type Area = TopoPolygon<GeoJsonProperties> | TopoMultiPolygon<GeoJsonProperties>;

/** The areas of a topology's (only) object: the boundary files hold one each. */
function areasOf(topology: Topology): Area[] {
  const object = Object.values(topology.objects)[0];
  if (object === undefined || object.type !== 'GeometryCollection') return [];
  const areas: Area[] = [];
  for (const g of object.geometries) if (g.type === 'Polygon' || g.type === 'MultiPolygon') areas.push(g);
  return areas;
}

const text = (props: Props, name: string): string => {
  const value = props[name];
  return typeof value === 'string' ? value : '';
};

/** A boundary's ISTAT code of a region, province or comune, as the file writes it. */
export const propertyOf = (name: 'reg_istat_code' | 'com_istat_code') => (props: Props) => text(props, name);

/**
 * The shapes of a topology, each area keyed by `keyOf` (null: not drawn); with `join`, the areas
 * of one key become one shape (a province from its comuni) by topojson's merge, which drops the
 * borders between them. Areas that share a key are joined even without `join`: comuni merged
 * since the boundaries were drawn (Alano di Piave and Quero Vas) are one comune (Setteville).
 */
export function shapesOf(topology: Topology, keyOf: (props: Props) => string | null, join = false): Shape[] {
  const groups = new Map<string, Area[]>();
  for (const area of areasOf(topology)) {
    // The specification types properties as `{}`: they are the file's plain object of values.
    const key = keyOf((area.properties ?? {}) as Props);
    if (key === null) continue;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [area]);
    else list.push(area);
  }
  const shapes: Shape[] = [];
  for (const [key, areas] of groups) {
    if (join || areas.length > 1) {
      // merge takes the outlines alone (its types want no properties).
      const outlines = areas.map((a): TopoPolygon | TopoMultiPolygon =>
        a.type === 'Polygon' ? { type: 'Polygon', arcs: a.arcs } : { type: 'MultiPolygon', arcs: a.arcs },
      );
      shapes.push({ key, geometry: merge(topology, outlines) });
      continue;
    }
    for (const area of areas) {
      // A Polygon or MultiPolygon object becomes a Feature of the same type.
      const drawn = area.type === 'Polygon' ? feature(topology, area) : feature(topology, area);
      shapes.push({ key, geometry: drawn.geometry });
    }
  }
  return shapes;
}
