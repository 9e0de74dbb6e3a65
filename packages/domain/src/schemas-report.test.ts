import { describe, expect, it } from 'vitest';
import { italianText, token } from './messages';
import { councilReportIssues, councilReportPeriod, reportPeriodIssues, resolveReportPeriod } from './schemas-report';

const messages = (value: unknown) =>
  councilReportPeriod.safeParse(value).error?.issues.map((i) => italianText(i.message)) ?? [];

describe('council report period', () => {
  it('defaults to the last 12 complete months', () => {
    expect(resolveReportPeriod({}, '2024-07-15')).toEqual({ from: '2023-07', to: '2024-06' });
  });
  it('gives a single end 12 months', () => {
    expect(resolveReportPeriod({ to: '2023-12' }, '2024-07-15')).toEqual({ from: '2023-01', to: '2023-12' });
    expect(resolveReportPeriod({ from: '2023-01' }, '2024-07-15')).toEqual({ from: '2023-01', to: '2023-12' });
    expect(resolveReportPeriod({ from: '2024-03' }, '2024-07-15')).toEqual({ from: '2024-03', to: '2024-06' });
  });
  it('keeps a full period as given', () => {
    expect(resolveReportPeriod({ from: '2024-01', to: '2024-03' }, '2024-07-15')).toEqual({
      from: '2024-01',
      to: '2024-03',
    });
  });
  it('refuses a period that ends before it starts, or longer than five years', () => {
    expect(messages({ from: '2024-05', to: '2024-01' })).toEqual([
      'Il mese iniziale non può venire dopo il mese finale',
    ]);
    expect(messages({ from: '2015-01', to: '2024-01' })).toEqual(['Periodo troppo lungo: al più 60 mesi']);
    expect(messages({ from: '2024-13' })).toEqual(['Mese nel formato AAAA-MM']);
    expect(messages({ from: '2020-01', to: '2024-12' })).toEqual([]);
  });
  it('refuses a month that is not over yet', () => {
    expect(councilReportIssues({ to: '2024-07' }, '2024-07-15')).toEqual([
      { path: ['to'], message: token('monthNotClosed', { month: '2024-07', last: '2024-06' }) },
    ]);
    expect(councilReportIssues({ from: '2024-01', to: '2024-06' }, '2024-07-15')).toEqual([]);
  });

  it('gives, without zod, the refusals of the schema and then of the closed months (what the public report checks)', () => {
    const today = '2024-07-15';
    const periods = [
      {},
      { from: '2024-01' },
      { to: '2024-06' },
      { from: '2024-01', to: '2024-06' },
      { from: '2024-05', to: '2024-01' },
      { from: '2015-01', to: '2024-01' },
      { from: '2024-13' },
      { from: '24-01', to: 'x' },
      { from: '1999-12', to: '2024-01' },
      { from: '2024-07', to: '2024-08' },
      { from: '2030-01', to: '2020-01' },
      { from: '2030-13', to: '2020-01' },
      { from: '2019-06', to: '2024-06' },
      { from: '2019-07', to: '2024-06' },
    ];
    for (const period of periods) {
      const parsed = councilReportPeriod.safeParse(period);
      const expected = parsed.success
        ? councilReportIssues(period, today)
        : parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
      expect(reportPeriodIssues(period, today), JSON.stringify(period)).toEqual(expected);
    }
  });
});
