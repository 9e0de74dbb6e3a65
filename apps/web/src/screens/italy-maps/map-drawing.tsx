import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ItalyMap, MapArea } from '../../api-types';
import { useI18n } from '../../i18n/i18n';
import { Choropleth, type MapItem } from '../../maps/choropleth';
import { useTRPC } from '../../trpc';
import type { AreaValue } from './indicator';

/** The drawing a map page asks for: Italy's regions, a region's provinces, a province's comuni. */
export type DrawingOf = { level: 'italy' } | { level: 'region' | 'province'; code: string };

/** The `italy.drawing` input of a map's answer. */
export const drawingOf = (map: ItalyMap): DrawingOf =>
  map.level === 'italy' ? { level: 'italy' } : { level: map.level, code: map.code };

type MapDrawingProps = {
  map: ItalyMap;
  values: ReadonlyMap<string, AreaValue>;
  title: string;
  hrefOf: (area: MapArea) => string;
};

/**
 * The choropleth of a map's areas, drawn from the outlines the server projected (in the page the
 * server rendered; asked of the API after a navigation); the areas it could not draw, named.
 */
export function MapDrawing({ map, values, title, hrefOf }: MapDrawingProps) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const drawing = useQuery({ ...trpc.italy.drawing.queryOptions(drawingOf(map)), staleTime: Number.POSITIVE_INFINITY });
  const items = useMemo(() => {
    const found = new Map<string, MapItem>();
    for (const area of map.areas) {
      const value = values.get(area.code);
      if (value === undefined) continue;
      found.set(area.code, {
        key: area.code,
        label: value.label,
        href: hrefOf(area),
        fill: value.fill,
        short: value.short,
      });
    }
    return found;
  }, [map, values, hrefOf]);
  if (drawing.error || drawing.data === null) return <p className="callout note">{m.maps.mapError}</p>;
  if (drawing.data === undefined)
    return (
      // The drawing's box and its readout line, held while the drawing loads after a navigation.
      <div className="choropleth mb-2">
        <p className="map-box map-loading">{m.maps.mapLoading}</p>
        <p className="choropleth-readout small" aria-hidden="true">
          {'\u00a0'}
        </p>
      </div>
    );
  const drawn = new Set(drawing.data.areas.map((a) => a.key));
  const missing = map.areas.filter((a) => !drawn.has(a.code)).map((a) => a.name);
  return (
    <>
      <Choropleth drawing={drawing.data} items={items} title={title} labels={map.level !== 'province'} />
      {missing.length > 0 ? <p className="small text-muted">{m.maps.notOnMap({ names: missing.join(', ') })}</p> : null}
    </>
  );
}
