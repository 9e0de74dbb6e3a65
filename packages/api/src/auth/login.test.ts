import { type Db, schema } from '@switchoff/db';
import { TRPCError } from '@trpc/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createContextInner, type SessionTransport } from '../context';
import { createCaller } from '../root';
import { createTestWorld } from '../testing';
import { logIn } from './login';

const LOGIN_REFUSED = 'Email o password non corretti';

import * as password from './password';
import {
  addressKey,
  FIRST_DELAY_MS,
  FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS,
  FREE_FAILURES_PER_ADDRESS,
  LOGIN_WINDOW_MS,
  recordLoginFailure,
} from './rate-limit';
import { loadSessionUser } from './sessions';
import { createUser } from './users';

vi.mock('./password', async (importOriginal) => {
  const original = await importOriginal<typeof import('./password')>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});

const T0 = new Date('2024-07-15T08:00:00.000Z');
/** Each login checks an scrypt hash on purpose; with every package testing at once that takes a while. */
const SLOW = { timeout: 30_000 };
const PASSWORD = 'la-password-giusta-42';
const cli = { userId: null, name: 'cli' };

async function worldWithEditor(): Promise<Db> {
  const { db } = createTestWorld();
  await createUser(db, {
    email: 'Editor@Test.it',
    name: 'Eva Editor',
    role: 'editor',
    consortium: 'consorzio-test',
    password: PASSWORD,
    actor: cli,
  });
  return db;
}

/** A transport that remembers what the procedures asked of it. */
function fakeTransport(address = '203.0.113.7', token: string | null = null) {
  const calls: { set: { token: string; expiresAt: Date }[]; cleared: number } = { set: [], cleared: 0 };
  const transport: SessionTransport = {
    clientAddress: address,
    token,
    setSessionToken: (t, expiresAt) => calls.set.push({ token: t, expiresAt }),
    clearSessionToken: () => {
      calls.cleared += 1;
    },
  };
  return { transport, calls };
}

