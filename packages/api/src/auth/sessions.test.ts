import { schema } from '@switchoff/db';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestWorld } from '../testing';
import {
  createSession,
  hashSessionToken,
  loadSessionUser,
  purgeExpiredSessions,
  resolveSession,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
} from './sessions';
import { createUser, disableUser } from './users';

const HOUR = 60 * 60 * 1000;
const T0 = new Date('2024-07-15T08:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const cli = { userId: null, name: 'cli' };

async function world() {
  const { db } = createTestWorld();
  const editor = await createUser(db, {
    email: 'editor@test.it',
    role: 'editor',
    consortium: 'consorzio-test',
    password: 'editor-password-1',
    actor: cli,
  });
  const council = await createUser(db, {
    email: 'sindaco@alfa.it',
    role: 'council',
    consortium: 'consorzio-test',
    comuni: ['019001'],
    password: 'council-password-1',
    actor: cli,
  });
  return { db, editor, council };
}

describe('sessions', { timeout: 30_000 }, () => {
  it('stores only the SHA-256 of a random 32-byte token', async () => {
    const { db, editor } = await world();
    const { token, expiresAt } = createSession(db, { userId: editor.id, now: T0 });
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(expiresAt.getTime() - T0.getTime()).toBe(SESSION_IDLE_MS);
    const rows = db.select().from(schema.sessions).all();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(hashSessionToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(createSession(db, { userId: editor.id, now: T0 }).token).not.toBe(token);
  });

  it('loads the user of a live session, with a council member’s comuni', async () => {
    const { db, editor, council } = await world();
    const staff = loadSessionUser(db, createSession(db, { userId: editor.id, now: T0 }).token, at(HOUR));
    expect(staff).toMatchObject({ id: editor.id, email: 'editor@test.it', role: 'editor', comuneIds: [] });
    expect(staff).not.toHaveProperty('passwordHash');
    const alfa = db.select().from(schema.comuni).where(eq(schema.comuni.istatCode, '019001')).get();
    const mayor = loadSessionUser(db, createSession(db, { userId: council.id, now: T0 }).token, at(HOUR));
    expect(mayor).toMatchObject({ role: 'council', comuneIds: [alfa?.id] });
  });

  it('refuses unknown and malformed tokens', async () => {
    const { db, editor } = await world();
    createSession(db, { userId: editor.id, now: T0 });
    expect(loadSessionUser(db, undefined, T0)).toBeNull();
    expect(loadSessionUser(db, '', T0)).toBeNull();
    expect(loadSessionUser(db, 'not-a-token', T0)).toBeNull();
    expect(loadSessionUser(db, 'A'.repeat(43), T0)).toBeNull();
  });

  it('refuses and deletes an expired session', async () => {
    const { db, editor } = await world();
    const { token } = createSession(db, { userId: editor.id, now: T0 });
    expect(loadSessionUser(db, token, at(SESSION_IDLE_MS))).toBeNull();
    expect(db.select().from(schema.sessions).all()).toHaveLength(0);
  });

  it('slides the expiry while in use, but never past 7 days from the login', async () => {
    const { db, editor } = await world();
    const { token } = createSession(db, { userId: editor.id, now: T0 });
    const early = resolveSession(db, token, at(60 * 1000));
    expect(early?.renewed).toBe(false);
    const later = resolveSession(db, token, at(11 * HOUR));
    expect(later?.renewed).toBe(true);
    expect(later?.expiresAt.toISOString()).toBe(at(11 * HOUR + SESSION_IDLE_MS).toISOString());
    // Still live after the first 12 hours, because it was used.
    expect(loadSessionUser(db, token, at(13 * HOUR))).not.toBeNull();
    let t = 13 * HOUR;
    while (t + 11 * HOUR < SESSION_MAX_MS) {
      t += 11 * HOUR;
      expect(loadSessionUser(db, token, at(t))).not.toBeNull();
    }
    expect(loadSessionUser(db, token, at(SESSION_MAX_MS))).toBeNull();
  });

  it('gives nothing for a disabled user, and disabling ends their sessions', async () => {
    const { db, editor } = await world();
    const { token } = createSession(db, { userId: editor.id, now: T0 });
    db.update(schema.users).set({ disabledAt: T0.toISOString() }).where(eq(schema.users.id, editor.id)).run();
    expect(loadSessionUser(db, token, at(HOUR))).toBeNull();

    const other = await createUser(db, {
      email: 'other@test.it',
      role: 'admin',
      consortium: 'consorzio-test',
      password: 'admin-password-12',
      actor: cli,
    });
    createSession(db, { userId: other.id, now: T0 });
    expect(disableUser(db, { email: 'OTHER@test.it', actor: cli, now: T0 })).toBe(true);
    expect(db.select().from(schema.sessions).where(eq(schema.sessions.userId, other.id)).all()).toHaveLength(0);
  });

  it('purges expired sessions', async () => {
    const { db, editor } = await world();
    createSession(db, { userId: editor.id, now: T0 });
    createSession(db, { userId: editor.id, now: at(10 * HOUR) });
    expect(purgeExpiredSessions(db, at(SESSION_IDLE_MS + HOUR))).toBe(1);
    expect(db.select().from(schema.sessions).all()).toHaveLength(1);
  });
});
