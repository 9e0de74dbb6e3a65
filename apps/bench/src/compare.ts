import { field } from './api';

const close = (a: unknown, b: unknown) =>
  (a === null || a === undefined) && (b === null || b === undefined)
    ? true
    : typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 1e-9;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function report(checks: Array<[string, unknown, unknown, boolean]>): string | null {
  const failed = checks.find(([, , , ok]) => !ok);
  return failed === undefined
    ? null
    : `${failed[0]}: API ${JSON.stringify(failed[1])}, SQL ${JSON.stringify(failed[2])}`;
}

/** Stage counts and 12-month take-up of the overview. */
export function compareOverview(api: unknown, sql: unknown): string | null {
  const apiCounts = field(api, 'stageCounts');
  const apiTakeUp = field(api, 'takeUp', 'value');
  return report([
    ['stage counts', apiCounts, field(sql, 'stageCounts'), sameJson(apiCounts, field(sql, 'stageCounts'))],
    ['take-up', apiTakeUp, field(sql, 'takeUp'), close(apiTakeUp, field(sql, 'takeUp'))],
  ]);
}

/** Transactions of the last 12 months and the number of stage changes of the service page. */
export function compareService(api: unknown, sql: unknown): string | null {
  const apiTransactions = field(api, 'totals12', 'transactions');
  const history = field(api, 'history');
  const apiHistory = Array.isArray(history) ? history.length : null;
  return report([
    [
      '12-month transactions',
      apiTransactions,
      field(sql, 'transactions12'),
      apiTransactions === field(sql, 'transactions12'),
    ],
    ['stage history', apiHistory, field(sql, 'history'), apiHistory === field(sql, 'history')],
  ]);
}

/** Public milestones and late ones of the roadmap. */
export function compareRoadmap(api: unknown, sql: unknown): string | null {
  const list = field(api, 'milestones');
  const milestones = Array.isArray(list) ? list : [];
  const late = milestones.filter((m: unknown) => field(m, 'status') === 'late').length;
  return report([
    ['milestones', milestones.length, field(sql, 'milestones'), milestones.length === field(sql, 'milestones')],
    ['late', late, field(sql, 'late'), late === field(sql, 'late')],
  ]);
}

/** Consortium-wide stage counts and 12-month take-up of the portfolio. */
export function comparePortfolio(api: unknown, sql: unknown): string | null {
  const apiCounts = field(api, 'totals', 'stageCounts');
  const apiTakeUp = field(api, 'totals', 'takeUp', 'value');
  return report([
    ['stage counts', apiCounts, field(sql, 'stageCounts'), sameJson(apiCounts, field(sql, 'stageCounts'))],
    ['take-up', apiTakeUp, field(sql, 'takeUp'), close(apiTakeUp, field(sql, 'takeUp'))],
  ]);
}

/** Stage counts, 12-month take-up and the milestones' figures (late, slipped…) of the whole country. */
export function compareNational(api: unknown, sql: unknown): string | null {
  const apiCounts = field(api, 'totals', 'stageCounts');
  const apiTakeUp = field(api, 'totals', 'takeUp', 'value');
  const milestones = (
    [
      ['late milestones', 'lateMilestones', 'late'],
      ['slipped milestones', 'slippedMilestones', 'slipped'],
      ['milestones done late', 'doneLateMilestones', 'doneLate'],
      ['days of slippage', 'slippageDays', 'slippageDays'],
      ['re-plans', 'replans', 'replans'],
    ] as const
  ).map(([name, apiKey, sqlKey]): [string, unknown, unknown, boolean] => {
    const value = field(api, 'totals', apiKey);
    return [name, value, field(sql, sqlKey), value === field(sql, sqlKey)];
  });
  return report([
    ['stage counts', apiCounts, field(sql, 'stageCounts'), sameJson(apiCounts, field(sql, 'stageCounts'))],
    ['take-up', apiTakeUp, field(sql, 'takeUp'), close(apiTakeUp, field(sql, 'takeUp'))],
    ...milestones,
  ]);
}

/** The open-data file, byte for byte. */
export function compareCsv(api: unknown, sql: unknown): string | null {
  const body = field(api, 'body');
  if (body === sql) return null;
  const lines = (value: unknown) => (typeof value === 'string' ? value.split('\r\n').length : null);
  return `file: API ${lines(body)} lines, SQL ${lines(sql)} lines, not the same bytes`;
}
