import { type Db, schema } from '@switchoff/db';
import type { Role } from '@switchoff/db/schema';
import { CONSORTIUM, RIPALTA_ISTAT } from '@switchoff/db/seed/demo';
import { eq } from 'drizzle-orm';
import { verifyPassword } from './password';
import { createUser, disableUser, enableUser, setUserPassword } from './users';

/** The one password of every demo account: public on purpose, so demo mode only. */
export const DEMO_PASSWORD = 'switchoff-demo';

type DemoAccount = { email: string; name: string; role: Role; comuni?: string[]; what: string };

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@consorzioit.demo', name: 'Amministratrice demo', role: 'admin', what: 'admin of Consorzio.IT' },
  { email: 'editor@consorzioit.demo', name: 'Redattore demo', role: 'editor', what: 'editor of Consorzio.IT' },
  {
    email: 'sindaco@ripaltacremasca.demo',
    name: 'Sindaco demo di Ripalta Cremasca',
    role: 'council',
    comuni: [RIPALTA_ISTAT],
    what: 'council, Ripalta Cremasca (019081)',
  },
  {
    email: 'consigliera@crema.demo',
    name: 'Consigliera demo di Crema',
    role: 'council',
    comuni: ['019035'],
    what: 'council, Crema (019035)',
  },
];

const actor = { userId: null, name: 'demo' };

function findUser(db: Db, email: string) {
  return db
    .select({ passwordHash: schema.users.passwordHash, disabledAt: schema.users.disabledAt })
    .from(schema.users)
    .where(eq(schema.users.email, email))
    .get();
}

/**
 * Creates the demo accounts, or enables them again with the demo password. Needs the demo
 * consortium; returns false (creating nothing) when the database does not hold it.
 */
export async function enableDemoAccounts(db: Db): Promise<boolean> {
  const consortium = db.select().from(schema.consortia).where(eq(schema.consortia.slug, CONSORTIUM.slug)).get();
  if (!consortium) return false;
  for (const account of DEMO_ACCOUNTS) {
    const existing = findUser(db, account.email);
    if (!existing) {
      await createUser(db, { ...account, consortium: CONSORTIUM.slug, password: DEMO_PASSWORD, actor });
      continue;
    }
    if (existing.disabledAt !== null) enableUser(db, { email: account.email, actor });
    if (!(await verifyPassword(DEMO_PASSWORD, existing.passwordHash))) {
      await setUserPassword(db, { email: account.email, password: DEMO_PASSWORD, actor });
    }
  }
  return true;
}

/** Outside demo mode the demo accounts (whose password is public) cannot log in; returns those disabled now. */
export function disableDemoAccounts(db: Db, now: Date): string[] {
  return DEMO_ACCOUNTS.filter((account) => {
    const existing = findUser(db, account.email);
    return (
      existing !== undefined && existing.disabledAt === null && disableUser(db, { email: account.email, actor, now })
    );
  }).map((account) => account.email);
}

/** The lines main prints in demo mode. */
export function describeDemoAccounts(): string[] {
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
  return [
    `Demo accounts (password "${DEMO_PASSWORD}" for all of them, demo mode only):`,
    ...DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(width)}  ${a.what}`),
  ];
}
