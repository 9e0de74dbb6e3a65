import { type IncomingHttpHeaders, request } from 'node:http';
import { createTestWorld, recordLoginFailure, TEST_TODAY } from '@switchoff/api/testing';
import { type Db, schema } from '@switchoff/db';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { addEditor, baseUrlOf, EDITOR_PASSWORD } from './http.testing';
import { SESSION_COOKIE } from './session-cookie';

const JSON_TYPE = { 'content-type': 'application/json' };
const servers: { close: () => void }[] = [];

/** A fresh world and server on a free port, over real HTTP. */
async function start(options: { trustProxy?: boolean | number | string; now?: () => Date } = {}) {
  const { db } = createTestWorld();
  await addEditor(db);
  const server = createApp({ db, today: () => TEST_TODAY, ...options }).listen(0);
  servers.push(server);
  const base = await baseUrlOf(server);
  return { db, base };
}
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

function post(base: string, procedure: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/trpc/${procedure}`, {
    method: 'POST',
    headers: { ...JSON_TYPE, ...headers },
    body: JSON.stringify(body),
  });
}

function login(
  base: string,
  email = 'editor@test.it',
  password = EDITOR_PASSWORD,
  headers: Record<string, string> = {},
) {
  return post(base, 'auth.login', { email, password }, headers);
}

/**
 * Logins sent from a given local address (127.0.0.1, 127.0.0.2: both loopback), one call or a
 * tRPC batch of several; the status and headers of the answer.
 */
function loginFrom(base: string, localAddress: string, calls: { email: string; password: string }[]) {
  const batch = calls.length > 1;
  const path = batch ? `/api/trpc/${calls.map(() => 'auth.login').join(',')}?batch=1` : '/api/trpc/auth.login';
  const body = JSON.stringify(batch ? Object.fromEntries(calls.map((c, i) => [i, c])) : calls[0]);
  return new Promise<{ status: number; headers: IncomingHttpHeaders }>((resolve, reject) => {
    const req = request(`${base}${path}`, { method: 'POST', headers: JSON_TYPE, localAddress }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The session cookie of a response, as "name=value" for the next request's Cookie header. */
function cookieOf(res: Response): string {
  const header = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`)) ?? '';
  return header.split(';')[0] ?? '';
}

async function me(base: string, cookie: string) {
  const res = await fetch(`${base}/api/trpc/auth.me`, { headers: { cookie } });
  return { res, body: ((await res.json()) as { result: { data: { email: string } | null } }).result.data };
}

const sessionCount = (db: Db) => db.select().from(schema.sessions).all().length;

