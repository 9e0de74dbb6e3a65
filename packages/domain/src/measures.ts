import { addMonths, monthRange, type YearMonth } from './months';

/** Completed transactions of a period, by channel. */
export type ChannelCounts = { online: number; assisted: number; paper: number };

/** Satisfaction answers: how many people gave rating 1, 2, 3, 4 and 5. */
export type SatisfactionCounts = readonly [number, number, number, number, number];

/** The figures of one service in one month. A month without figures is absent, never zeros. */
export type MonthFigures = ChannelCounts & {
  month: YearMonth;
  paymentsTotal: number | null;
  paymentsPagopa: number | null;
  satisfaction: SatisfactionCounts;
  costCents: number | null;
};

/**
 * A measure with its weight: `n` is the denominator count (transactions, payments, answers)
 * so measures can be rolled up by volume. Null when there is nothing to divide by.
 */
export type Ratio = { value: number; n: number } | null;

function ratio(numerator: number, denominator: number): Ratio {
  return denominator > 0 ? { value: numerator / denominator, n: denominator } : null;
}

/** All completed transactions, whatever the channel. */
export function totalTransactions(c: ChannelCounts): number {
  return c.online + c.assisted + c.paper;
}

/** Digital take-up: (online + assisted digital) ÷ all completed transactions. */
export function digitalTakeUp(c: ChannelCounts): Ratio {
  return ratio(c.online + c.assisted, totalTransactions(c));
}

/** Self-service share: online ÷ all completed transactions. */
export function selfServiceShare(c: ChannelCounts): Ratio {
  return ratio(c.online, totalTransactions(c));
}

/** pagoPA share: payments through pagoPA ÷ all payments; null when payments are unknown or none. */
export function pagopaShare(f: { paymentsTotal: number | null; paymentsPagopa: number | null }): Ratio {
  if (f.paymentsTotal === null || f.paymentsPagopa === null) return null;
  return ratio(f.paymentsPagopa, f.paymentsTotal);
}

/**
 * User satisfaction: (mean rating − 1) ÷ 4, from the counts of ratings 1..5 (index 0 is rating 1),
 * so 0 means everyone gave 1 and 1 means everyone gave 5. `n` is the number of answers.
 */
export function satisfactionScore(counts: readonly number[]): Ratio {
  let answers = 0;
  let points = 0;
  counts.slice(0, 5).forEach((count, index) => {
    answers += count;
    points += count * index;
  });
  return answers > 0 ? { value: points / answers / 4, n: answers } : null;
}

/** Cost per completed transaction, in euro; null when the cost is unknown or nothing was completed. */
export function costPerTransaction(f: { costCents: number | null } & ChannelCounts): Ratio {
  if (f.costCents === null) return null;
  return ratio(f.costCents / 100, totalTransactions(f));
}

export type FiguresSum = Omit<MonthFigures, 'month'> & { months: number };

