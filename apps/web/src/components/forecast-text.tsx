import type { Forecast } from '@switchoff/domain';
import { useI18n } from '../i18n/i18n';
import { Icon, type IconName } from './icon';

const ICONS: Record<Forecast['kind'], IconName> = {
  reached: 'it-check-circle',
  forecast: 'it-calendar',
  not_enough_data: 'it-help-circle',
  no_progress: 'it-warning-circle',
  beyond_horizon: 'it-warning-circle',
};

/** The forecast of the month the take-up target is reached, in words, honest about missing data. */
export function ForecastText({ forecast }: { forecast: Forecast }) {
  const { m, f } = useI18n();
  const text = (() => {
    switch (forecast.kind) {
      case 'reached':
        return { main: m.forecast.reached(f.monthLong(forecast.since)), detail: null };
      case 'forecast':
        return { main: m.forecast.expected(f.monthLong(forecast.month)), detail: null };
      case 'not_enough_data':
        return {
          main: m.forecast.insufficient,
          detail: m.forecast.insufficientDetail(f.number(forecast.monthsWithData), f.number(forecast.needed)),
        };
      case 'no_progress':
        return { main: m.forecast.noProgress, detail: null };
      case 'beyond_horizon':
        return { main: m.forecast.beyondHorizon(f.number(forecast.horizonMonths)), detail: null };
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
