import { describe, expect, it } from 'vitest';
import type { MonthFigures } from './measures';
import { italianText } from './messages';
import type { MilestoneFacts } from './milestones';
import { isoDate, milestoneDatesInput, monthFiguresInput, takeUpTarget, yearMonth } from './schemas';
import { editDate } from './schemas-fields';

const valid = { month: '2024-02', online: 10, assisted: 2, paper: 5 };

function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((i) => ({ path: i.path.join('.'), message: italianText(i.message) }));
}

describe('yearMonth and isoDate', () => {
  it('reject impossible values in Italian', () => {
    expect(issues(yearMonth.safeParse('2024-13'))).toEqual([{ path: '', message: 'Mese nel formato AAAA-MM' }]);
    expect(issues(isoDate.safeParse('2023-02-29'))).toEqual([
      { path: '', message: 'Data non valida: indica giorno, mese e anno (es. 15/03/2024)' },
    ]);
  });
  it('say one thing of an empty or unreal date: missing, or not real (not also out of range)', () => {
    expect(issues(editDate.safeParse(''))).toEqual([{ path: '', message: 'Indica la data (es. 15/03/2024)' }]);
    expect(issues(editDate.safeParse('2024-02-30'))).toEqual([
      { path: '', message: 'Data non valida: indica giorno, mese e anno (es. 15/03/2024)' },
    ]);
    expect(issues(editDate.safeParse('1989-12-31'))).toEqual([
      { path: '', message: 'Data fuori dagli anni ammessi (1990–2100)' },
    ]);
  });
  it('reject a non-string in Italian', () => {
    expect(issues(yearMonth.safeParse(202402))[0]?.message).toBe('Mese nel formato AAAA-MM');
    expect(issues(isoDate.safeParse(null))[0]?.message).toBe('Data nel formato AAAA-MM-GG');
  });
});

describe('monthFiguresInput', () => {
  it('fills unknown payments and cost with null and satisfaction with zeros', () => {
    const figures: MonthFigures = monthFiguresInput.parse(valid);
    expect(figures).toEqual({
      ...valid,
      paymentsTotal: null,
      paymentsPagopa: null,
      satisfaction: [0, 0, 0, 0, 0],
      costCents: null,
    });
  });
  it('accepts complete figures', () => {
    const input = { ...valid, paymentsTotal: 9, paymentsPagopa: 9, satisfaction: [1, 2, 3, 4, 5], costCents: 12_345 };
    expect(monthFiguresInput.parse(input)).toEqual(input);
  });
  it('accepts zero everywhere: a month with no transactions is still a month with figures', () => {
    expect(monthFiguresInput.safeParse({ ...valid, online: 0, assisted: 0, paper: 0 }).success).toBe(true);
  });
  it('rejects a malformed month', () => {
    expect(issues(monthFiguresInput.safeParse({ ...valid, month: '2024-2' }))).toEqual([
      { path: 'month', message: 'Mese nel formato AAAA-MM' },
    ]);
  });
  it('rejects negative, fractional and missing counts', () => {
    expect(issues(monthFiguresInput.safeParse({ ...valid, online: -1 }))).toEqual([
      { path: 'online', message: 'Non può essere negativo' },
    ]);
    expect(issues(monthFiguresInput.safeParse({ ...valid, paper: 1.5 }))).toEqual([
      { path: 'paper', message: 'Deve essere un numero intero' },
    ]);
    expect(issues(monthFiguresInput.safeParse({ month: '2024-02', online: 1, paper: 1 }))).toEqual([
      { path: 'assisted', message: 'Inserisci un numero' },
    ]);
  });
  it('accepts 10,000,000 and rejects more', () => {
    expect(monthFiguresInput.safeParse({ ...valid, online: 10_000_000 }).success).toBe(true);
    expect(issues(monthFiguresInput.safeParse({ ...valid, online: 10_000_001 }))).toEqual([
      { path: 'online', message: 'Valore troppo grande (massimo 10.000.000)' },
    ]);
  });
  it('rejects a count given as text', () => {
    expect(issues(monthFiguresInput.safeParse({ ...valid, online: '10' }))[0]).toEqual({
      path: 'online',
      message: 'Inserisci un numero',
    });
  });
  it('rejects more pagoPA payments than payments', () => {
    expect(issues(monthFiguresInput.safeParse({ ...valid, paymentsTotal: 5, paymentsPagopa: 6 }))).toEqual([
      { path: 'paymentsPagopa', message: 'I pagamenti pagoPA non possono superare il totale dei pagamenti' },
    ]);
  });
  it('rejects pagoPA payments without a total', () => {
    expect(issues(monthFiguresInput.safeParse({ ...valid, paymentsPagopa: 3 }))).toEqual([
      { path: 'paymentsPagopa', message: 'Indica anche il totale dei pagamenti' },
    ]);
  });
  it('accepts a total without the pagoPA count', () => {
    expect(monthFiguresInput.safeParse({ ...valid, paymentsTotal: 3 }).success).toBe(true);
  });
  it('rejects a satisfaction tuple of the wrong length', () => {
    const result = monthFiguresInput.safeParse({ ...valid, satisfaction: [1, 2, 3, 4] });
    expect(issues(result)).toEqual([{ path: 'satisfaction', message: 'Cinque conteggi, per i voti da 1 a 5' }]);
    expect(monthFiguresInput.safeParse({ ...valid, satisfaction: [1, 2, 3, 4, 5, 6] }).success).toBe(false);
  });
  it('rejects a negative satisfaction count at its position', () => {
    expect(issues(monthFiguresInput.safeParse({ ...valid, satisfaction: [0, 0, -1, 0, 0] }))).toEqual([
      { path: 'satisfaction.2', message: 'Non può essere negativo' },
    ]);
  });
  it('rejects a fractional or negative cost', () => {
    expect(issues(monthFiguresInput.safeParse({ ...valid, costCents: 10.5 }))[0]?.path).toBe('costCents');
    expect(issues(monthFiguresInput.safeParse({ ...valid, costCents: -1 }))[0]?.message).toBe(
      'Il costo non può essere negativo',
    );
  });
});

