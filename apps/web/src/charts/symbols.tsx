import { useId } from 'react';

/** The three channels of a completed transaction. */
export type Channel = 'online' | 'assisted' | 'paper';
export const CHANNELS: readonly Channel[] = ['online', 'assisted', 'paper'];

/** Colours of Bootstrap Italia; each channel also has its own pattern so colour is never alone. */
export const CHART_COLORS = {
  online: '#0066cc',
  assisted: '#7fb2e5',
  paper: '#a6aeb6',
  takeUp: '#1a1a1a',
  target: '#008055',
  grid: '#d9dadb',
  late: '#cc334d',
} as const;

/** An id usable inside `url(#…)`, from React's useId. */
export function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/** A 6-pixel tile of one colour crossed by a stripe of another, turned by `angle` degrees. */
export function StripePattern(p: { id: string; angle: number; ground: string; stripe: string; stripeWidth: number }) {
  return (
    <pattern id={p.id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform={`rotate(${p.angle})`}>
      <rect width="6" height="6" fill={p.ground} />
      <rect width={p.stripeWidth} height="6" fill={p.stripe} />
    </pattern>
  );
}

/** Fill patterns of the channels: online solid, assisted striped, paper dotted. */
export function ChannelPatterns({ idPrefix }: { idPrefix: string }) {
  return (
    <defs>
      <pattern id={`${idPrefix}-online`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={CHART_COLORS.online} />
      </pattern>
      <StripePattern
        id={`${idPrefix}-assisted`}
        angle={45}
        ground={CHART_COLORS.assisted}
        stripe="#ffffff"
        stripeWidth={2}
      />
      <pattern id={`${idPrefix}-paper`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#e8eaec" />
        <circle cx="3" cy="3" r="1.6" fill="#4d5a66" />
      </pattern>
    </defs>
  );
}

export function channelFill(idPrefix: string, channel: Channel): string {
  return `url(#${idPrefix}-${channel})`;
}

/** A small drawing of one symbol of a chart, for the legend. */
export type LegendSymbol = Channel | 'line' | 'target' | 'baseline' | 'planned' | 'actual' | 'today';

function SymbolDrawing({ symbol, idPrefix }: { symbol: LegendSymbol; idPrefix: string }) {
  switch (symbol) {
    case 'online':
    case 'assisted':
    case 'paper':
      return <rect x="1" y="2" width="22" height="12" fill={channelFill(idPrefix, symbol)} stroke="#5c6f82" />;
    case 'line':
      return (
        <>
          <line x1="1" y1="8" x2="23" y2="8" stroke={CHART_COLORS.takeUp} strokeWidth="2" />
          <circle cx="12" cy="8" r="3" fill="#ffffff" stroke={CHART_COLORS.takeUp} strokeWidth="2" />
        </>
      );
    case 'target':
      return <line x1="1" y1="8" x2="23" y2="8" stroke={CHART_COLORS.target} strokeWidth="2" strokeDasharray="5 3" />;
    case 'baseline':
      return <path d="M12 1 L19 8 L12 15 L5 8 Z" fill="none" stroke="#5c6f82" strokeWidth="1.5" />;
    case 'planned':
      return <circle cx="12" cy="8" r="5" fill={CHART_COLORS.online} />;
    case 'actual':
      return (
        <>
          <circle cx="12" cy="8" r="6" fill={CHART_COLORS.target} />
          <path d="M9 8 L11 10.5 L15 5.5" stroke="#ffffff" strokeWidth="1.8" fill="none" />
        </>
      );
    case 'today':
      return <line x1="12" y1="1" x2="12" y2="15" stroke={CHART_COLORS.late} strokeWidth="2" strokeDasharray="3 2" />;
  }
}

/** The key of a chart: each symbol drawn as in the chart, with its name. */
export function ChartLegend({ items }: { items: readonly { symbol: LegendSymbol; label: string }[] }) {
  const idPrefix = useSvgId('legend');
  return (
    <ul className="chart-legend list-unstyled d-flex flex-wrap gap-3 mb-2">
      {items.map((item) => (
        <li key={item.symbol} className="d-flex align-items-center gap-1">
          <svg width="24" height="16" aria-hidden="true" focusable="false">
            <ChannelPatterns idPrefix={idPrefix} />
            <SymbolDrawing symbol={item.symbol} idPrefix={idPrefix} />
          </svg>
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
