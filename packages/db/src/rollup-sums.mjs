// The summed columns of the monthly roll-ups (comune_month_totals, region_month_totals), in the
// order the triggers add them up. Plain JavaScript, so that scripts/rollup-triggers.mjs (run by
// node, writing a migration) and src/rollups.ts (rebuild and check) read the one list.
export const ROLLUP_SUMS = [
  'services',
  'online',
  'assisted',
  'paper',
  'payments_total',
  'payments_total_n',
  'payments_pagopa',
  'payments_pagopa_n',
  'satisfaction_1',
  'satisfaction_2',
  'satisfaction_3',
  'satisfaction_4',
  'satisfaction_5',
  'cost_cents',
  'cost_n',
];
