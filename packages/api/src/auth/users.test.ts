import { type Db, schema } from '@switchoff/db';
import { describe, expect, it } from 'vitest';
import { createTestWorld } from '../testing';
import { listUsers } from './user-listing';
import { AccountError, createUser, disableUser, enableUser, type NewUser, setUserPassword } from './users';

const cli = { userId: null, name: 'cli' };
/** The test world holds accounts of its own: look only at the ones these tests make. */
const mine = (db: Db) =>
  listUsers(db).filter((u) => ['nuovo@test.it', 'sindaca@alfa.it', 'altro@test.it'].includes(u.email));
const base: NewUser = {
  email: 'nuovo@test.it',
  role: 'editor',
  consortium: 'consorzio-test',
  password: 'una-password-lunga',
  actor: cli,
};

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AccountError)) throw new Error(`expected an AccountError, got ${String(error)}`);
  return error.message;
}

describe('createUser', { timeout: 30_000 }, () => {
  it('creates an account with its comuni and an audit row, without the password or its hash', async () => {
    const { db } = createTestWorld();
    const created = await createUser(db, {
      ...base,
      email: ' Sindaca@Alfa.IT ',
      name: 'Sindaca',
      role: 'council',
      comuni: ['019001', '019002'],
    });
    expect(created.email).toBe('sindaca@alfa.it');
    expect(mine(db)).toEqual([
      expect.objectContaining({
        email: 'sindaca@alfa.it',
        name: 'Sindaca',
        role: 'council',
        consortium: 'consorzio-test',
        comuni: ['019001', '019002'],
        disabledAt: null,
      }),
    ]);
    expect(JSON.stringify(listUsers(db))).not.toContain('scrypt');
    expect(Object.keys(listUsers(db)[0] ?? {})).not.toContain('passwordHash');
    const audit = db
      .select()
      .from(schema.auditLog)
      .all()
      .filter((a) => a.entity === 'users' && a.entityId === created.id);
    expect(audit).toEqual([
      expect.objectContaining({
        actor: 'cli',
        action: 'create',
        entityId: created.id,
        before: null,
        after: expect.objectContaining({ email: 'sindaca@alfa.it', comuni: ['019001', '019002'] }),
      }),
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/una-password-lunga|scrypt/);
  });

  it('names the person after the email when no name is given', async () => {
    const { db } = createTestWorld();
    await createUser(db, base);
    expect(mine(db)[0]?.name).toBe('nuovo');
  });

  it('refuses bad requests with a clear message and writes nothing', async () => {
    const { db } = createTestWorld();
    await createUser(db, base);
    const cases: [Partial<NewUser>, RegExp][] = [
      [{ role: 'mayor' }, /Unknown role "mayor"/],
      [{ consortium: 'nessuno' }, /Unknown consortium "nessuno" \(known consortia: altro-consorzio, consorzio-test\)/],
      [{ role: 'council' }, /at least one comune/],
      [{ role: 'council', comuni: ['999999'] }, /no comune has ISTAT code "999999"/],
      [{ role: 'council', comuni: ['098001'] }, /098001 does not belong to the consortium "consorzio-test"/],
      [{ role: 'admin', comuni: ['019001'] }, /Only council members belong to comuni/],
      [{ email: 'NUOVO@test.it ' }, /already exists/],
      [{ email: 'not-an-email' }, /is not an email address/],
      [{ password: 'short' }, /at least 12 characters/],
    ];
    for (const [change, message] of cases) {
      expect(await refusal(createUser(db, { ...base, email: 'altro@test.it', ...change }))).toMatch(message);
    }
    expect(mine(db)).toHaveLength(1);
  });
});

describe('disable, enable and new password', { timeout: 30_000 }, () => {
  it('record each change in the audit log', async () => {
    const { db } = createTestWorld();
    const { id } = await createUser(db, base);
    const now = new Date('2024-07-15T08:00:00.000Z');
    expect(disableUser(db, { email: 'nuovo@test.it', actor: cli, now })).toBe(true);
    expect(disableUser(db, { email: 'nuovo@test.it', actor: cli, now })).toBe(false);
    expect(mine(db)[0]?.disabledAt).toBe(now.toISOString());
    expect(enableUser(db, { email: 'nuovo@test.it', actor: cli })).toBe(true);
    await setUserPassword(db, { email: 'nuovo@test.it', password: 'un-altra-password', actor: cli });
    const actions = db
      .select()
      .from(schema.auditLog)
      .all()
      .filter((a) => a.entity === 'users' && a.entityId === id)
      .map((a) => a.action);
    expect(actions).toEqual(['create', 'disable', 'enable', 'set_password']);
    expect(() => disableUser(db, { email: 'nessuno@test.it', actor: cli, now })).toThrow(
      /No account has email nessuno@test.it/,
    );
  });
});
