import { createTestWorld, TEST_TODAY } from '@switchoff/api/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from './app';
import { baseUrlOf } from './http.testing';

type Listening = { base: string; close: () => void };

async function listen(options: Parameters<typeof createApp>[0]): Promise<Listening> {
  const server = createApp(options).listen(0);
  return { base: await baseUrlOf(server), close: () => server.close() };
}

const input = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const overview = `/api/trpc/comuni.overview?input=${input({ istat: '019001' })}`;
/** Reads that fail after touching the database: an unknown comune, a service nobody may see, one of each in a batch. */
const FAILING = [
  `/api/trpc/comuni.overview?input=${input({ istat: '999999' })}`,
  `/api/trpc/services.get?input=${input({ istat: '019001', slug: 'segreto' })}`,
  `/api/trpc/consortia.list,comuni.overview?batch=1&input=${input({ 1: { istat: '999999' } })}`,
  `/api/trpc/comuni.overview,comuni.overview?batch=1&input=${input({ 0: { istat: '999998' }, 1: { istat: '999999' } })}`,
];

/** An answer's JSON without the stack traces development mode adds to errors (each path has its own frames). */
function withoutStacks(body: string): unknown {
  return JSON.parse(body, (key, value: unknown) => (key === 'stack' ? undefined : value));
}

/** Headers that frame an answer on its connection rather than say anything about it. */
const FRAMING = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

function headersOf(answer: Response): Record<string, string> {
  return Object.fromEntries([...answer.headers].filter(([name]) => !FRAMING.has(name)));
}

describe('the public reads answered before Express', () => {
  let world: ReturnType<typeof createTestWorld>;
  let fast: Listening;
  let viaAdapter: Listening;

  beforeAll(async () => {
    world = createTestWorld();
    fast = await listen({ db: world.db, today: () => TEST_TODAY });
    viaAdapter = await listen({ db: world.db, today: () => TEST_TODAY, fastPublicReads: false });
  });
  afterAll(() => {
    fast.close();
    viaAdapter.close();
  });

  /** How many statements the database runs while `path` is answered, with the answer. */
  async function countStatements(at: string, path: string) {
    // Every statement better-sqlite3 runs, prepared once or each time, goes through its prototype.
    const statement = Object.getPrototypeOf(world.db.$client.prepare('SELECT 1')) as Record<string, unknown>;
    const spies = (['get', 'all', 'run', 'iterate', 'raw'] as const).map((method) =>
      vi.spyOn(statement as Record<typeof method, (...args: unknown[]) => unknown>, method),
    );
    try {
      const answer = await fetch(`${at}${path}`, { headers: { 'accept-encoding': 'identity' } });
      const body = await answer.text();
      const runs = spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0);
      return { status: answer.status, body, runs };
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  }

  it('answers with the bytes and headers of the tRPC adapter, refusals included', async () => {
    const paths = [
      overview,
      `/api/trpc/comuni.list?input=${input({ search: 'a' })}`,
      `/api/trpc/services.get,milestones.roadmap,consortia.list?batch=1&input=${input({ 0: { istat: '019001', slug: 'mensa' }, 1: { istat: '019001' } })}`,
      `/api/trpc/comuni.overview?input=${input({ istat: 'abc' })}`,
      '/api/trpc/comuni.overview?input=%7Bnot-json',
      ...FAILING,
    ];
    for (const path of paths) {
      // A script's, brotli's, gzip's alone, and a browser's (Chromium's) Accept-Encoding.
      for (const encoding of ['identity', 'br', 'gzip', 'gzip, deflate, br, zstd']) {
        const init = { headers: { 'accept-encoding': encoding } };
        const [here, full] = await Promise.all([
          fetch(`${fast.base}${path}`, init),
          fetch(`${viaAdapter.base}${path}`, init),
        ]);
        expect(here.status, path).toBe(full.status);
        expect(headersOf(here), `${path} ${encoding}`).toEqual(headersOf(full));
        // fetch() undoes the compression: what is compared is the JSON each sent.
        const [mine, theirs] = await Promise.all([here.text(), full.text()]);
        if (full.status === 200) expect(mine, path).toBe(theirs);
        else expect(withoutStacks(mine), path).toEqual(withoutStacks(theirs));
      }
    }
  });

  it('runs a failed read once and answers its error as the adapter does', async () => {
    for (const path of FAILING) {
      const once = await countStatements(viaAdapter.base, path);
      const here = await countStatements(fast.base, path);
      // Run once, the read costs no more than through the adapter (less where the shortcut's one
      // context already knows the operator); run again by the adapter, it would cost both.
      expect(here.runs, path).toBeGreaterThan(0);
      expect(here.runs, path).toBeLessThanOrEqual(once.runs);
      expect(here.status, path).toBe(once.status);
      expect(here.status, path).not.toBe(200);
      expect(withoutStacks(here.body), path).toEqual(withoutStacks(once.body));
    }
  });
});
