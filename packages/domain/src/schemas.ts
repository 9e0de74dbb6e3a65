import { z } from 'zod';
import { isIsoDate, isYearMonth } from './months';

/** The 6-digit ISTAT code of a comune, its public identifier. */
export const istatCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'Il codice ISTAT ha 6 cifre (es. 019081)');

export const slug = z
  .string()
  .trim()
  .min(1, 'Indirizzo vuoto')
  .max(80, 'Indirizzo troppo lungo (massimo 80 caratteri)')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Solo lettere minuscole, cifre e trattini');

export const yearMonth = z
  .string({ error: 'Mese nel formato AAAA-MM' })
  .refine(isYearMonth, 'Mese nel formato AAAA-MM');

export const isoDate = z
  .string({ error: 'Data nel formato AAAA-MM-GG' })
  .refine(isIsoDate, 'Data reale nel formato AAAA-MM-GG');

export const consortiumRef = z.object({ slug });
export const comuneRef = z.object({ istat: istatCode });
export const serviceRef = z.object({ istat: istatCode, slug });
export const catalogueServiceRef = z.object({ consortium: slug, service: slug });

const MAX_COUNT = 10_000_000;

/** A count of transactions, payments or answers in a month. */
export const monthlyCount = z
  .number({ error: 'Inserisci un numero' })
  .int('Deve essere un numero intero')
  .min(0, 'Non può essere negativo')
  .max(MAX_COUNT, 'Valore troppo grande (massimo 10.000.000)');

/** The fields of one month's figures; `monthFiguresInput` adds the payment rules. */
export const monthFiguresFields = {
  month: yearMonth,
  online: monthlyCount,
  assisted: monthlyCount,
  paper: monthlyCount,
  paymentsTotal: monthlyCount.nullable().default(null),
  paymentsPagopa: monthlyCount.nullable().default(null),
  satisfaction: z
    .tuple([monthlyCount, monthlyCount, monthlyCount, monthlyCount, monthlyCount], {
      error: 'Cinque conteggi, per i voti da 1 a 5',
    })
    .default([0, 0, 0, 0, 0]),
  costCents: z
    .number({ error: 'Inserisci un numero' })
    .int('Il costo va espresso in centesimi interi')
    .min(0, 'Il costo non può essere negativo')
    .max(100_000_000_000, 'Costo troppo grande')
    .nullable()
    .default(null),
};

/** pagoPA payments need a total and cannot exceed it. */
export function withPaymentRules<T extends z.ZodType<{ paymentsTotal: number | null; paymentsPagopa: number | null }>>(
  schema: T,
) {
  return schema
    .refine((f) => f.paymentsPagopa === null || f.paymentsTotal !== null, {
      error: 'Indica anche il totale dei pagamenti',
      path: ['paymentsPagopa'],
    })
    .refine((f) => f.paymentsPagopa === null || f.paymentsTotal === null || f.paymentsPagopa <= f.paymentsTotal, {
      error: 'I pagamenti pagoPA non possono superare il totale dei pagamenti',
      path: ['paymentsPagopa'],
    });
}

/**
 * Monthly figures of a service, as the API receives them. Only the shape is checked here:
 * that the month is not in the future depends on "today" and is checked by the API.
 * Payments and cost may be unknown (null, the default); satisfaction defaults to no answers.
 */
export const monthFiguresInput = withPaymentRules(z.object(monthFiguresFields));
export type MonthFiguresInput = z.input<typeof monthFiguresInput>;

/** The dates of a milestone: first agreed, current plan, and when it was actually reached. */
export const milestoneDatesInput = z.object({
  baselineDate: isoDate,
  plannedDate: isoDate,
  actualDate: isoDate.nullish(),
});
export type MilestoneDatesInput = z.input<typeof milestoneDatesInput>;

/** A comune's take-up target for switch-off, as a fraction (0.8 = 80%). */
export const takeUpTarget = z
  .number({ error: 'Inserisci un numero' })
  .gt(0, "L'obiettivo deve essere maggiore di zero")
  .max(1, "L'obiettivo non può superare il 100%");