describe('login over HTTP', () => {
  it('sets an httpOnly, SameSite=Lax session cookie for the whole site, lasting as long as the session', async () => {
    const fixed = new Date('2024-07-15T08:00:00.000Z');
    const { base } = await start({ now: () => fixed });
    const res = await login(base, '  Editor@Test.IT ');
    expect(res.status).toBe(200);
    const body = JSON.stringify(await res.json());
    expect(body).toContain('"email":"editor@test.it"');
    expect(body).not.toContain(EDITOR_PASSWORD);
    const [cookie] = res.headers.getSetCookie();
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43};`));
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).toContain('Max-Age=43200');
    expect(cookie).not.toContain('Secure'); // plain HTTP, no trusted proxy
  });

  it('marks the cookie Secure behind a trusted HTTPS proxy, and only then', async () => {
    const trusted = await start({ trustProxy: 1 });
    const viaProxy = await login(trusted.base, undefined, undefined, { 'x-forwarded-proto': 'https' });
    expect(viaProxy.headers.getSetCookie()[0]).toContain('Secure');
    expect(viaProxy.headers.get('strict-transport-security')).toContain('max-age=');
    const untrusted = await start();
    const spoofed = await login(untrusted.base, undefined, undefined, { 'x-forwarded-proto': 'https' });
    expect(spoofed.headers.getSetCookie()[0]).not.toContain('Secure');
  });

  it('answers me with the user while the cookie is valid, and null after logout', async () => {
    const { db, base } = await start();
    const cookie = cookieOf(await login(base));
    expect((await me(base, cookie)).body?.email).toBe('editor@test.it');
    expect((await me(base, '')).body).toBeNull();

    const out = await post(base, 'auth.logout', null, { cookie });
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie()[0]).toMatch(new RegExp(`^${SESSION_COOKIE}=;.*Max-Age=0`));
    expect(sessionCount(db)).toBe(0);
    expect((await me(base, cookie)).body).toBeNull();
  });

  it('refuses an expired session, deletes it and tells the browser to drop the cookie', async () => {
    const { db, base } = await start();
    const cookie = cookieOf(await login(base));
    db.update(schema.sessions).set({ expiresAt: '2000-01-01T00:00:00.000Z' }).run();
    const { res, body } = await me(base, cookie);
    expect(body).toBeNull();
    expect(res.headers.getSetCookie()[0]).toContain('Max-Age=0');
    expect(sessionCount(db)).toBe(0);
  });

  it('gives the same 401 for an unknown email and a wrong password', async () => {
    const { base } = await start();
    const unknown = await login(base, 'nessuno@test.it');
    const wrong = await login(base, 'editor@test.it', 'password-sbagliata');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    const message = async (res: Response) => ((await res.json()) as { error: { message: string } }).error.message;
    expect(await message(unknown)).toBe(await message(wrong));
    expect(unknown.headers.getSetCookie()).toEqual([]);
  });

  it('answers 429 with Retry-After once an account has failed 5 times', async () => {
    const { base } = await start();
    for (let i = 0; i < 5; i++) expect((await login(base, 'editor@test.it', `sbagliata-${i}`)).status).toBe(401);
    const locked = await login(base);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await locked.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(
      /^Troppi tentativi di accesso non riusciti\. Riprova tra (un minuto|\d+ minuti)/,
    );
    expect(locked.headers.getSetCookie()).toEqual([]);
  });

  it('lets the right password in from 127.0.0.2 after five wrong ones from 127.0.0.1, singly or in a batch', async () => {
    const { base } = await start();
    for (let i = 0; i < 5; i++) {
      expect((await loginFrom(base, '127.0.0.1', [{ email: 'editor@test.it', password: `x-${i}` }])).status).toBe(401);
    }
    const waiting = await loginFrom(base, '127.0.0.1', [{ email: 'editor@test.it', password: EDITOR_PASSWORD }]);
    expect(waiting.status).toBe(429);
    expect(Number(waiting.headers['retry-after'])).toBeLessThanOrEqual(30);
    expect((await loginFrom(base, '127.0.0.2', [{ email: 'editor@test.it', password: EDITOR_PASSWORD }])).status).toBe(
      200,
    );

    // The attack: five wrong passwords in one anonymous batch; each call counts on its own.
    const fresh = await start();
    const wrong = Array.from({ length: 5 }, (_, i) => ({ email: 'editor@test.it', password: `y-${i}` }));
    await loginFrom(fresh.base, '127.0.0.1', wrong);
    expect(
      (await loginFrom(fresh.base, '127.0.0.2', [{ email: 'editor@test.it', password: EDITOR_PASSWORD }])).status,
    ).toBe(200);
  });

  it('limits by the client address a trusted proxy reports', async () => {
    const { db, base } = await start({ trustProxy: 'loopback' });
    const from = (address: string) => ({ 'x-forwarded-for': address });
    // 19 earlier failures from that address (each real one costs an scrypt check), then the 20th over HTTP.
    for (let i = 1; i < 20; i++)
      recordLoginFailure(db, { email: `tentativo${i}@test.it`, address: '198.51.100.9', now: new Date() });
    expect((await login(base, 'tentativo0@test.it', 'x', from('198.51.100.9'))).status).toBe(401);
    expect((await login(base, undefined, undefined, from('198.51.100.9'))).status).toBe(429);
    expect((await login(base, undefined, undefined, from('198.51.100.10'))).status).toBe(200);
  });
});

describe('the cross-site guard', () => {
  it('refuses a POST whose Origin is another site, and changes nothing', async () => {
    const { db, base } = await start();
    const refused = await login(base, undefined, undefined, { origin: 'https://evil.example' });
    expect(refused.status).toBe(403);
    expect(refused.headers.getSetCookie()).toEqual([]);
    expect(sessionCount(db)).toBe(0);
    expect(db.select().from(schema.loginFailures).all()).toHaveLength(0);

    const cookie = cookieOf(await login(base));
    const logout = await post(base, 'auth.logout', null, { cookie, origin: 'http://evil.example' });
    expect(logout.status).toBe(403);
    expect((await me(base, cookie)).body?.email).toBe('editor@test.it');
  });

  it('refuses a POST a browser marks as cross-site or same-site', async () => {
    const { db, base } = await start();
    for (const site of ['cross-site', 'same-site']) {
      expect((await login(base, undefined, undefined, { 'sec-fetch-site': site })).status).toBe(403);
    }
    expect(sessionCount(db)).toBe(0);
  });

  it('lets the SPA’s own requests through', async () => {
    const { base } = await start();
    const host = new URL(base).host;
    const res = await login(base, undefined, undefined, { origin: `http://${host}`, 'sec-fetch-site': 'same-origin' });
    expect(res.status).toBe(200);
  });

  it('refuses a POST that is not JSON', async () => {
    const { db, base } = await start();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await fetch(`${base}/api/trpc/auth.login`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: JSON.stringify({ email: 'editor@test.it', password: EDITOR_PASSWORD }),
      });
      expect(res.status).toBe(415);
    }
    const none = await fetch(`${base}/api/trpc/auth.logout`, { method: 'POST' });
    expect(none.status).toBe(415);
    expect(sessionCount(db)).toBe(0);
  });
});

describe('security headers', () => {
  it('sends a Content-Security-Policy and keeps API answers out of caches', async () => {
    const { base } = await start();
    const res = await fetch(`${base}/api/trpc/auth.me`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
