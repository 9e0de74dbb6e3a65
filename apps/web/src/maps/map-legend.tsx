import { useSvgId } from '../charts/symbols';
import { useI18n } from '../i18n/i18n';
import { type Fill, FillPatterns, fillUrl, SHARE_FILLS } from './fills';

type LegendProps = {
  /** Classes of a share (regions, provinces; comuni for switch-off), or the three states of a comune. */
  kind: 'share' | 'comune';
  title: string;
  /** Show the "no data" key (switch-off: areas without tracked comuni). */
  noData: boolean;
  /** Each share class's bounds in whole percents, lowest first. */
  bounds: readonly [number, number][];
};

/** The key of a choropleth: each fill drawn as on the map, with its range or meaning in words. */
export function MapLegend({ kind, title, noData, bounds }: LegendProps) {
  const { m, f } = useI18n();
  const idPrefix = useSvgId('legend');
  const entries: { fill: Fill; text: string }[] =
    kind === 'comune'
      ? [
          { fill: 'c4', text: m.maps.states.completed },
          { fill: 'funded', text: m.maps.states.funded },
          { fill: 'c0', text: m.maps.states.none },
        ]
      : bounds.map(([from, to], index) => ({
          fill: SHARE_FILLS[index] ?? 'c4',
          text: m.maps.legendClass({ from: f.number(from), to: f.number(to) }),
        }));
  if (noData) entries.push({ fill: 'nodata', text: m.maps.legendNoData });
  return (
    <div className="map-legend">
      <svg width="0" height="0" aria-hidden="true" focusable="false" className="position-absolute">
        <FillPatterns idPrefix={idPrefix} />
      </svg>
      <p className="small fw-semibold mb-1">{title}</p>
      <ul className="list-unstyled small mb-0">
        {entries.map((entry) => (
          <li key={entry.fill} className="d-flex align-items-center gap-2">
            <svg width="28" height="16" aria-hidden="true" focusable="false">
              <rect x="0.5" y="0.5" width="27" height="15" fill={fillUrl(idPrefix, entry.fill)} stroke="#5c6f82" />
            </svg>
            {entry.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
