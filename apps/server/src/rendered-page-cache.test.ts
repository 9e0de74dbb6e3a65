import { describe, expect, it } from 'vitest';
import { createRenderedPageCache } from './rendered-page-cache';

const page = (html: string) => ({ status: 200, html });

describe('createRenderedPageCache', () => {
  it('gives back a page while the mark stays, and forgets every page when it moves', () => {
    const cache = createRenderedPageCache(10);
    expect(cache.get('/a', 'v1')).toBeUndefined();
    cache.set('/a', 'v1', page('A'));
    expect(cache.get('/a', 'v1')?.html).toBe('A');
    expect(cache.get('/a', 'v2')).toBeUndefined();
    expect(cache.get('/a', 'v1')).toBeUndefined();
  });

  it('does not keep a page rendered from data that changed while it was rendered', () => {
    const cache = createRenderedPageCache(10);
    expect(cache.get('/a', 'v1')).toBeUndefined();
    expect(cache.get('/b', 'v2')).toBeUndefined();
    cache.set('/a', 'v1', page('old A'));
    expect(cache.get('/a', 'v2')).toBeUndefined();
  });

  it('keeps at most so many pages, dropping the one asked for least recently', () => {
    const cache = createRenderedPageCache(2);
    cache.get('/a', 'v');
    cache.set('/a', 'v', page('A'));
    cache.set('/b', 'v', page('B'));
    cache.get('/a', 'v');
    cache.set('/c', 'v', page('C'));
    expect(cache.get('/b', 'v')).toBeUndefined();
    expect(cache.get('/a', 'v')?.html).toBe('A');
    expect(cache.get('/c', 'v')?.html).toBe('C');
  });

  it('renders a page once for visitors who ask for it together, then gives the kept page', async () => {
    const cache = createRenderedPageCache(10);
    let renders = 0;
    let finish = (_page: ReturnType<typeof page>) => {};
    const render = () => {
      renders++;
      return new Promise<ReturnType<typeof page>>((resolve) => {
        finish = resolve;
      });
    };
    const together = [
      cache.obtain('/a', 'v', render),
      cache.obtain('/a', 'v', render),
      cache.obtain('/a', 'v', render),
    ];
    finish(page('A'));
    expect((await Promise.all(together)).map((p) => p?.html)).toEqual(['A', 'A', 'A']);
    expect((await cache.obtain('/a', 'v', render))?.html).toBe('A');
    expect(renders).toBe(1);
  });

  it('shares no render across data versions, and keeps no failure or shell', async () => {
    const cache = createRenderedPageCache(10);
    let renders = 0;
    const render = (html: string | null) => async () => {
      renders++;
      return html === null ? null : page(html);
    };
    const [old, fresh] = await Promise.all([
      cache.obtain('/a', 'v1', render('old A')),
      cache.obtain('/a', 'v2', render('new A')),
    ]);
    expect([old?.html, fresh?.html]).toEqual(['old A', 'new A']);
    expect(await cache.obtain('/b', 'v2', render(null))).toBeNull();
    await expect(
      cache.obtain('/b', 'v2', async () => {
        throw new Error('database busy');
      }),
    ).rejects.toThrow('database busy');
    expect((await cache.obtain('/b', 'v2', render('B')))?.html).toBe('B');
    expect(renders).toBe(4);
  });
});
