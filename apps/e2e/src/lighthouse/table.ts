export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

const HEADERS: Record<Category, string> = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best practices',
  seo: 'SEO',
};

export type ScreenScores = {
  name: string;
  path: string;
  /** 0–1 per category, null when Lighthouse could not score it. */
  scores: Record<string, number | null>;
  /** Audits that cost points in accessibility or best practices. */
  failing: string[];
};

const percent = (score: number | null | undefined): string =>
  score === null || score === undefined ? 'n/a' : String(Math.round(score * 100));

/** The scores as a Markdown table, one row per screen. */
export function formatTable(rows: readonly ScreenScores[]): string {
  const header = `| screen | address | ${CATEGORIES.map((id) => HEADERS[id]).join(' | ')} |`;
  const rule = `| --- | --- | ${CATEGORIES.map(() => '---:').join(' | ')} |`;
  const lines = rows.map(
    (row) => `| ${row.name} | \`${row.path}\` | ${CATEGORIES.map((id) => percent(row.scores[id])).join(' | ')} |`,
  );
  return [header, rule, ...lines].join('\n');
}

/** Screens below 100 in accessibility or best practices, with the audits that cost points. */
export function missedTargets(rows: readonly ScreenScores[]): string[] {
  return rows
    .filter((row) => row.scores.accessibility !== 1 || row.scores['best-practices'] !== 1)
    .map(
      (row) =>
        `${row.name}: accessibility ${percent(row.scores.accessibility)}, best practices ${percent(row.scores['best-practices'])} (${row.failing.join('; ') || 'no failing audit reported'})`,
    );
}
