import { type Db, prepared } from '@switchoff/db';
import type { ChannelCounts, MonthFigures } from '@switchoff/domain/measures';
import type { YearMonth } from '@switchoff/domain/months';

/*
 * Reads of the monthly roll-ups (comune_month_totals, kept by triggers): a comune's month is
 * one row per visibility instead of one per service. Public readers read the 'public' rows
 * only; readers of internal data add both.
 */

export type MonthChannels = ChannelCounts & { month: YearMonth };
type Window = { comune: number; from: YearMonth; to: YearMonth };

const CHANNELS = 'sum(online) AS online, sum(assisted) AS assisted, sum(paper) AS paper';

// One row per month for the public: nothing to add up.
const publicMonths = prepared<[Window], MonthChannels>(
  `SELECT month, online, assisted, paper FROM comune_month_totals
  WHERE comune_id = @comune AND visibility = 'public' AND month BETWEEN @from AND @to ORDER BY month`,
);
const allMonths = prepared<[Window], MonthChannels>(
  `SELECT month, ${CHANNELS} FROM comune_month_totals
  WHERE comune_id = @comune AND month BETWEEN @from AND @to GROUP BY month ORDER BY month`,
);

/** A comune's transactions by channel for each month with figures in [from, to], oldest first. */
export function loadComuneMonths(
  db: Db,
  params: { comuneId: number; from: YearMonth; to: YearMonth; internal: boolean },
): MonthChannels[] {
  const window = { comune: params.comuneId, from: params.from, to: params.to };
  return (params.internal ? allMonths : publicMonths).all(db, window);
}

type ConsortiumWindow = { consortium: number; from: YearMonth; to: YearMonth };

const publicByComune = prepared<[ConsortiumWindow], ChannelCounts & { comuneId: number }>(
  `SELECT t.comune_id AS comuneId, ${CHANNELS} FROM comuni c JOIN comune_month_totals t ON t.comune_id = c.id
  WHERE c.consortium_id = @consortium AND t.visibility = 'public' AND t.month BETWEEN @from AND @to GROUP BY t.comune_id`,
);
const allByComune = prepared<[ConsortiumWindow], ChannelCounts & { comuneId: number }>(
  `SELECT t.comune_id AS comuneId, ${CHANNELS} FROM comuni c JOIN comune_month_totals t ON t.comune_id = c.id
  WHERE c.consortium_id = @consortium AND t.month BETWEEN @from AND @to GROUP BY t.comune_id`,
);

/** Transactions by channel over [from, to] of each comune of a consortium (comuni without figures are absent). */
export function loadConsortiumTotals(
  db: Db,
  params: { consortiumId: number; from: YearMonth; to: YearMonth; internal: boolean },
): Map<number, ChannelCounts> {
  const window = { consortium: params.consortiumId, from: params.from, to: params.to };
  const rows = (params.internal ? allByComune : publicByComune).all(db, window);
  return new Map(rows.map(({ comuneId, ...channels }) => [comuneId, channels]));
}

/** Channel counts added up. */
export function addChannels(list: Iterable<ChannelCounts>): ChannelCounts {
  const sum = { online: 0, assisted: 0, paper: 0 };
  for (const c of list) {
    sum.online += c.online;
    sum.assisted += c.assisted;
    sum.paper += c.paper;
  }
  return sum;
}

/** A month of channel counts as the MonthFigures the chart series are built from (nothing else is read). */
export function channelFigures(m: MonthChannels): MonthFigures {
  return {
    month: m.month,
    online: m.online,
    assisted: m.assisted,
    paper: m.paper,
    paymentsTotal: null,
    paymentsPagopa: null,
    satisfaction: NO_ANSWERS,
    costCents: null,
  };
}

const NO_ANSWERS = [0, 0, 0, 0, 0] as const;
