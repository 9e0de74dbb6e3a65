import { describe, expect, it } from 'vitest';
import { RenderQueryClient } from './render-query-client';

// tRPC's keys start with the procedure's path, an array: the only answers a server render reads.
const overviewKey = [['comuni', 'overview'], { input: { istat: '019081' }, type: 'query' }] as const;

describe('a server render’s query cache', () => {
  it('waits for an answer a component started itself, so the next render has it', async () => {
    const client = new RenderQueryClient();
    let release: (value: string) => void = () => {};
    const answer = new Promise<string>((resolve) => {
      release = resolve;
    });
    void client.prefetchQuery({ queryKey: overviewKey, queryFn: () => answer });
    const fetched = client.fetchAsked();
    release('the overview');
    expect(await fetched).toBe(true);
    expect(client.getQueryData(overviewKey)).toBe('the overview');
    // Nothing asked and nothing in flight: the page is complete.
    expect(await client.fetchAsked()).toBe(false);
  });

  it('keeps a failed guess as a failure, without throwing', async () => {
    const client = new RenderQueryClient();
    void client.prefetchQuery({ queryKey: overviewKey, queryFn: () => Promise.reject(new Error('not tracked')) });
    expect(await client.fetchAsked()).toBe(true);
    expect(client.getQueryState(overviewKey)?.status).toBe('error');
  });
});
