import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { PathWriter } from './path-writer';
import type { Shape } from './shapes';

/** The drawing's width in its own units (its viewBox); the height follows the map's shape. */
export const DRAWING_WIDTH = 600;
const PAD = 8;
/** Points nearer than this to the last one kept are left out (a 600-unit drawing is at most ~700 px wide). */
const TOLERANCE = 0.6;
/** An area this large (square units) has room for its value written at its centre. */
const LABEL_AREA = 900;

/** One area as drawn: its key in the map's answer, its SVG path, where its value is written (null: too small). */
export type DrawnArea = { key: string; d: string; label: [number, number] | null };

/** A map projected once on the server: the drawing's size and its areas' outlines. */
export type MapDrawing = { width: number; height: number; areas: DrawnArea[] };

const round = (n: number) => Math.round(n * 10) / 10;

/** Projects the shapes to fit the drawing (d3's Mercator, fitted to their extent), as SVG paths. */
export function projectShapes(shapes: readonly Shape[]): MapDrawing {
  const collection: FeatureCollection<Polygon | MultiPolygon> = {
    type: 'FeatureCollection',
    features: shapes.map((s) => ({ type: 'Feature', properties: {}, geometry: s.geometry })),
  };
  const probe = geoPath(geoMercator().fitWidth(DRAWING_WIDTH - 2 * PAD, collection));
  const [[, top], [, bottom]] = probe.bounds(collection);
  const height = Math.min(Math.max(Math.ceil(bottom - top) + 2 * PAD, 240), 760);
  const projection = geoMercator().fitExtent(
    [
      [PAD, PAD],
      [DRAWING_WIDTH - PAD, height - PAD],
    ],
    collection,
  );
  const measure = geoPath(projection);
  const areas = shapes.map((s): DrawnArea => {
    const writer = new PathWriter(TOLERANCE);
    geoPath(projection, writer)(s.geometry);
    const [x, y] = measure.centroid(s.geometry);
    const roomy = measure.area(s.geometry) >= LABEL_AREA && Number.isFinite(x) && Number.isFinite(y);
    return { key: s.key, d: writer.result(), label: roomy ? [round(x), round(y)] : null };
  });
  return { width: DRAWING_WIDTH, height, areas };
}
