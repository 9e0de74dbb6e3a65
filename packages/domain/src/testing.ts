import type { MonthFigures } from './measures';
import type { YearMonth } from './months';

/** Month figures for tests: zero counts and unknown payments and cost unless given. */
export function makeFigures(month: YearMonth, fields: Partial<Omit<MonthFigures, 'month'>> = {}): MonthFigures {
  return {
    month,
    online: 0,
    assisted: 0,
    paper: 0,
    paymentsTotal: null,
    paymentsPagopa: null,
    satisfaction: [0, 0, 0, 0, 0],
    costCents: null,
    ...fields,
  };
}

/** Month figures with the given digital take-up over 100 transactions (all online). */
export function figuresWithTakeUp(month: YearMonth, takeUp: number): MonthFigures {
  const online = Math.round(takeUp * 100);
  return makeFigures(month, { online, paper: 100 - online });
}
