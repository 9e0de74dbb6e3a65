import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appRouter, createContextInner } from '@switchoff/api';
import { loadPageEntry } from '@switchoff/api/server';
import type { Db } from '@switchoff/db';
import { summarise, type Timing, time } from './stats';
import { ssrOutDirFor } from './web';

/** One kind of public page and the addresses it is timed on (taken in turn). */
export type PageKind = { name: string; urls: readonly string[] };

/** A kind of page rendered in process: its timing and the largest page (HTML, uncompressed). */
export type RenderRow = { name: string; timing: Timing; largestBytes: number };

/** The marker of a page the server rendered: the answers it carries for hydration. */
export const RENDERED_MARK = 'id="so-page-state"';

/**
 * Public pages rendered in process as the server renders them for a visitor (the SPA's server
 * entry, the API called through the router, the built index.html as template), without the
 * server's page cache: what a page the server has not kept costs. Each address must come out
 * rendered (200, with its answers); anything else stops the bench.
 */
export async function measureRenders(p: {
  db: Db;
  today: string;
  webOutDir: string;
  kinds: readonly PageKind[];
  warmup: number;
  runs: number;
  /** Time limit of one kind (at least 5 runs). */
  budgetMs: number;
}): Promise<RenderRow[]> {
  // As the server does: every screen's code loaded once, so no render waits for a chunk.
  const entry = await loadPageEntry(join(ssrOutDirFor(p.webOutDir), 'entry-server.js'));
  const template = readFileSync(join(p.webOutDir, 'index.html'), 'utf8');
  // A visitor's context without the server's read budget: the bench times renders, not refusals.
  const createContext = async () => createContextInner({ db: p.db, today: () => p.today });
  const rows: RenderRow[] = [];
  for (const kind of p.kinds) {
    let largestBytes = 0;
    const render = async (i: number) => {
      const url = kind.urls[i % kind.urls.length] ?? '/';
      const page = await entry.renderPage({ url, template, router: appRouter, createContext });
      if (page === null || page.status !== 200 || !page.html.includes(RENDERED_MARK)) {
        throw new Error(`bench: ${url} was not rendered (${page === null ? 'the shell' : page.status})`);
      }
      largestBytes = Math.max(largestBytes, Buffer.byteLength(page.html));
    };
    // The warm-up within a quarter of the budget: a national portfolio renders in a second or more.
    const warming = performance.now();
    for (let i = 0; i < p.warmup && (i === 0 || performance.now() - warming < p.budgetMs / 4); i++) await render(i);
    const samples: number[] = [];
    const started = performance.now();
    for (let i = 0; i < p.runs; i++) {
      samples.push(await time(() => render(i)));
      if (i >= 4 && performance.now() - started > p.budgetMs) break;
    }
    rows.push({ name: kind.name, timing: summarise(samples), largestBytes });
  }
  return rows;
}
