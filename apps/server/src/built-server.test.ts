import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnBuiltServer } from './spawn-server.testing';

const serverDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(serverDir, 'dist', 'main.js');

/** Starts `node dist/main.js` (what `pnpm start` runs) on a free port with a fresh database. */
async function startBuiltServer(args: string[] = [], extraEnv: Record<string, string> = {}) {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'switchoff-db-')), 'switchoff.db');
  const { SWITCHOFF_DEMO_ACCOUNTS: _ignored, ...env } = process.env;
  const server = await spawnBuiltServer({
    entry,
    cwd: serverDir,
    env: { ...env, SWITCHOFF_DB: dbPath, ...extraEnv },
    args,
  });
  return { ...server, base: `http://localhost:${server.port}` };
}

describe('the built server', () => {
  let server: Awaited<ReturnType<typeof startBuiltServer>>;

  beforeAll(async () => {
    if (!existsSync(entry)) throw new Error(`Build the server first: ${entry} is missing`);
    server = await startBuiltServer();
  }, 60_000);
  afterAll(() => {
    server?.child.kill('SIGTERM');
  });

  it('migrates and seeds a new database, then answers /healthz', async () => {
    const res = await fetch(`${server.base}/healthz`);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('serves the built SPA at a deep address', async () => {
    const res = await fetch(`${server.base}/comuni/019081`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<div id="root">');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect((await fetch(`${server.base}${script}`)).status).toBe(200);
  });

  it('answers a procedure over HTTP with the demo comune', async () => {
    const input = encodeURIComponent(JSON.stringify({ istat: '019081' }));
    const res = await fetch(`${server.base}/api/trpc/comuni.overview?input=${input}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { data: { comune: { name: string }; datasets: unknown[] } } };
    expect(body.result.data.comune.name).toBe('Ripalta Cremasca');
    expect(body.result.data.datasets).toHaveLength(11);
  });

  it('runs in production mode: no stack, no file path in an error, whatever NODE_ENV the test runner set', async () => {
    const unknown = encodeURIComponent(JSON.stringify({ istat: '999999' }));
    const bad = encodeURIComponent(JSON.stringify({ query: 42 }));
    for (const [path, status] of [
      [`/api/trpc/comuni.overview?input=${unknown}`, 404],
      [`/api/trpc/italy.search?input=${bad}`, 400],
    ] as const) {
      const res = await fetch(`${server.base}${path}`);
      expect(res.status, path).toBe(status);
      const text = await res.text();
      const body = JSON.parse(text) as { error: { data: Record<string, unknown> } };
      expect(body.error.data, path).not.toHaveProperty('stack');
      expect(text, path).not.toContain(serverDir);
      expect(text, path).not.toMatch(/\bat \S+ \(/);
    }
  });

  it('answers a missing asset with a clean 404 page and a path out of the assets with a clean 403', async () => {
    const repository = join(serverDir, '..', '..');
    for (const [path, status, title] of [
      ['/assets/nonexistent.js', 404, 'Pagina non trovata'],
      ['/assets/..%2f..%2fpackage.json', 403, 'Accesso negato'],
    ] as const) {
      const res = await fetch(`${server.base}${path}`);
      expect(res.status, path).toBe(status);
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
      const html = await res.text();
      expect(html, path).toContain(`<h1>${title}</h1>`);
      expect(html, path).not.toContain(repository);
      expect(html, path).not.toMatch(/Error|\bat \S+ \(|node_modules/);
    }
  });
});

function demoLogin(base: string) {
  return fetch(`${base}/api/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'sindaco@ripaltacremasca.demo', password: 'switchoff-demo' }),
  });
}

describe('the built server with --demo', () => {
  let server: Awaited<ReturnType<typeof startBuiltServer>>;

  beforeAll(async () => {
    if (!existsSync(entry)) throw new Error(`Build the server first: ${entry} is missing`);
    server = await startBuiltServer(['--demo']);
  }, 60_000);
  afterAll(() => {
    server?.child.kill('SIGTERM');
  });

  it('prints the demo accounts and lets them log in', async () => {
    expect(server.output()).toContain('sindaco@ripaltacremasca.demo');
    expect(server.output()).toContain('switchoff-demo');
    const res = await demoLogin(server.base);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { data: { role: string; comuni: { istat: string }[] } } };
    expect(body.result.data).toMatchObject({ role: 'council', comuni: [{ istat: '019081' }] });
  });
});

describe('the built server without --demo', () => {
  it('has no demo account and says nothing of them', async () => {
    const server = await startBuiltServer();
    try {
      expect(server.output()).not.toContain('switchoff-demo');
      expect((await demoLogin(server.base)).status).toBe(401);
    } finally {
      server.child.kill('SIGTERM');
    }
  }, 60_000);
});

describe('the built server with several workers', () => {
  it('seeds once, serves from every worker, and stops them all on SIGTERM', async () => {
    const server = await startBuiltServer([], { SWITCHOFF_WORKERS: '2' });
    expect(server.output()).toContain('2 workers');
    expect(server.output().match(/Demo data loaded/g)).toHaveLength(1);
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => fetch(`${server.base}/healthz`).then((r) => r.status)),
    );
    expect(answers).toEqual(Array.from({ length: 8 }, () => 200));
    const pid = server.child.pid ?? 0;
    const workers = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    expect(workers).toHaveLength(2);
    const exited = new Promise((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGTERM');
    await exited;
    for (const worker of workers) expect(existsSync(`/proc/${worker}`), `worker ${worker} still running`).toBe(false);
  }, 60_000);
});
