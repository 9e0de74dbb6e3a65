import type { ErrorKinds, PagesResult } from './pages';
import type { RenderRow } from './pages-render';

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const int = (value: number) => Math.round(value).toLocaleString('en');

/** The in-process renders' rows of the report (issue 15): one per kind of page. */
export function renderRows(rows: readonly RenderRow[]): string[][] {
  return rows.map((r) => [
    r.name,
    ms(r.timing.p50),
    ms(r.timing.p95),
    ms(r.timing.p99),
    String(r.timing.runs),
    `${(r.largestBytes / 1024).toFixed(1)} KB`,
  ]);
}

/** The errors of a load run told apart: "none", or e.g. "3 timeouts, 2 × 503, 1 shell". */
export function describeErrors(kinds: ErrorKinds): string {
  const parts = [
    kinds.timeouts > 0 ? `${kinds.timeouts} timeouts (10 s)` : '',
    kinds.failed > 0 ? `${kinds.failed} failed requests` : '',
    ...Object.entries(kinds.statuses).map(([status, n]) => `${n} × ${status}`),
    kinds.rejected > 0 ? `${kinds.rejected} shells instead of a page` : '',
  ].filter((part) => part !== '');
  return parts.length === 0 ? 'none' : parts.join(', ');
}

/** The rendered pages' HTTP rows of the report (issue 15). */
export function pagesRows(pages: PagesResult): string[][] {
  return [
    [
      `rendered public pages/s (${pages.paths} pages: overview, service, roadmap, home, portfolio, map; brotli accepted), ${pages.connections} connections, ${pages.seconds} s, ${pages.workers} workers`,
      int(pages.pagesPerSecond),
    ],
    ['requests / errors', `${int(pages.requests)} / ${pages.errors}`],
    ['the errors, by kind', describeErrors(pages.errorKinds)],
    ['latency p50 / p99', `${pages.latencyP50} ms / ${pages.latencyP99} ms`],
    [
      'pages answered with the shell (or an error) instead of rendered, first asked',
      pages.notRendered.length === 0 ? 'none' : pages.notRendered.join(', '),
    ],
    [
      'the same pages revalidated (If-None-Match → 304)/s: requests / not 304',
      `${int(pages.revalidatedPerSecond)}/s: ${int(pages.revalidations)} / ${pages.revalidationErrors}`,
    ],
  ];
}

type Holds = (ok: boolean | null) => string;

/**
 * The server's targets of issue 15: a comune page rendered in p95 ≤ 15 ms, 1,000 rendered pages
 * a second without error, and pages that revalidate with 304.
 */
export function pagesTargets(renders: readonly RenderRow[] | string, pages: PagesResult | string, holds: Holds) {
  const comune = typeof renders === 'string' ? null : (renders.find((r) => r.name.startsWith('comune page')) ?? null);
  const http = typeof pages === 'string' ? null : pages;
  return [
    [
      'rendered comune page p95 ≤ 15 ms (in process, not kept)',
      comune === null ? String(renders) : `${ms(comune.timing.p95)} ms`,
      holds(comune === null ? null : comune.timing.p95 <= 15),
    ],
    [
      '≥ 1,000 rendered public pages/s, no error',
      http === null ? String(pages) : `${int(http.pagesPerSecond)}/s, ${http.errors} errors`,
      holds(http === null ? null : http.pagesPerSecond >= 1000 && http.errors === 0),
    ],
    [
      'rendered pages carry an ETag and revalidate with 304',
      http === null
        ? 'n/a'
        : `${http.paths - http.withoutEtag}/${http.paths} with an ETag; ${int(http.revalidations)} revalidations, ${http.revalidationErrors} not 304`,
      holds(http === null ? null : http.withoutEtag === 0 && http.revalidationErrors === 0 && http.revalidations > 0),
    ],
  ];
}
