import { PROVINCES_ABOLISHED_2025 } from '@switchoff/domain';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useCallback, useId, useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { ItalyMap, MapArea } from '../../api-types';
import { QueryState } from '../../components/query-state';
import { useI18n } from '../../i18n/i18n';
import type { Messages } from '../../i18n/it';
import type { Crumb } from '../../layout/breadcrumbs';
import { Page } from '../../layout/page';
import { MapLegend } from '../../maps/map-legend';
import { useServerPrefetch } from '../../ssr/server-prefetch';
import { useTRPC } from '../../trpc';
import { NotFound } from '../not-found';
import { type Indicator, indicatorName, mapValues, pickIndicator } from './indicator';
import { type DrawingOf, MapDrawing } from './map-drawing';
import { MapTable } from './map-table';

/** The address of an area's page: a region, a province (keeping the indicator) or a comune. */
function areaHref(map: ItalyMap, area: MapArea, indicator: Indicator): string {
  if (map.level === 'province') return `/comuni/${area.code}`;
  const base = map.level === 'italy' ? `/regioni/${area.code}` : `/province/${area.code}`;
  return `${base}?misura=${indicator}`;
}

/** Areas that share a name (Sardinia's former and 2025 provinces) told apart by their code. */
function distinctNames(map: ItalyMap): ItalyMap {
  const seen = new Map<string, number>();
  for (const area of map.areas) seen.set(area.name, (seen.get(area.name) ?? 0) + 1);
  if (map.areas.every((area) => seen.get(area.name) === 1)) return map;
  const areas = map.areas.map((a) => ((seen.get(a.name) ?? 0) > 1 ? { ...a, name: `${a.name} (${a.code})` } : a));
  return { ...map, areas };
}