async function refusal(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

const attempt = (email: string, pass: string, extra: { address?: string; now?: Date } = {}) => ({
  email,
  password: pass,
  address: extra.address ?? '203.0.113.7',
  now: extra.now ?? T0,
});

describe('auth procedures', SLOW, () => {
  let db: Db;
  beforeEach(async () => {
    db = await worldWithEditor();
  });

  it('logs in with a normalised email, sets the session token and returns the public user', async () => {
    const { transport, calls } = fakeTransport();
    const caller = createCaller(createContextInner({ db, session: transport }));
    const user = await caller.auth.login({ email: '  EDITOR@test.IT ', password: PASSWORD });
    expect(user).toEqual({
      name: 'Eva Editor',
      email: 'editor@test.it',
      role: 'editor',
      consortium: { slug: 'consorzio-test', name: 'Consorzio Test' },
      comuni: [],
    });
    expect(calls.set).toHaveLength(1);
    const token = calls.set[0]?.token ?? '';
    const sessionUser = loadSessionUser(db, token, new Date());
    expect(sessionUser?.email).toBe('editor@test.it');

    const me = await createCaller(createContextInner({ db, user: sessionUser })).auth.me();
    expect(me).toEqual(user);
    expect(await createCaller(createContextInner({ db })).auth.me()).toBeNull();
  });

  it('returns a council member’s comuni by ISTAT code', async () => {
    await createUser(db, {
      email: 'sindaco@alfa.it',
      name: 'Sindaco',
      role: 'council',
      consortium: 'consorzio-test',
      comuni: ['019001'],
      password: PASSWORD,
      actor: cli,
    });
    const caller = createCaller(createContextInner({ db, session: fakeTransport().transport }));
    const user = await caller.auth.login({ email: 'sindaco@alfa.it', password: PASSWORD });
    expect(user.comuni).toEqual([{ istat: '019001', name: 'Alfa' }]);
  });

  it('logout deletes the session and clears the cookie; a new login replaces the old session', async () => {
    const first = fakeTransport();
    await createCaller(createContextInner({ db, session: first.transport })).auth.login({
      email: 'editor@test.it',
      password: PASSWORD,
    });
    const oldToken = first.calls.set[0]?.token ?? '';
    const second = fakeTransport('203.0.113.7', oldToken);
    await createCaller(createContextInner({ db, session: second.transport })).auth.login({
      email: 'editor@test.it',
      password: PASSWORD,
    });
    expect(loadSessionUser(db, oldToken, new Date())).toBeNull();
    const token = second.calls.set[0]?.token ?? '';
    const user = loadSessionUser(db, token, new Date());
    expect(user).not.toBeNull();

    const out = fakeTransport('203.0.113.7', token);
    expect(await createCaller(createContextInner({ db, user, session: out.transport })).auth.logout()).toBeNull();
    expect(out.calls.cleared).toBe(1);
    expect(loadSessionUser(db, token, new Date())).toBeNull();
    expect(db.select().from(schema.sessions).all()).toHaveLength(0);
  });

  it('bounds the input: email at most 254 characters, password at most 1024', async () => {
    const caller = createCaller(createContextInner({ db }));
    const longEmail = await refusal(caller.auth.login({ email: `${'a'.repeat(250)}@b.it`, password: PASSWORD }));
    expect(longEmail.code).toBe('BAD_REQUEST');
    const secret = `segreto-${'x'.repeat(1020)}`;
    const longPassword = await refusal(caller.auth.login({ email: 'editor@test.it', password: secret }));
    expect(longPassword.code).toBe('BAD_REQUEST');
    expect(JSON.stringify({ message: longPassword.message, cause: String(longPassword.cause) })).not.toContain(
      'segreto',
    );
  });
});

describe('logIn', SLOW, () => {
  let db: Db;
  beforeEach(async () => {
    db = await worldWithEditor();
    vi.mocked(password.verifyPassword).mockClear();
  });

  it('answers an unknown email and a wrong password alike, after checking a hash either way', async () => {
    const unknown = await refusal(logIn(db, attempt('nobody@test.it', PASSWORD)));
    const wrong = await refusal(logIn(db, attempt('editor@test.it', 'not-the-password')));
    expect(unknown.code).toBe('UNAUTHORIZED');
    expect(wrong.code).toBe('UNAUTHORIZED');
    expect(unknown.message).toBe(LOGIN_REFUSED);
    expect(wrong.message).toBe(LOGIN_REFUSED);
    // Same work for both: one scrypt verification each, the unknown email against a hash of the
    // same cost, so the answer takes as long.
    const calls = vi.mocked(password.verifyPassword).mock.calls;
    expect(calls).toHaveLength(2);
    const costOf = (hash: string) => hash.split('$').slice(0, 4).join('$');
    expect(costOf(calls[0]?.[1] ?? '')).toBe(costOf(calls[1]?.[1] ?? ''));
  });

  it('refuses a disabled account with the same message, even with the right password', async () => {
    db.update(schema.users).set({ disabledAt: T0.toISOString() }).run();
    const error = await refusal(logIn(db, attempt('editor@test.it', PASSWORD)));
    expect(error.code).toBe('UNAUTHORIZED');
    expect(error.message).toBe(LOGIN_REFUSED);
  });

  it(`slows an account down after ${FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS} failures from one address, there only, more with each failure`, async () => {
    const at = (ms: number) => new Date(T0.getTime() + ms);
    for (let i = 0; i < FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
      const error = await refusal(logIn(db, attempt('editor@test.it', `wrong-${i}`)));
      expect(error.code).toBe('UNAUTHORIZED');
    }
    const waiting = await refusal(logIn(db, attempt('EDITOR@test.it', PASSWORD, { now: at(10_000) })));
    expect(waiting.code).toBe('TOO_MANY_REQUESTS');
    expect(waiting.message).toMatch(/Riprova tra un minuto \(alle \d\d:\d\d\)/);
    // The owner, from anywhere else, is not held back.
    await expect(
      logIn(db, attempt('editor@test.it', PASSWORD, { address: '192.0.2.1', now: at(10_000) })),
    ).resolves.toBeDefined();
    // From the same address: tried again after 30 s; another failure doubles the wait, and so on.
    expect((await refusal(logIn(db, attempt('editor@test.it', 'wrong-5', { now: at(FIRST_DELAY_MS) })))).code).toBe(
      'UNAUTHORIZED',
    );
    const doubled = await refusal(logIn(db, attempt('editor@test.it', PASSWORD, { now: at(FIRST_DELAY_MS * 2.5) })));
    expect(doubled.code).toBe('TOO_MANY_REQUESTS');
    await expect(
      logIn(db, attempt('editor@test.it', PASSWORD, { now: at(FIRST_DELAY_MS * 3 + 1) })),
    ).resolves.toBeDefined();
    // A success there starts afresh there.
    expect(
      db
        .select()
        .from(schema.loginFailures)
        .all()
        .filter((f) => f.address === '203.0.113.7'),
    ).toHaveLength(0);
  });

  it('never locks an account: failures from many addresses hold nobody back', async () => {
    for (let i = 0; i <= FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
      const error = await refusal(logIn(db, attempt('editor@test.it', `wrong-${i}`, { address: `198.51.100.${i}` })));
      expect(error.code).toBe('UNAUTHORIZED');
    }
    await expect(logIn(db, attempt('editor@test.it', PASSWORD, { address: '192.0.2.1' }))).resolves.toBeDefined();
  });

  it(`slows an address down after ${FREE_FAILURES_PER_ADDRESS} failures in 15 minutes, whatever the accounts`, async () => {
    // The first failures straight into the table (each real one costs an scrypt check), the last through logIn.
    for (let i = 1; i < FREE_FAILURES_PER_ADDRESS; i++) {
      recordLoginFailure(db, { email: `guess${i}@test.it`, address: addressKey('2001:db8:1:2::1'), now: T0 });
    }
    const last = await refusal(logIn(db, attempt('guess0@test.it', 'wrong', { address: '2001:db8:1:2::1' })));
    expect(last.code).toBe('UNAUTHORIZED');
    // Another address of the same /64 is the same place.
    const blocked = await refusal(logIn(db, attempt('editor@test.it', PASSWORD, { address: '2001:db8:1:2:ffff::9' })));
    expect(blocked.code).toBe('TOO_MANY_REQUESTS');
    expect(blocked.message).toContain('Riprova tra un minuto');
    await expect(logIn(db, attempt('editor@test.it', PASSWORD, { address: '2001:db8:1:3::1' }))).resolves.toBeDefined();
    const later = new Date(T0.getTime() + FIRST_DELAY_MS + 1);
    await expect(
      logIn(db, attempt('editor@test.it', PASSWORD, { address: '2001:db8:1:2::1', now: later })),
    ).resolves.toBeDefined();
    expect(LOGIN_WINDOW_MS).toBe(15 * 60 * 1000);
  });

  it('never puts the password in an answer, an error, a log line or the database', async () => {
    const secret = 'Segreto-Unico-7781';
    await createUser(db, {
      email: 'segreto@test.it',
      role: 'admin',
      consortium: 'consorzio-test',
      password: secret,
      actor: cli,
    });
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level));
    const outputs: unknown[] = [];
    outputs.push(await logIn(db, attempt('segreto@test.it', secret)));
    outputs.push(await refusal(logIn(db, attempt('segreto@test.it', `${secret}x`))));
    outputs.push(await refusal(logIn(db, attempt('nessuno@test.it', secret))));
    const caller = createCaller(createContextInner({ db, session: fakeTransport().transport }));
    outputs.push(await caller.auth.login({ email: 'segreto@test.it', password: secret }));
    const text = JSON.stringify(outputs, (_k, v: unknown) =>
      v instanceof Error ? { message: v.message, stack: v.stack, cause: String(v.cause) } : v,
    );
    const logged = JSON.stringify(spies.map((s) => s.mock.calls));
    const dump = JSON.stringify([
      db.select().from(schema.users).all(),
      db.select().from(schema.auditLog).all(),
      db.select().from(schema.loginFailures).all(),
      db.select().from(schema.sessions).all(),
    ]);
    for (const haystack of [text, logged, dump]) expect(haystack).not.toContain(secret);
    const hash =
      db
        .select()
        .from(schema.users)
        .all()
        .find((u) => u.email === 'segreto@test.it')?.passwordHash ?? '';
    expect(hash).toMatch(/^scrypt\$/);
    expect(text + logged).not.toContain(hash.split('$')[5] ?? 'missing');
    expect(JSON.stringify(db.select().from(schema.auditLog).all())).not.toContain(hash);
    for (const spy of spies) spy.mockRestore();
  });
});

describe('addressKey', () => {
  it('keeps IPv4, unwraps IPv4-mapped IPv6 and groups IPv6 by /64', () => {
    expect(addressKey('192.0.2.10')).toBe('192.0.2.10');
    expect(addressKey('::ffff:192.0.2.10')).toBe('192.0.2.10');
    expect(addressKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('')).toBe('unknown');
  });
});
