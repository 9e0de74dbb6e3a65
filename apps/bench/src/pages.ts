import type { Db } from '@switchoff/db';
import autocannon from 'autocannon';
import { buildServer, startServer, stopServer } from './http';
import { measureRenders, RENDERED_MARK, type RenderRow } from './pages-render';
import type { Targets } from './targets';

/** Public pages under autocannon against the built server, and their revalidation. */
export type PagesResult = {
  connections: number;
  seconds: number;
  workers: number;
  /** Distinct addresses in the mix. */
  paths: number;
  pagesPerSecond: number;
  requests: number;
  /** Failed requests (timeouts among them), non-2xx answers, and 200s that were the browser's shell, not a page. */
  errors: number;
  /** The errors told apart: what the server answered instead of a page, or that it did not. */
  errorKinds: ErrorKinds;
  latencyP50: number;
  latencyP99: number;
  /** The same pages asked with the ETag of their last answer (If-None-Match). */
  revalidatedPerSecond: number;
  revalidations: number;
  /** Revalidations answered otherwise than 304 (or failed). */
  revalidationErrors: number;
  /** Addresses of the mix whose page came without an ETag. */
  withoutEtag: number;
  /** Addresses the server answered with the shell (or an error) instead of a rendered page, first asked. */
  notRendered: string[];
};

/** The public pages of the given comuni and services (overview, service page, roadmap), and `extra` ones. */
export function publicPagePaths(p: {
  comuni: readonly string[];
  services: ReadonlyArray<{ istat: string; slug: string }>;
  extra: readonly string[];
}): string[] {
  const pages = p.comuni.flatMap((istat, i) => {
    const service = p.services[i];
    return [
      `/comuni/${istat}`,
      ...(service ? [`/comuni/${service.istat}/servizi/${service.slug}`] : []),
      `/comuni/${istat}/roadmap`,
    ];
  });
  return [...p.extra, ...pages];
}

/** What a phone's browser says it accepts: the server sends pages compressed, as it does to citizens. */
const BROWSER = { 'accept-encoding': 'br, gzip' };

/**
 * Whether an answer is the SPA's shell, which Express sends as a file (`res.sendFile`, with its
 * Last-Modified), not a page the server rendered (sent from memory, without one).
 */
const isShellFile = (headers: Record<string, unknown>) =>
  Object.keys(headers).some((name) => name.toLowerCase() === 'last-modified');

/**
 * A load run's errors by kind: requests that got no answer within autocannon's 10 s
 * (`timeouts`) or failed otherwise (`failed`: a reset, a closed socket), and the answers the run
 * rejected: by status when not 2xx (`statuses`), else counted in `rejected` (the shell, a 200).
 */
export type ErrorKinds = { timeouts: number; failed: number; statuses: Record<string, number>; rejected: number };

type Counted = { requests: Awaited<ReturnType<typeof autocannon>>; kinds: ErrorKinds; errors: number };

/** autocannon over `requests`, counting the answers `isBad` rejects (from their status and headers) by kind. */
async function cannon(
  url: string,
  o: { connections: number; seconds: number },
  requests: ReadonlyArray<{ path: string; headers?: Record<string, string> }>,
  isBad: (status: number, headers: Record<string, unknown>) => boolean,
): Promise<Counted> {
  const statuses: Record<string, number> = {};
  let rejected = 0;
  const onResponse = (status: number, _body: string, _context: unknown, headers: Record<string, unknown>) => {
    if (!isBad(status, headers)) return;
    if (status >= 200 && status < 300) rejected++;
    else statuses[status] = (statuses[status] ?? 0) + 1;
  };
  const result = await autocannon({
    url,
    connections: o.connections,
    duration: o.seconds,
    timeout: 10,
    requests: requests.map((r) => ({ method: 'GET' as const, ...r, onResponse })),
  });
  // autocannon counts a timeout among its errors too: counted once here.
  const kinds = { timeouts: result.timeouts, failed: result.errors - result.timeouts, statuses, rejected };
  const answeredBadly = Object.values(statuses).reduce((sum, n) => sum + n, 0) + rejected;
  return { requests: result, kinds, errors: result.errors + answeredBadly };
}

/**
 * The server rendering public pages (issue 15), built (`buildServer`) and run as `pnpm start`
 * runs it (every worker): each address asked once first (noted when it does not come back
 * rendered), then pages per second with autocannon over the mix, asked as a browser asks (brotli
 * or gzip accepted), a 200 that is the browser's shell counted as an error; then the same pages
 * revalidated with their ETags, each answer expected to be a 304.
 */
