import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { childRow, versionedColumns } from './columns';
import { services } from './services';

/**
 * Figures of one service for one month (YYYY-MM). A month without a row is missing, not zero.
 * Payment columns are null for services that take no payment.
 */
export const monthlyFigures = sqliteTable(
  'monthly_figures',
  {
    ...childRow('serviceId', () => services.id),
    month: text('month').notNull(),
    online: integer('online').notNull(),
    assisted: integer('assisted').notNull(),
    paper: integer('paper').notNull(),
    paymentsTotal: integer('payments_total'),
    paymentsPagopa: integer('payments_pagopa'),
    satisfaction1: integer('satisfaction_1').notNull().default(0),
    satisfaction2: integer('satisfaction_2').notNull().default(0),
    satisfaction3: integer('satisfaction_3').notNull().default(0),
    satisfaction4: integer('satisfaction_4').notNull().default(0),
    satisfaction5: integer('satisfaction_5').notNull().default(0),
    /** Total cost of delivering the service that month, in euro cents. */
    costCents: integer('cost_cents'),
    ...versionedColumns(),
  },
  (t) => [uniqueIndex('monthly_figures_service_month_idx').on(t.serviceId, t.month)],
);
