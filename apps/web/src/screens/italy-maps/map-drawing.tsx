import { useMemo } from 'react';
import type { ItalyMap, MapArea } from '../../api-types';
import { useI18n } from '../../i18n/i18n';
import { Choropleth, type MapItem } from '../../maps/choropleth';
import { type GeoFile, provinceComuniFile, regionComuniFile, regionsFile } from '../../maps/geo-files';
import { type Props, propertyOf, type Shape, shapesOf } from '../../maps/shapes';
import { useTopology } from '../../maps/use-topology';
import type { AreaValue } from './indicator';

/** The boundary file of a map, and how each boundary finds its area in the answer. */
function geometryOf(map: ItalyMap): { file: GeoFile | null; keyOf: (props: Props) => string | null; join: boolean } {
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

type MapDrawingProps = {
  map: ItalyMap;
  values: ReadonlyMap<string, AreaValue>;
  title: string;
  hrefOf: (area: MapArea) => string;
};

/** The choropleth of a map's areas, once its boundary file is loaded; the areas it could not draw, named. */
export function MapDrawing({ map, values, title, hrefOf }: MapDrawingProps) {
  const { m } = useI18n();
  const geometry = useMemo(() => geometryOf(map), [map]);
  const topology = useTopology(geometry.file);
  const shapes = useMemo<Shape[]>(
    () => (topology.data ? shapesOf(topology.data, geometry.keyOf, geometry.join) : []),
    [topology.data, geometry],
  );
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
  if (topology.error || geometry.file === null) return <p className="callout note">{m.maps.mapError}</p>;
  if (topology.data === undefined)
    return (
      // The drawing's box and its readout line, held while the boundary file loads.
      <div className="choropleth mb-2">
        <p className="map-box map-loading">{m.maps.mapLoading}</p>
        <p className="choropleth-readout small" aria-hidden="true">
          {'\u00a0'}
        </p>
      </div>
    );
  const drawn = new Set(shapes.map((s) => s.key));
  const missing = map.areas.filter((a) => !drawn.has(a.code)).map((a) => a.name);
  return (
    <>
      <Choropleth shapes={shapes} items={items} title={title} labels={map.level !== 'province'} />
      {missing.length > 0 ? <p className="small text-muted">{m.maps.notOnMap(missing.join(', '))}</p> : null}
    </>
  );
}
