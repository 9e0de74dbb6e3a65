import type { ChannelCounts, YearMonth } from '@switchoff/domain';
import { prepared } from '../prepared';

/*
 * Reads of the monthly roll-ups (comune_month_totals, kept by triggers): a comune's month is
 * one row per visibility instead of one per service. Public readers read the 'public' rows
 * only; readers of internal data add both. Raw SQL prepared once: the overview's 36-month trend
 * is 36 rows, the portfolio's 12 months of 50 comuni one statement (240 ms p50 in phase 1, on
 * the raw rows; 11-17 ms now, BENCHMARKS.md).
 */

/** A month of a comune's transactions by channel. */
export type MonthChannels = ChannelCounts & { month: YearMonth };
/** A comune and a window of months. */
export type ComuneWindow = { comune: number; from: YearMonth; to: YearMonth };

const CHANNELS = 'sum(online) AS online, sum(assisted) AS assisted, sum(paper) AS paper';

/** A comune's public transactions by channel per month: one row per month, nothing to add up. */
export const publicMonths = prepared<[ComuneWindow], MonthChannels>(
  `SELECT month, online, assisted, paper FROM comune_month_totals
  WHERE comune_id = @comune AND visibility = 'public' AND month BETWEEN @from AND @to ORDER BY month`,
);
/** A comune's transactions by channel per month, public and internal services added up. */
export const allMonths = prepared<[ComuneWindow], MonthChannels>(
  `SELECT month, ${CHANNELS} FROM comune_month_totals
  WHERE comune_id = @comune AND month BETWEEN @from AND @to GROUP BY month ORDER BY month`,
);

/** A consortium and a window of months. */
export type ConsortiumWindow = { consortium: number; from: YearMonth; to: YearMonth };

/** Public transactions by channel over a window, per comune of a consortium. */
export const publicByComune = prepared<[ConsortiumWindow], ChannelCounts & { comuneId: number }>(
  `SELECT t.comune_id AS comuneId, ${CHANNELS} FROM comuni c JOIN comune_month_totals t ON t.comune_id = c.id
  WHERE c.consortium_id = @consortium AND c.archived_at IS NULL AND t.visibility = 'public' AND t.month BETWEEN @from AND @to GROUP BY t.comune_id`,
);
/** All transactions by channel over a window, per comune of a consortium. */
export const allByComune = prepared<[ConsortiumWindow], ChannelCounts & { comuneId: number }>(
  `SELECT t.comune_id AS comuneId, ${CHANNELS} FROM comuni c JOIN comune_month_totals t ON t.comune_id = c.id
  WHERE c.consortium_id = @consortium AND c.archived_at IS NULL AND t.month BETWEEN @from AND @to GROUP BY t.comune_id`,
);