describe('milestoneDatesInput', () => {
  it('accepts an open milestone with no actual date', () => {
    const dates = milestoneDatesInput.parse({ baselineDate: '2019-01-01', plannedDate: '2019-03-01' });
    const facts: Pick<MilestoneFacts, 'baselineDate' | 'plannedDate'> = dates;
    expect(facts).toEqual({ baselineDate: '2019-01-01', plannedDate: '2019-03-01' });
  });
  it('accepts a null or real actual date, Feb 29 included', () => {
    expect(
      milestoneDatesInput.safeParse({ baselineDate: '2024-02-29', plannedDate: '2024-03-01', actualDate: null })
        .success,
    ).toBe(true);
    expect(
      milestoneDatesInput.safeParse({ baselineDate: '2024-01-01', plannedDate: '2024-03-01', actualDate: '2024-02-29' })
        .success,
    ).toBe(true);
  });
  it('allows a plan earlier than the baseline', () => {
    expect(milestoneDatesInput.safeParse({ baselineDate: '2024-05-01', plannedDate: '2024-03-01' }).success).toBe(true);
  });
  it('rejects impossible dates on their path', () => {
    const result = milestoneDatesInput.safeParse({
      baselineDate: '2023-02-29',
      plannedDate: '2024-04-31',
      actualDate: '2024-1-1',
    });
    expect(issues(result).map((i) => i.path)).toEqual(['baselineDate', 'plannedDate', 'actualDate']);
  });
  it('requires baseline and planned dates', () => {
    expect(issues(milestoneDatesInput.safeParse({ actualDate: null })).map((i) => i.path)).toEqual([
      'baselineDate',
      'plannedDate',
    ]);
  });
});

describe('takeUpTarget', () => {
  it('accepts a fraction up to 1', () => {
    expect(takeUpTarget.safeParse(0.8).success).toBe(true);
    expect(takeUpTarget.safeParse(1).success).toBe(true);
  });
  it('rejects zero and more than 100%', () => {
    expect(takeUpTarget.safeParse(0).success).toBe(false);
    expect(issues(takeUpTarget.safeParse(80))[0]?.message).toBe("L'obiettivo non può superare il 100%");
  });
});
