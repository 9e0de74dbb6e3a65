export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

const HEADERS: Record<Category, string> = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best practices',
  seo: 'SEO',
};

/** Issue 15's targets: the lowest score per category (0–1) and the highest value per metric. */
export const TARGETS = {
  scores: { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 } satisfies Record<Category, number>,
  /** Largest contentful paint, ms. */
  lcp: 2000,
  /** Total blocking time, ms. */
  tbt: 150,
  /** Cumulative layout shift. */
  cls: 0.05,
};

/** The Lighthouse audits behind the three metrics with a target. */
export const METRIC_AUDITS = {
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
} as const;

export type Metric = keyof typeof METRIC_AUDITS;

export type ScreenScores = {
  name: string;
  path: string;
  /** 0–1 per category, null when Lighthouse could not score it. */
  scores: Record<string, number | null>;
  /** LCP and TBT in ms, CLS unitless; null when Lighthouse could not measure it. */
  metrics: Record<Metric, number | null>;
  /** Bytes the page transferred (Lighthouse's total-byte-weight). */
  bytes: number | null;
  /** Audits that cost points in a category with a target. */
  failing: string[];
};

const percent = (score: number | null | undefined): string =>
  score === null || score === undefined ? 'n/a' : String(Math.round(score * 100));

const METRIC_FORMATS: Record<Metric, (value: number) => string> = {
  lcp: (ms) => `${(ms / 1000).toFixed(1)} s`,
  tbt: (ms) => `${Math.round(ms)} ms`,
  cls: (value) => value.toFixed(3),
};

const metric = (id: Metric, value: number | null): string => (value === null ? 'n/a' : METRIC_FORMATS[id](value));

/** The scores and metrics as a Markdown table, one row per screen. */
export function formatTable(rows: readonly ScreenScores[]): string {
  const header = `| screen | address | ${CATEGORIES.map((id) => HEADERS[id]).join(' | ')} | LCP | TBT | CLS | KB sent |`;
  const rule = `| --- | --- | ${CATEGORIES.map(() => '---:').join(' | ')} | ---: | ---: | ---: | ---: |`;
  const lines = rows.map((row) => {
    const scores = CATEGORIES.map((id) => percent(row.scores[id])).join(' | ');
    const metrics = (Object.keys(METRIC_AUDITS) as Metric[]).map((id) => metric(id, row.metrics[id])).join(' | ');
    const kb = row.bytes === null ? 'n/a' : (row.bytes / 1024).toFixed(1);
    return `| ${row.name} | \`${row.path}\` | ${scores} | ${metrics} | ${kb} |`;
  });
  return [header, rule, ...lines].join('\n');
}

/** What a screen misses of the targets, as short phrases ("performance 62", "LCP 3.1 s"). */
function screenMisses(row: ScreenScores): string[] {
  const scores = CATEGORIES.filter((id) => (row.scores[id] ?? 0) < TARGETS.scores[id]).map(
    (id) => `${HEADERS[id].toLowerCase()} ${percent(row.scores[id])}`,
  );
  const metrics = (Object.keys(METRIC_AUDITS) as Metric[])
    .filter((id) => (row.metrics[id] ?? Number.POSITIVE_INFINITY) > TARGETS[id])
    .map((id) => `${id.toUpperCase()} ${metric(id, row.metrics[id])}`);
  return [...scores, ...metrics];
}

/** Screens below a target, with what they miss and the audits that cost points. */
export function missedTargets(rows: readonly ScreenScores[]): string[] {
  return rows.flatMap((row) => {
    const misses = screenMisses(row);
    return misses.length === 0
      ? []
      : [`${row.name}: ${misses.join(', ')} (${row.failing.join('; ') || 'no failing audit reported'})`];
  });
}
