import {
  addMonths,
  costPerTransaction,
  digitalTakeUp,
  type MonthFigures,
  pagopaShare,
  satisfactionScore,
  selfServiceShare,
  sumFigures,
  type YearMonth,
} from '@switchoff/domain';

/** The 12 months ending with `asOf`, the window of the headline measures. */
export function last12(asOf: YearMonth): { from: YearMonth; to: YearMonth } {
  return { from: addMonths(asOf, -11), to: asOf };
}

export function within(series: readonly MonthFigures[] | undefined, range: { from: YearMonth; to: YearMonth }) {
  return (series ?? []).filter((f) => f.month >= range.from && f.month <= range.to);
}

/** Headline measures over a set of months (GOV.UK Performance Platform definitions). */
export function headlineMeasures(series: readonly MonthFigures[]) {
  const sum = sumFigures(series);
  return {
    months: sum.months,
    transactions: sum.online + sum.assisted + sum.paper,
    takeUp: digitalTakeUp(sum),
    selfService: selfServiceShare(sum),
    pagopa: pagopaShare(sum),
    satisfaction: satisfactionScore(sum.satisfaction),
    costPerTransaction: costPerTransaction(sum),
  };
}
