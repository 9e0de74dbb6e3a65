import { type ChannelCounts, READINESS_MONTHS, type Stage, type YearMonth } from '@switchoff/domain';
import { prepared } from '../prepared';

/*
 * A service's status, from the service_status roll-up (kept by triggers), and the reads of the
 * raw rows for a day the roll-up was not written for. Raw SQL: the overview reads one status row
 * per service instead of its monthly rows (phase 1 read about 1,400 monthly rows: 10 ms p50;
 * now 0.6-0.9 ms, BENCHMARKS.md).
 */

/**
 * What service_status (a roll-up kept by triggers, packages/db/src/schema/rollups.ts) says of a
 * service. It is written for no particular day: a read for a day before its latest stage event
 * (dated in the future) or before its last month looks the answer up among the raw rows instead,
 * so every answer is exactly what the raw rows give for that day.
 */
export type ServiceStatus = {
  serviceId: number;
  stage: Stage | null;
  stageSince: string | null;
  lastMonth: YearMonth | null;
  /** JSON `[[month, digital, total], …]`, newest first, at most READINESS_MONTHS months with transactions. */
  recent: string;
  /** JSON `[online, assisted, paper]` over the 12 months ending with `lastMonth` (when read). */
  last12?: string;
};

/** Columns of service_status `st`, in the order of StatusTuple, for the reads that join it and read tuples. */
export const STATUS_COLUMNS = 'st.service_id, st.stage, st.stage_since, st.last_month, st.recent, st.last12';
/** A service_status row read as a tuple, in STATUS_COLUMNS order. */
export type StatusTuple = [
  serviceId: number,
  stage: Stage | null,
  stageSince: string | null,
  lastMonth: YearMonth | null,
  recent: string,
  last12: string,
];

/** The stage in force on a day: the latest event up to it. */
export const stageOn = prepared<[number, string], { stage: Stage; since: string }>(
  `SELECT stage, effective_date AS since FROM stage_events WHERE service_id = ? AND effective_date <= ?
  ORDER BY effective_date DESC, id DESC LIMIT 1`,
);

/** A service's last month with figures up to a month. */
export const lastMonthUpTo = prepared<[number, string], { month: YearMonth | null }>(
  'SELECT max(month) AS month FROM monthly_figures WHERE service_id = ? AND month <= ?',
);

/**
 * A service's last READINESS_MONTHS months with transactions up to a month, newest first (what
 * service_status.recent keeps): the months the readiness rule looks at.
 */
export const recentUpTo = prepared<[number, string], { month: YearMonth; digital: number; total: number }>(
  `SELECT month, online + assisted AS digital, online + assisted + paper AS total FROM monthly_figures
  WHERE service_id = ? AND month <= ? AND online + assisted + paper > 0 ORDER BY month DESC LIMIT ${READINESS_MONTHS}`,
);

/** A service's status row (the council report and the open data read a few services at a time). */
export const statusOf = prepared<[number], ServiceStatus>(
  `SELECT service_id AS serviceId, stage, stage_since AS stageSince, last_month AS lastMonth, recent
  FROM service_status WHERE service_id = ?`,
);

/** A service's transactions by channel over [from, to], from its monthly rows. */
export const sumsOver = prepared<[number, string, string], ChannelCounts>(
  `SELECT coalesce(sum(online), 0) AS online, coalesce(sum(assisted), 0) AS assisted, coalesce(sum(paper), 0) AS paper
  FROM monthly_figures WHERE service_id = ? AND month BETWEEN ? AND ?`,
);