function sumNullable(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

/**
 * Adds up several months (or services) of figures.
 * - Channel counts and satisfaction answers are summed.
 * - Payments (total and pagoPA, each on its own) are summed over the months that have them,
 *   and are null only when every month's value is null.
 * - Cost is null as soon as any month's cost is null: a partial sum would understate it.
 * An empty list gives zero counts and null payments and cost.
 */
export function sumFigures(list: readonly MonthFigures[]): FiguresSum {
  const satisfaction: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  let online = 0;
  let assisted = 0;
  let paper = 0;
  for (const f of list) {
    online += f.online;
    assisted += f.assisted;
    paper += f.paper;
    f.satisfaction.forEach((count, i) => {
      satisfaction[i] = (satisfaction[i] ?? 0) + count;
    });
  }
  const costs = list.map((f) => f.costCents);
  return {
    online,
    assisted,
    paper,
    paymentsTotal: sumNullable(list.map((f) => f.paymentsTotal)),
    paymentsPagopa: sumNullable(list.map((f) => f.paymentsPagopa)),
    satisfaction,
    costCents: list.length === 0 || costs.includes(null) ? null : sumNullable(costs),
    months: list.length,
  };
}

/**
 * Roll-up of measures across services or comuni, weighted by volume: Σ value×n ÷ Σ n.
 * Nulls are skipped; null when nothing remains. Never a plain mean of ratios.
 */
export function weightedMean(items: readonly Ratio[]): Ratio {
  let weight = 0;
  let total = 0;
  for (const item of items) {
    if (item === null) continue;
    weight += item.n;
    total += item.value * item.n;
  }
  return weight > 0 ? { value: total / weight, n: weight } : null;
}

/**
 * The figures by month, oldest first. Entries of the same month (several services of a comune)
 * are added up with `sumFigures`, so the series of a whole comune weighs each service by volume.
 */
export function figuresByMonth(series: readonly MonthFigures[]): Map<YearMonth, MonthFigures> {
  // One service's series comes oldest first, a month at most once: nothing to add up or sort.
  let ordered = true;
  for (let i = 1; i < series.length && ordered; i += 1)
    ordered = (series[i - 1]?.month ?? '') < (series[i]?.month ?? '');
  if (ordered) return new Map(series.map((f) => [f.month, f]));
  const groups = new Map<YearMonth, MonthFigures[]>();
  for (const f of series) {
    const group = groups.get(f.month);
    if (group === undefined) groups.set(f.month, [f]);
    else group.push(f);
  }
  const byMonth = new Map<YearMonth, MonthFigures>();
  for (const month of [...groups.keys()].sort()) {
    const group = groups.get(month) ?? [];
    const only = group.length === 1 ? group[0] : undefined;
    if (only !== undefined) {
      byMonth.set(month, only);
    } else {
      const { months: _, ...sum } = sumFigures(group);
      byMonth.set(month, { month, ...sum });
    }
  }
  return byMonth;
}

export type MonthSlot = { month: YearMonth; figures: MonthFigures | null };

/**
 * One slot per month from `from` to `to`, figures null where the month is missing
 * (a missing month is a gap in a chart, never a zero). Same-month entries are added up.
 */
export function alignMonths(series: readonly MonthFigures[], from: YearMonth, to: YearMonth): MonthSlot[] {
  const byMonth = figuresByMonth(series);
  return monthRange(from, to).map((month) => ({ month, figures: byMonth.get(month) ?? null }));
}

export type RollingPoint = {
  month: YearMonth;
  /** Completed transactions over the 12 months ending at `month`; null when none has figures. */
  total: number | null;
  online: number | null;
  assisted: number | null;
  paper: number | null;
  monthsWithData: number;
  takeUp: Ratio;
};

/**
 * Rolling 12 months for each month of the axis: sums over the 12 months ending there,
 * counting only the months that have figures (figures before `from` count too).
 */
export function rolling12(series: readonly MonthFigures[], from: YearMonth, to: YearMonth): RollingPoint[] {
  const byMonth = figuresByMonth(series);
  return monthRange(from, to).map((month) => {
    const window = monthRange(addMonths(month, -11), month)
      .map((m) => byMonth.get(m))
      .filter((f): f is MonthFigures => f !== undefined);
    if (window.length === 0) {
      const empty = { total: null, online: null, assisted: null, paper: null, monthsWithData: 0, takeUp: null };
      return { month, ...empty };
    }
    const sum = sumFigures(window);
    return {
      month,
      total: totalTransactions(sum),
      online: sum.online,
      assisted: sum.assisted,
      paper: sum.paper,
      monthsWithData: window.length,
      takeUp: digitalTakeUp(sum),
    };
  });
}

export type TakeUpPoint = {
  month: YearMonth;
  online: number | null;
  assisted: number | null;
  paper: number | null;
  takeUp: number | null;
};

/** Chart-ready monthly channels and take-up, with nulls (gaps) for missing months. */
export function takeUpSeries(series: readonly MonthFigures[], from: YearMonth, to: YearMonth): TakeUpPoint[] {
  return alignMonths(series, from, to).map(({ month, figures }) => ({
    month,
    online: figures?.online ?? null,
    assisted: figures?.assisted ?? null,
    paper: figures?.paper ?? null,
    takeUp: figures === null ? null : (digitalTakeUp(figures)?.value ?? null),
  }));
}
