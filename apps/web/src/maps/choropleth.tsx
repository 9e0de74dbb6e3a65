import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { type MouseEvent, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useSvgId } from '../charts/symbols';
import { darkFill, type Fill, FillPatterns, fillUrl } from './fills';
import type { Shape } from './shapes';

/** What the map says of one area: where it leads, its name with its value, its fill. */
export type MapItem = {
  key: string;
  /** The accessible name of the area's link: its name and value, in words. */
  label: string;
  href: string;
  fill: Fill;
  /** A short value written on the area when there is room (e.g. "78 %"). */
  short: string | null;
};

type ChoroplethProps = {
  shapes: readonly Shape[];
  items: ReadonlyMap<string, MapItem>;
  /** The accessible name of the whole map. */
  title: string;
  /** Write each area's short value on it (regions and provinces; comuni are too small). */
  labels: boolean;
};

const WIDTH = 600;
const PAD = 8;

type Drawn = { key: string; d: string; area: number; centroid: [number, number] };

/** Projects the shapes to fit the drawing (d3's Mercator, fitted to their extent). */
function project(shapes: readonly Shape[]): { height: number; drawn: Drawn[] } {
  const collection: FeatureCollection<Polygon | MultiPolygon> = {
    type: 'FeatureCollection',
    features: shapes.map((s) => ({ type: 'Feature', properties: {}, geometry: s.geometry })),
  };
  const probe = geoPath(geoMercator().fitWidth(WIDTH - 2 * PAD, collection));
  const [[, top], [, bottom]] = probe.bounds(collection);
  const height = Math.min(Math.max(Math.ceil(bottom - top) + 2 * PAD, 240), 760);
  const projection = geoMercator().fitExtent(
    [
      [PAD, PAD],
      [WIDTH - PAD, height - PAD],
    ],
    collection,
  );
  const path = geoPath(projection);
  const drawn = shapes.map((s) => ({
    key: s.key,
    d: path(s.geometry) ?? '',
    area: path.area(s.geometry),
    centroid: path.centroid(s.geometry),
  }));
  return { height, drawn };
}

/**
 * A choropleth drawn as SVG: each area a link (keyboard-focusable, named with its value) to the
 * page of that area; the area under the pointer or focus is named under the map as well.
 */
export function Choropleth({ shapes, items, title, labels }: ChoroplethProps) {
  const idPrefix = useSvgId('map');
  const navigate = useNavigate();
  const [current, setCurrent] = useState<string | null>(null);
  const { height, drawn } = useMemo(() => project(shapes), [shapes]);
  const byKey = useMemo(() => {
    const groups = new Map<string, Drawn[]>();
    for (const d of drawn) groups.set(d.key, [...(groups.get(d.key) ?? []), d]);
    return groups;
  }, [drawn]);
  const follow = (event: MouseEvent, href: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(href);
  };
  const shown = current === null ? null : (items.get(current) ?? null);
  return (
    <figure className="choropleth mb-2">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="group"
        aria-label={title}
        className="choropleth-svg map-box"
        // At the top of its box: a map wider than the box leaves the room below it, by the legend.
        preserveAspectRatio="xMidYMin meet"
      >
        <FillPatterns idPrefix={idPrefix} />
        {[...byKey].map(([key, parts]) => {
          const item = items.get(key);
          if (item === undefined) return null;
          return (
            <a
              key={key}
              href={item.href}
              aria-label={item.label}
              className="map-area"
              onClick={(event) => follow(event, item.href)}
              onMouseEnter={() => setCurrent(key)}
              onMouseLeave={() => setCurrent(null)}
              onFocus={() => setCurrent(key)}
              onBlur={() => setCurrent(null)}
            >
              {parts.map((part, index) => (
                <path key={`${key}-${index}`} d={part.d} fill={fillUrl(idPrefix, item.fill)} />
              ))}
            </a>
          );
        })}
        {labels ? <AreaLabels byKey={byKey} items={items} /> : null}
      </svg>
      <figcaption className="choropleth-readout small" aria-hidden="true">
        {shown?.label ?? '\u00a0'}
      </figcaption>
    </figure>
  );
}

/** Each area's short value at its centre, when the area is large enough to hold it. */
function AreaLabels({ byKey, items }: { byKey: ReadonlyMap<string, Drawn[]>; items: ReadonlyMap<string, MapItem> }) {
  return (
    <g className="map-labels">
      {[...byKey].map(([key, parts]) => {
        const item = items.get(key);
        const largest = parts.reduce<Drawn | null>((a, b) => (a === null || b.area > a.area ? b : a), null);
        if (item?.short == null || largest === null || largest.area < 900) return null;
        const [x, y] = largest.centroid;
        return (
          // biome-ignore lint/a11y/noAriaHiddenOnFocusable: SVG text is not focusable; the value is in the area's link name
          <text
            key={key}
            x={x}
            y={y}
            aria-hidden="true"
            className={darkFill(item.fill) ? 'on-dark' : undefined}
            textAnchor="middle"
          >
            {item.short}
          </text>
        );
      })}
    </g>
  );
}
