import type { Db } from '@switchoff/db';
import { allByComune, allMonths, type MonthChannels, publicByComune, publicMonths } from '@switchoff/db/reads/totals';
import type { ChannelCounts, MonthFigures, YearMonth } from '@switchoff/domain';

/** A comune's transactions by channel for each month with figures in [from, to], oldest first. */
export function loadComuneMonths(
  db: Db,
  params: { comuneId: number; from: YearMonth; to: YearMonth; internal: boolean },
): MonthChannels[] {
  const window = { comune: params.comuneId, from: params.from, to: params.to };
  return (params.internal ? allMonths : publicMonths).all(db, window);
}

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
