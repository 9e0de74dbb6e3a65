import { type MouseEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import type { MapDrawing } from '../api-types';
import { useSvgId } from '../charts/symbols';
import { darkFill, type Fill, FillPatterns, fillUrl } from './fills';

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
  /** The areas' outlines, projected by the server (`italy.drawing`): nothing is projected here. */
  drawing: MapDrawing;
  items: ReadonlyMap<string, MapItem>;
  /** The accessible name of the whole map. */
  title: string;
  /** Write each area's short value on it (regions and provinces; comuni are too small). */
  labels: boolean;
};

/**
 * A choropleth drawn as SVG: each area a link (keyboard-focusable, named with its value) to the
 * page of that area; the area under the pointer or focus is named under the map as well. The
 * server renders it whole, so the page shows the map before (or without) any JavaScript.
 */
export function Choropleth({ drawing, items, title, labels }: ChoroplethProps) {
  const idPrefix = useSvgId('map');
  const navigate = useNavigate();
  const [current, setCurrent] = useState<string | null>(null);
  const follow = (event: MouseEvent, href: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(href);
  };
  const shown = current === null ? null : (items.get(current) ?? null);
  return (
    <figure className="choropleth mb-2">
      <svg
        viewBox={`0 0 ${drawing.width} ${drawing.height}`}
        role="group"
        aria-label={title}
        className="choropleth-svg map-box"
        // At the top of its box: a map wider than the box leaves the room below it, by the legend.
        preserveAspectRatio="xMidYMin meet"
      >
        <FillPatterns idPrefix={idPrefix} />
        {drawing.areas.map(({ key, d }) => {
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
              <path d={d} fill={fillUrl(idPrefix, item.fill)} />
            </a>
          );
        })}
        {labels ? <AreaLabels drawing={drawing} items={items} /> : null}
      </svg>
      <figcaption className="choropleth-readout small" aria-hidden="true">
        {shown?.label ?? '\u00a0'}
      </figcaption>
    </figure>
  );
}

/** Each area's short value at its centre, when the area is large enough to hold it. */
function AreaLabels({ drawing, items }: { drawing: MapDrawing; items: ReadonlyMap<string, MapItem> }) {
  return (
    <g className="map-labels">
      {drawing.areas.map(({ key, label }) => {
        const item = items.get(key);
        if (item?.short == null || label === null) return null;
        const [x, y] = label;
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