/** The choice of what the map shows: every measure the data has, and switch-off. */
function IndicatorPicker({ map, value }: { map: ItalyMap; value: Indicator }) {
  const { m } = useI18n();
  const id = useId();
  const [, setSearch] = useSearchParams();
  const options: Indicator[] = [...map.measures.map((x) => x.measure), 'switchoff'];
  return (
    <div className="select-wrapper map-indicator mb-3">
      <label htmlFor={id}>{m.maps.indicator}</label>
      <select id={id} value={value} onChange={(event) => setSearch({ misura: event.target.value }, { replace: true })}>
        {options.map((option) => (
          <option key={option} value={option}>
            {indicatorName(option, m)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A province abolished in 2025 whose comuni no shipped list places in a new one (Sardinia). */
const isAbolished = (code: string) => PROVINCES_ABOLISHED_2025[code] !== undefined;

/** What the data leave open on a map: an abolished province, or a region that shows some. */
export function abolishedNote(map: ItalyMap, m: Messages): string | undefined {
  if (map.level === 'province' && isAbolished(map.code)) return m.maps.abolishedProvince;
  if (map.level === 'region' && map.areas.some((a) => isAbolished(a.code))) return m.maps.abolishedInRegion;
  return undefined;
}

/** A map page: title, lead, indicator, the choropleth with its legend beside its table, the sources. */
function MapPage({
  map: answer,
  title,
  lead,
  trail,
  note,
}: {
  map: ItalyMap;
  title: string;
  lead: string;
  trail: Crumb[];
  /** Said above the map when the data leave something open. */
  note?: string;
}) {
  const { m, f } = useI18n();
  const map = useMemo(() => distinctNames(answer), [answer]);
  const [search] = useSearchParams();
  const indicator = pickIndicator(search.get('misura'), map);
  const hrefOf = useCallback((area: MapArea) => areaHref(map, area, indicator), [map, indicator]);
  const name = indicatorName(indicator, m);
  const snapshot = map.measures.find((x) => x.measure === indicator)?.snapshot ?? null;
  const comuneLevel = map.level === 'province' && indicator !== 'switchoff';
  const { values, bounds } = useMemo(() => mapValues(map, indicator, { m, f }), [map, indicator, m, f]);
  return (
    <Page title={title} trail={trail} lead={<p className="small mb-0">{lead}</p>}>
      {note === undefined ? null : (
        <div className="callout note mb-4">
          <p className="mb-0">{note}</p>
        </div>
      )}
      <IndicatorPicker map={map} value={indicator} />
      <div className="row g-4">
        <div className="col-lg-7">
          <MapDrawing
            map={map}
            values={values}
            title={m.maps.mapName({ area: title, indicator: name })}
            hrefOf={hrefOf}
          />
          <MapLegend
            kind={comuneLevel ? 'comune' : 'share'}
            title={
              comuneLevel
                ? m.maps.legendComune
                : indicator === 'switchoff'
                  ? m.maps.legendSwitchOff
                  : m.maps.legendShare
            }
            noData={indicator === 'switchoff'}
            bounds={bounds}
          />
        </div>
        <div className="col-lg-5">
          <MapTable
            map={map}
            indicator={indicator}
            caption={m.maps.tableCaption({ area: title, indicator: name })}
            hrefOf={hrefOf}
          />
        </div>
      </div>
      <div className="small text-muted mt-3">
        {indicator === 'switchoff' ? (
          <p>{m.maps.switchOffNote}</p>
        ) : (
          <p>
            {m.maps.source({
              publisher: map.source.publisher,
              licence: map.source.licence,
              snapshot: f.date(snapshot),
            })}{' '}
            <a href={map.source.url}>{m.national.sourceLink}</a>
          </p>
        )}
        <p>{m.maps.geoSource}</p>
      </div>
    </Page>
  );
}

/**
 * On the server, reads the map's drawing beside its answer (the address names it): the page is
 * complete one render sooner. The browser asks for it when the map is drawn (`MapDrawing`).
 */
function PrefetchDrawing({ input }: { input: DrawingOf }) {
  const trpc = useTRPC();
  useServerPrefetch(trpc.italy.drawing.queryOptions(input));
  return null;
}

/** `/italia`: the regions. */
export function ItalyMapScreen() {
  const { m } = useI18n();
  const trpc = useTRPC();
  const query = useQuery(trpc.italy.regions.queryOptions());
  return (
    <>
      <PrefetchDrawing input={{ level: 'italy' }} />
      <QueryState query={query}>
        {(map) => (
          <MapPage map={map} title={m.maps.italyTitle} lead={m.maps.italyLead} trail={[{ label: m.national.italy }]} />
        )}
      </QueryState>
    </>
  );
}

/**
 * The map of the region or the province whose code the address names: a code of another shape
 * is not found without asking the server; `page` draws the map once it is read.
 */
function AreaMapScreen({ level, page }: { level: 'region' | 'province'; page: (map: ItalyMap) => ReactNode }) {
  const trpc = useTRPC();
  const code = useParams().code ?? '';
  const valid = (level === 'region' ? /^\d{2}$/ : /^\d{3}$/).test(code);
  const options =
    level === 'region' ? trpc.italy.region.queryOptions({ code }) : trpc.italy.province.queryOptions({ code });
  const query = useQuery({ ...options, enabled: valid });
  if (!valid) return <NotFound />;
  return (
    <>
      <PrefetchDrawing input={{ level, code }} />
      <QueryState query={query}>{page}</QueryState>
    </>
  );
}

/** `/regioni/:code`: the provinces of a region. */
export function RegionMapScreen() {
  const { m } = useI18n();
  return (
    <AreaMapScreen
      level="region"
      page={(map) => (
        <MapPage
          map={map}
          title={map.name}
          lead={m.maps.regionLead({ region: map.name })}
          note={abolishedNote(map, m)}
          trail={[{ label: m.national.italy, to: '/italia' }, { label: map.name }]}
        />
      )}
    />
  );
}

/** `/province/:code`: the comuni of a province. */
export function ProvinceMapScreen() {
  const { m } = useI18n();
  return (
    <AreaMapScreen
      level="province"
      page={(map) => {
        const region = map.region ?? { code: '', name: '' };
        return (
          <MapPage
            map={map}
            title={m.maps.provinceTitle({ name: map.name })}
            lead={m.maps.provinceLead({ province: map.name, region: region.name })}
            note={abolishedNote(map, m)}
            trail={[
              { label: m.national.italy, to: '/italia' },
              { label: region.name, to: `/regioni/${region.code}` },
              { label: map.name },
            ]}
          />
        );
      }}
    />
  );
}
