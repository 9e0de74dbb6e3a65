import { request } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { createTestWorld, TEST_TODAY } from '@switchoff/api/testing';
import { MAX_BATCH_CALLS } from '@switchoff/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { type AppOptions, createApp } from './app';

const servers: { close: () => void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** A fresh world and server on a free port, with a clock that stands still (no budget refills). */
async function start(options: Partial<AppOptions> = {}) {
  const { db } = createTestWorld();
  const now = new Date(`${TEST_TODAY}T10:00:00Z`);
  const server = createApp({ db, today: () => TEST_TODAY, now: () => now, ...options }).listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  servers.push(server);
  return { port: (server.address() as AddressInfo).port };
}

type Answer = { status: number; retryAfter: string | undefined; body: string };

/** A GET from a given local address (127.0.0.1 and 127.0.0.2 are both loopback). */
function getFrom(port: number, localAddress: string, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, localAddress }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => {
        const retry = res.headers['retry-after'];
        resolve({ status: res.statusCode ?? 0, retryAfter: Array.isArray(retry) ? retry[0] : retry, body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** One anonymous GET batch of `calls` council reports, as the attacker sends it. */
function councilBatch(calls: number, istat = '019001'): string {
  const paths = Array.from({ length: calls }, () => 'reports.council').join(',');
  const input = Object.fromEntries(Array.from({ length: calls }, (_, i) => [String(i), { istat }]));
  return `/api/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`;
}

type Envelope = { result?: unknown; error?: { data: { code: string; appError: { code: string } } } };

describe('the budget of expensive reads', () => {
  it('counts every call of a batch per address and answers 429 with Retry-After and a code once it is spent', async () => {
    const { port } = await start({ expensiveReads: { capacity: 12, perSecond: 2 } });
    const first = await getFrom(port, '127.0.0.1', councilBatch(10));
    expect(first.status).toBe(200);
    // Two calls left of twelve: the batch answers each call, the rest refused.
    const second = await getFrom(port, '127.0.0.1', councilBatch(10));
    const calls = JSON.parse(second.body) as Envelope[];
    expect(calls.filter((c) => c.result !== undefined)).toHaveLength(2);
    const refused = calls.filter((c) => c.error !== undefined);
    expect(refused).toHaveLength(8);
    expect(refused[0]?.error?.data).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      appError: { code: 'server.tooManyReads' },
    });
    expect(second.retryAfter).toBe('1');

    const third = await getFrom(port, '127.0.0.1', councilBatch(1));
    expect(third.status).toBe(429);
    expect(third.retryAfter).toBe('1');

    // Cheap reads from the same address go on; another address has its own budget.
    const overview = `/api/trpc/comuni.overview?input=${encodeURIComponent(JSON.stringify({ istat: '019001' }))}`;
    expect((await getFrom(port, '127.0.0.1', overview)).status).toBe(200);
    expect((await getFrom(port, '127.0.0.2', councilBatch(10))).status).toBe(200);
  });

  it('leaves a person reading reports and portfolios alone (the default budget)', async () => {
    const { port } = await start();
    for (let i = 0; i < 2; i += 1) expect((await getFrom(port, '127.0.0.1', councilBatch(10))).status).toBe(200);
  });
});

describe('batches', () => {
  it('refuses a batch over the limit with 400 and a code saying the limit, running none of its calls', async () => {
    const { port } = await start({ expensiveReads: { capacity: 12, perSecond: 2 } });
    const over = await getFrom(port, '127.0.0.1', councilBatch(MAX_BATCH_CALLS + 1));
    expect(over.status).toBe(400);
    // One error for the request, not one per call: tRPC refuses it before reading its calls.
    const answer = JSON.parse(over.body) as Envelope;
    expect(answer.error?.data.appError).toEqual({ code: 'server.batchTooLarge', params: { max: MAX_BATCH_CALLS } });
    // Nothing of the budget was spent: a full batch still answers every call.
    expect((await getFrom(port, '127.0.0.1', councilBatch(MAX_BATCH_CALLS))).status).toBe(200);
  });
});

describe('request time limits', () => {
  it('closes a connection whose headers do not arrive in time (408)', async () => {
    const { port } = await start({ requestLimits: { headersTimeoutMs: 300, requestTimeoutMs: 600 } });
    const socket = connect(port, '127.0.0.1');
    const answer = new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString();
      });
      socket.on('close', () => resolve(text));
    });
    // Slowloris: a request line and one header, then nothing.
    socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n');
    expect(await answer).toMatch(/^HTTP\/1\.1 408/);
  });
});
