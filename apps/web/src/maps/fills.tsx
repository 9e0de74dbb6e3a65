import { StripePattern } from '../charts/symbols';

/**
 * How an area is filled: one of five classes of a share (a sequential ColorBrewer YlGnBu scale,
 * light to dark, readable with every common colour-vision deficiency), a comune funded but not
 * completed (striped), or no data (grey, hatched).
 */
export type Fill = 'c0' | 'c1' | 'c2' | 'c3' | 'c4' | 'funded' | 'nodata';

export const SHARE_FILLS: readonly Fill[] = ['c0', 'c1', 'c2', 'c3', 'c4'];

const COLOURS: Record<Fill, string> = {
  c0: '#ffffcc',
  c1: '#a1dab4',
  c2: '#41b6c4',
  c3: '#2c7fb8',
  c4: '#253494',
  funded: '#a1dab4',
  nodata: '#e3e4e6',
};

/** The fill of a share's class (0–4), or of no data. */
export function shareFill(index: number | null): Fill {
  return index === null ? 'nodata' : (SHARE_FILLS[index] ?? 'nodata');
}

/** `url(#…)` of a fill among the patterns drawn by `<FillPatterns idPrefix>`. */
export const fillUrl = (idPrefix: string, fill: Fill) => `url(#${idPrefix}-${fill})`;

/** The patterns every fill is drawn with: a plain colour, stripes for funded, hatching for no data. */
export function FillPatterns({ idPrefix }: { idPrefix: string }) {
  return (
    <defs>
      {SHARE_FILLS.map((fill) => (
        <pattern key={fill} id={`${idPrefix}-${fill}`} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill={COLOURS[fill]} />
        </pattern>
      ))}
      <StripePattern id={`${idPrefix}-funded`} angle={45} ground={COLOURS.funded} stripe="#2c7fb8" stripeWidth={2.5} />
      <StripePattern id={`${idPrefix}-nodata`} angle={-45} ground={COLOURS.nodata} stripe="#76808a" stripeWidth={1.2} />
    </defs>
  );
}

/** Whether text on this fill reads better in white. */
export const darkFill = (fill: Fill) => fill === 'c3' || fill === 'c4';