export async function loadPages(p: {
  dbPath: string;
  webDir: string;
  paths: readonly string[];
  connections: number;
  seconds: number;
}): Promise<PagesResult> {
  const { child, port, workers } = await startServer(buildServer(), p.dbPath, p.webDir);
  const url = `http://127.0.0.1:${port}`;
  try {
    const etags: string[] = [];
    const notRendered: string[] = [];
    for (const path of p.paths) {
      const res = await fetch(`${url}${path}`);
      const body = await res.text();
      if (res.status !== 200 || !body.includes(RENDERED_MARK)) notRendered.push(`${path} (${res.status})`);
      etags.push(res.headers.get('etag') ?? '');
    }
    const load = { connections: p.connections, seconds: p.seconds };
    const pages = await cannon(
      url,
      load,
      p.paths.map((path) => ({ path, headers: BROWSER })),
      // The body is compressed (autocannon does not decompress): the shell is told by its headers.
      (status, headers) => status < 200 || status >= 300 || isShellFile(headers),
    );
    const revalidating = p.paths.flatMap((path, i) => {
      const etag = etags[i];
      return etag ? [{ path, headers: { ...BROWSER, 'if-none-match': etag } }] : [];
    });
    const revalidated = await cannon(
      url,
      { ...load, seconds: Math.max(1, Math.round(p.seconds / 2)) },
      revalidating,
      (status) => status !== 304,
    );
    const { requests: r } = pages;
    return {
      ...load,
      workers,
      paths: p.paths.length,
      pagesPerSecond: r.requests.average,
      requests: r.requests.total,
      errors: pages.errors,
      errorKinds: pages.kinds,
      latencyP50: r.latency.p50,
      latencyP99: r.latency.p99,
      revalidatedPerSecond: revalidated.requests.requests.average,
      revalidations: revalidated.requests.requests.total,
      revalidationErrors: revalidated.errors,
      withoutEtag: etags.filter((etag) => etag === '').length,
      notRendered,
    };
  } finally {
    await stopServer(child);
  }
}

const failure = (error: unknown) => `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;

/**
 * Issue 15's server figures, once the SPA and its server entry are built into `webOutDir`: a
 * comune page, the home, a portfolio and a map page rendered in process (timed like the answers),
 * then the built server under autocannon with the JSON reads' connections and seconds.
 */
export async function measurePages(o: {
  db: Db;
  dbPath: string;
  today: string;
  targets: Targets;
  webOutDir: string;
  warmup: number;
  runs: number;
  rowBudgetMs: number;
  connections: number;
  httpSeconds: number;
  pageComuni: number;
  log: (line: string) => void;
}): Promise<{ renders: RenderRow[] | string; pages: PagesResult | string }> {
  const comuneUrls = o.targets.comuni.map((istat) => `/comuni/${istat}`);
  const portfolioUrls = o.targets.consortia.map((slug) => `/consorzi/${slug}`);
  // The largest province's map page, as the JSON reads' map row.
  const mapUrl = '/province/001';
  o.log('Rendering public pages in process (the SPA’s server entry, no page cache) …');
  const renders = await measureRenders({
    db: o.db,
    today: o.today,
    webOutDir: o.webOutDir,
    kinds: [
      { name: 'comune page (overview)', urls: comuneUrls },
      { name: 'home', urls: ['/'] },
      { name: 'portfolio (50 comuni)', urls: portfolioUrls },
      { name: 'map of a province (Torino, 312 comuni)', urls: [mapUrl] },
    ],
    warmup: o.warmup,
    runs: o.runs,
    budgetMs: o.rowBudgetMs,
  }).catch(failure);
  o.log(`Rendered pages: the built server, autocannon, ${o.connections} connections, ${o.httpSeconds} s …`);
  const pages = await loadPages({
    dbPath: o.dbPath,
    webDir: o.webOutDir,
    paths: publicPagePaths({
      comuni: o.targets.comuni.slice(0, o.pageComuni),
      services: o.targets.services.slice(0, o.pageComuni),
      extra: ['/', ...portfolioUrls.slice(0, 1), mapUrl],
    }),
    connections: o.connections,
    seconds: o.httpSeconds,
  }).catch(failure);
  return { renders, pages };
}
