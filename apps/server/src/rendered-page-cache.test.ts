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
});
