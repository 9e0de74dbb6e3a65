import { breaksFloor, PNRR_MEASURES, type PnrrMeasure, shareBreaks, shareClass, shareOf } from '@switchoff/domain';
import type { ItalyMap, MapArea } from '../../api-types';
import type { Formatters } from '../../format';
import type { Messages } from '../../i18n/it';
import { type Fill, shareFill } from '../../maps/fills';

/** What the map colours: a PNRR measure's completion, or switch-off in tracked comuni. */
export type Indicator = PnrrMeasure | 'switchoff';

/** The address's `?misura=` when it names a measure the data has (or switch-off); else the data's latest-snapshot measure. */
export function pickIndicator(value: string | null, map: ItalyMap): Indicator {
  if (value === 'switchoff') return 'switchoff';
  const available = map.measures.map((m) => m.measure);
  const asked = PNRR_MEASURES.find((m) => m === value);
  if (asked !== undefined && available.includes(asked)) return asked;
  const latest = [...map.measures].sort((a, b) => b.snapshot.localeCompare(a.snapshot))[0];
  return available.includes('1.4.5') ? '1.4.5' : (latest?.measure ?? 'switchoff');
}

/** The indicator's name, as the selector and the map's title say it. */
export function indicatorName(indicator: Indicator, m: Messages): string {
  return indicator === 'switchoff'
    ? m.maps.switchOff
    : m.maps.measureOption({ measure: indicator, name: m.pnrrMeasures[indicator] });
}

/** What one area shows: its share (null: no data), its fill, its name with its value, a short label. */
export type AreaValue = { share: number | null; fill: Fill; label: string; short: string | null };

/** A comune on a province's map: completed, funded but not completed, or neither. */
function comuneValue(area: MapArea, measure: PnrrMeasure, m: Messages): AreaValue {
  const counts = area.measures[measure];
  const state = counts.completed > 0 ? 'completed' : counts.funded > 0 ? 'funded' : 'none';
  return {
    share: counts.completed > 0 ? 1 : 0,
    fill: state === 'completed' ? 'c4' : state === 'funded' ? 'funded' : 'c0',
    label: m.maps.comuneState({ name: area.name, state: m.maps.states[state] }),
    short: null,
  };
}

/** The share an area is coloured by: of comuni that completed the measure, or of services switched off. */
function shareIn(area: MapArea, indicator: Indicator): number | null {
  if (indicator !== 'switchoff') return shareOf(area.measures[indicator].completed, area.comuni);
  return area.tracked === null ? null : shareOf(area.tracked.switchedOff, area.tracked.services);
}

/** The value of one area for the indicator; comuni (`single`) of a province by their own state. */
function areaValue(
  area: MapArea,
  indicator: Indicator,
  single: boolean,
  i18n: { m: Messages; f: Formatters; breaks: readonly number[] },
): AreaValue {
  const { m, f, breaks } = i18n;
  // An area with a share: the fill of its class, and a label that writes the share out.
  const withShare = (share: number | null, label: (percent: string) => string): AreaValue => {
    const percent = f.percent(share);
    return { share, fill: shareFill(shareClass(share, breaks)), label: label(percent), short: percent };
  };
  if (indicator === 'switchoff') {
    const t = area.tracked;
    const share = shareIn(area, indicator);
    if (t === null || share === null)
      return { share: null, fill: 'nodata', label: m.maps.areaNoData({ name: area.name }), short: null };
    return withShare(share, (percent) =>
      m.maps.areaSwitchOff({ name: area.name, percent, off: f.number(t.switchedOff), services: f.number(t.services) }),
    );
  }
  if (single) return comuneValue(area, indicator, m);
  const counts = area.measures[indicator];
  return withShare(shareOf(counts.completed, area.comuni), (percent) =>
    m.maps.areaShare({
      name: area.name,
      percent,
      completed: f.number(counts.completed),
      comuni: f.number(area.comuni),
    }),
  );
}

/** Every area's value, and the classes' bounds in whole percents ([from, to] each) for the legend. */
export function mapValues(
  map: ItalyMap,
  indicator: Indicator,
  i18n: { m: Messages; f: Formatters },
): { values: Map<string, AreaValue>; bounds: [number, number][] } {
  const single = map.level === 'province';
  const shares = map.areas.map((area) => shareIn(area, indicator));
  const breaks = single && indicator !== 'switchoff' ? [] : shareBreaks(shares);
  const values = new Map(map.areas.map((area) => [area.code, areaValue(area, indicator, single, { ...i18n, breaks })]));
  let from = Math.round(breaksFloor(shares, breaks) * 100);
  const bounds = breaks.map((upper): [number, number] => {
    const to = Math.round(upper * 100);
    const bound: [number, number] = [from, to];
    from = to;
    return bound;
  });
  return { values, bounds };
}
