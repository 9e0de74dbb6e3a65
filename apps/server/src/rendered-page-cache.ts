import type { RenderedPage } from '@switchoff/api/server';

/**
 * The pages rendered since the data last changed, by address, the most recently asked kept
 * (at most `maxPages`): a page depends only on its address, the data and the day, so while the
 * database's version mark and the day stay the same (`mark`, read before rendering) a page
 * rendered for one visitor is the page of the next. Any write, by any process, changes the mark
 * and empties the cache. Per worker; never holds a logged-in person's page.
 *
 * `obtain` also shares a render in progress: visitors who ask for a page while it is being
 * rendered wait for that render instead of starting their own. Without it, 25 visitors arriving
 * together at a page not kept (after any write, or a worker's start) made 25 renders of it: a
 * home page of 550 KB at national scale is about half a second each on a loaded 2-core machine,
 * so the last waited 10 s or more (the 54 "errors" of the bench's first national run were such
 * timeouts, each counted twice).
 */
export function createRenderedPageCache<Page = RenderedPage>(maxPages: number) {
  let current = '';
  const pages = new Map<string, Page>();
  /** Renders in progress, by mark and address: a page rendered from older data is never shared with a newer request. */
  const rendering = new Map<string, Promise<Page | null>>();
  const follow = (mark: string) => {
    if (mark === current) return;
    pages.clear();
    current = mark;
  };
  const cache = {
    get(url: string, mark: string): Page | undefined {
      follow(mark);
      const page = pages.get(url);
      if (page === undefined) return undefined;
      // Map keeps insertion order: moved to the end, it is the last to go.
      pages.delete(url);
      pages.set(url, page);
      return page;
    },
    /** Keeps a page rendered from the data of `mark`, unless they changed meanwhile. */
    set(url: string, mark: string, page: Page): void {
      if (mark !== current) return;
      pages.set(url, page);
      const oldest = pages.keys().next();
      if (pages.size > maxPages && !oldest.done) pages.delete(oldest.value);
    },
    /**
     * The page of `url` for the data of `mark`: the kept one, the one being rendered for another
     * visitor, or `render()`'s, kept when not null (null: the page is not to be kept or shared as
     * a page, e.g. the browser's shell will be sent). A failed render fails every visitor waiting for it.
     */
    obtain(url: string, mark: string, render: () => Promise<Page | null>): Promise<Page | null> {
      const kept = cache.get(url, mark);
      if (kept !== undefined) return Promise.resolve(kept);
      const key = `${mark}\n${url}`;
      const inProgress = rendering.get(key);
      if (inProgress !== undefined) return inProgress;
      const started = render()
        .then((page) => {
          if (page !== null) cache.set(url, mark, page);
          return page;
        })
        .finally(() => rendering.delete(key));
      rendering.set(key, started);
      return started;
    },
  };
  return cache;
}
