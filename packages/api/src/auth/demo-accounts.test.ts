import { createDb, schema } from '@switchoff/db';
import { describe, expect, it } from 'vitest';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  describeDemoAccounts,
  disableDemoAccounts,
  enableDemoAccounts,
} from './demo-accounts';
import { logIn } from './login';
import { listUsers } from './user-listing';

function demoWorld() {
  const db = createDb(':memory:');
  const consortiumId = db
    .insert(schema.consortia)
    .values({ slug: 'consorzio-it', name: 'Consorzio.IT', ipaCode: 'consorzioit', city: 'Crema' })
    .returning()
    .get().id;
  for (const [istatCode, name] of [
    ['019081', 'Ripalta Cremasca'],
    ['019035', 'Crema'],
  ] as const) {
    db.insert(schema.comuni)
      .values({
        istatCode,
        name,
        provinceCode: 'CR',
        region: 'Lombardia',
        population: 1,
        consortiumId,
        ipaCode: `c_${istatCode}`,
      })
      .run();
  }
  return db;
}

let clock = 0;
const login = (db: ReturnType<typeof createDb>, email: string, password = DEMO_PASSWORD) =>
  // A different address each time, so the refusals below do not add up to a rate limit.
  logIn(db, { email, password, address: `192.0.2.${++clock}`, now: new Date() });

describe('demo accounts', { timeout: 30_000 }, () => {
  it('are created only when asked, with the documented password and roles', async () => {
    const db = demoWorld();
    expect(await enableDemoAccounts(db)).toBe(true);
    expect(listUsers(db).map((u) => [u.email, u.role, u.comuni])).toEqual([
      ['admin@consorzioit.demo', 'admin', []],
      ['consigliera@crema.demo', 'council', ['019035']],
      ['editor@consorzioit.demo', 'editor', []],
      ['sindaco@ripaltacremasca.demo', 'council', ['019081']],
    ]);
    for (const account of DEMO_ACCOUNTS) await expect(login(db, account.email)).resolves.toBeDefined();
    expect(describeDemoAccounts().join('\n')).toContain(`password "${DEMO_PASSWORD}"`);
  });

  it('are disabled when the server starts without demo mode, and enabled again with it', async () => {
    const db = demoWorld();
    await enableDemoAccounts(db);
    expect(disableDemoAccounts(db, new Date())).toHaveLength(DEMO_ACCOUNTS.length);
    expect(disableDemoAccounts(db, new Date())).toEqual([]);
    await expect(login(db, 'editor@consorzioit.demo')).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await enableDemoAccounts(db);
    await expect(login(db, 'editor@consorzioit.demo')).resolves.toBeDefined();
  });

  it('get the demo password back if someone changed it', async () => {
    const db = demoWorld();
    await enableDemoAccounts(db);
    db.update(schema.users).set({ passwordHash: 'scrypt$1$1$1$x$y' }).run();
    await enableDemoAccounts(db);
    await expect(login(db, 'admin@consorzioit.demo')).resolves.toBeDefined();
  });

  it('are not created in a database without the demo consortium', async () => {
    const db = createDb(':memory:');
    expect(await enableDemoAccounts(db)).toBe(false);
    expect(listUsers(db)).toEqual([]);
  });
});
