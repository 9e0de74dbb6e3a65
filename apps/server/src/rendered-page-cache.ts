import type { RenderedPage } from '@switchoff/api/server';

/**
 * The pages rendered since the data last changed, by address, the most recently asked kept
 * (at most `maxPages`): a page depends only on its address, the data and the day, so while the
 * database's version mark and the day stay the same (`mark`, read before rendering) a page
 * rendered for one visitor is the page of the next. Any write, by any process, changes the mark
 * and empties the cache. Per worker; never holds a logged-in person's page.
 */
export function createRenderedPageCache<Page = RenderedPage>(maxPages: number) {
  let current = '';
  const pages = new Map<string, Page>();
  const follow = (mark: string) => {
    if (mark === current) return;
    pages.clear();
    current = mark;
  };
  return {
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
  };
}
