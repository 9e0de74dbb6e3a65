import { lastCompleteMonth, monthsBetween, type YearMonth } from './months';

/**
 * Data freshness ("dati non aggiornati").
 *
 * Figures are monthly, and a month can only be recorded once it is over, so the freshest a
 * service can be is the last complete month (June, on any day of July). Offices send figures
 * with some delay, so a service is stale only when its last month with figures is MORE than
 * `FRESHNESS_GRACE_MONTHS` (2) months behind the last complete month. On 15 July 2024 the last
 * complete month is 2024-06: figures up to 2024-04 are still fresh, up to 2024-03 are stale.
 *
 * A service with no figures at all is not "stale" (there is nothing out of date); screens show
 * it as "nessun dato" through `lastMonth: null`.
 */
export const FRESHNESS_GRACE_MONTHS = 2;

export type Freshness = {
  /** The last month with figures, or null when the service has none. */
  lastMonth: YearMonth | null;
  /** True when the figures are older than the expected period: "dati non aggiornati". */
  stale: boolean;
  /** Whole months between `lastMonth` and the last complete month (null without figures). */
  monthsBehind: number | null;
};

/** Whether a service's figures are up to date on `today` (an ISO date). */
export function figuresFreshness(lastMonth: YearMonth | null | undefined, today: string): Freshness {
  if (!lastMonth) return { lastMonth: null, stale: false, monthsBehind: null };
  const behind = Math.max(0, monthsBetween(lastMonth, lastCompleteMonth(today)));
  return { lastMonth, stale: behind > FRESHNESS_GRACE_MONTHS, monthsBehind: behind };
}

/** The short rule, for tooltips and documentation. */
export const FRESHNESS_RULE_IT = `Dati non aggiornati: l'ultimo mese con dati è indietro di più di ${FRESHNESS_GRACE_MONTHS} mesi rispetto all'ultimo mese concluso.`;
