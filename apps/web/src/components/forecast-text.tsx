import type { Forecast } from '@switchoff/domain';
import { useI18n } from '../i18n/i18n';
import { Icon, type IconName } from './icon';

const ICONS: Record<Forecast['kind'], IconName> = {
  reached: 'it-check-circle',
  forecast: 'it-calendar',
  not_enough_data: 'it-help-circle',
  stale: 'it-warning-circle',
  no_clear_trend: 'it-help-circle',
  falling: 'it-warning-circle',
  beyond_horizon: 'it-warning-circle',
};

/** The forecast of the month the take-up target is reached, in words, honest about missing data. */
export function ForecastText({ forecast }: { forecast: Forecast }) {
  const { m, f } = useI18n();
  const slope = (spread: { slopePerMonth: number; low: number; high: number }) =>
    m.forecast.slope({ slope: f.points(spread.slopePerMonth), low: f.points(spread.low), high: f.points(spread.high) });
  const text = (() => {
    switch (forecast.kind) {
      case 'reached':
        return { main: m.forecast.reached({ month: f.monthLong(forecast.since) }), detail: null };
      case 'forecast':
        return { main: m.forecast.expected({ month: f.monthLong(forecast.month) }), detail: slope(forecast) };
      case 'not_enough_data':
        return {
          main: m.forecast.insufficient,
          detail: m.forecast.insufficientDetail({ n: forecast.monthsWithData, needed: f.number(forecast.needed) }),
        };
      case 'stale':
        return { main: m.forecast.stale({ month: f.month(forecast.lastMonth) }), detail: null };
      case 'no_clear_trend':
        return { main: m.forecast.noClearTrend, detail: slope(forecast) };
      case 'falling':
        return { main: m.forecast.falling, detail: slope(forecast) };
      case 'beyond_horizon':
        return { main: m.forecast.beyondHorizon({ months: f.number(forecast.horizonMonths) }), detail: null };
    }
  })();
  return (
    <div className={`forecast forecast-${forecast.kind}`}>
      <p className="mb-1 fw-semibold">
        <Icon name={ICONS[forecast.kind]} className="me-1" />
        {text.main}
      </p>
      {text.detail ? <p className="small text-muted mb-0">{text.detail}</p> : null}
    </div>
  );
}
