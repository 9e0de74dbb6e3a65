import {
  addMonths,
  assessReadiness,
  costPerTransaction,
  digitalTakeUp,
  type MonthFigures,
  pagopaShare,
  type ReadinessInput,
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

/** What the readiness rule reads of a service itself, as a stored service row holds it. */
type ServiceFlags = Pick<ReadinessInput, 'takesPayment' | 'needsIdentity' | 'hasAssistedDesk'>;

/** The readiness rule for a stored service: its own flags from the row, the day's facts as given. */
export function assessServiceReadiness(service: ServiceFlags, facts: Omit<ReadinessInput, keyof ServiceFlags>) {
  return assessReadiness({
    ...facts,
    takesPayment: service.takesPayment,
    needsIdentity: service.needsIdentity,
    hasAssistedDesk: service.hasAssistedDesk,
  });
}
