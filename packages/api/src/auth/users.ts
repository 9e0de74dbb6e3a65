import { type Db, schema, type Tx, writeTransaction } from '@switchoff/db';
import { ROLES, type Role } from '@switchoff/db/schema';
import { ACCOUNT_LIMITS } from '@switchoff/domain';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { hashPassword } from './password';
import { deleteUserSessions } from './sessions';

const { auditLog, comuni, consortia, userComuni, users } = schema;

/** A request about accounts that cannot be carried out; the message says why, for a person. */
export class AccountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AccountError';
  }
}

const { emailChars, passwordMinChars, passwordMaxChars } = ACCOUNT_LIMITS;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The login identifier as stored: trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Who makes an account change, as the audit log records it. */
export type Actor = { userId: number | null; name: string };

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function checkNewPassword(password: string): void {
  if (password.length < passwordMinChars) {
    throw new AccountError(`The password must be at least ${passwordMinChars} characters long`);
  }
  if (password.length > passwordMaxChars) {
    throw new AccountError(`The password must be at most ${passwordMaxChars} characters long`);
  }
}

function audit(
  tx: Tx,
  values: { actor: Actor; action: string; userId: number; before: unknown; after: unknown },
): void {
  tx.insert(auditLog)
    .values({
      userId: values.actor.userId,
      actor: values.actor.name,
      action: values.action,
      entity: 'users',
      entityId: values.userId,
      comuneId: null,
      before: values.before,
      after: values.after,
    })
    .run();
}

export type NewUser = {
  email: string;
  name?: string | undefined;
  role: string;
  /** Slug of the consortium the person works for or whose comuni they belong to. */
  consortium: string;
  /** ISTAT codes of a council member's comuni; staff have none. */
  comuni?: readonly string[] | undefined;
  password: string;
  actor: Actor;
};

function resolveNewUser(db: Db, input: Omit<NewUser, 'password' | 'actor'>) {
  const email = normaliseEmail(input.email);
  if (email.length > emailChars || !EMAIL_PATTERN.test(email)) {
    throw new AccountError(`"${input.email}" is not an email address`);
  }
  if (!isRole(input.role)) throw new AccountError(`Unknown role "${input.role}": use one of ${ROLES.join(', ')}`);
  const role = input.role;
  const name = (input.name ?? '').trim() || email.slice(0, email.indexOf('@'));
  if (name.length > 200) throw new AccountError('The name must be at most 200 characters long');

  const consortium = db.select().from(consortia).where(eq(consortia.slug, input.consortium)).get();
  if (!consortium) {
    const known = db.select({ slug: consortia.slug }).from(consortia).orderBy(asc(consortia.slug)).all();
    const hint = known.length
      ? `known consortia: ${known.map((c) => c.slug).join(', ')}`
      : 'the database holds no consortium yet';
    throw new AccountError(`Unknown consortium "${input.consortium}" (${hint})`);
  }

  const codes = [...new Set(input.comuni ?? [])];
  if (role !== 'council' && codes.length > 0) {
    throw new AccountError(
      `Only council members belong to comuni; a${role === 'admin' ? 'n' : ''} ${role} reaches every comune of the consortium`,
    );
  }
  if (role === 'council' && codes.length === 0) {
    throw new AccountError('A council member needs at least one comune (--comune <ISTAT code>)');
  }
  const found = codes.length
    ? db
        .select({ id: comuni.id, istat: comuni.istatCode, consortiumId: comuni.consortiumId })
        .from(comuni)
        .where(inArray(comuni.istatCode, codes))
        .all()
    : [];
  for (const code of codes) {
    const comune = found.find((c) => c.istat === code);
    if (!comune) throw new AccountError(`Unknown comune: no comune has ISTAT code "${code}"`);
    if (comune.consortiumId !== consortium.id) {
      throw new AccountError(`The comune ${code} does not belong to the consortium "${consortium.slug}"`);
    }
  }
  if (emailTaken(db, email)) throw new AccountError(`An account with email ${email} already exists`);
  return { email, name, role, consortium, comuni: found };
}

function emailTaken(db: Tx, email: string): boolean {
  return db.select({ id: users.id }).from(users).where(eq(users.email, email)).get() !== undefined;
}

/** Throws AccountError when createUser would refuse these details (checked before asking for a password). */
export function checkNewUser(db: Db, input: Omit<NewUser, 'password' | 'actor'>): void {
  resolveNewUser(db, input);
}

/**
 * Creates an account, its comuni and an audit row in one transaction. Throws AccountError for
 * an unknown role, consortium or comune, a council member without comuni, a duplicate email or
 * a short password. The password is hashed; neither it nor the hash is returned or recorded.
 */
export async function createUser(db: Db, input: NewUser): Promise<{ id: number; email: string }> {
  const user = resolveNewUser(db, input);
  checkNewPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(db, (tx) => {
    // Checked again inside the transaction: another process may have added it while hashing.
    if (emailTaken(tx, user.email)) throw new AccountError(`An account with email ${user.email} already exists`);
    const row = tx
      .insert(users)
      .values({ email: user.email, name: user.name, passwordHash, role: user.role, consortiumId: user.consortium.id })
      .returning({ id: users.id })
      .get();
    if (user.comuni.length) {
      tx.insert(userComuni)
        .values(user.comuni.map((c) => ({ userId: row.id, comuneId: c.id })))
        .run();
    }
    audit(tx, {
      actor: input.actor,
      action: 'create',
      userId: row.id,
      before: null,
      after: {
        email: user.email,
        name: user.name,
        role: user.role,
        consortium: user.consortium.slug,
        comuni: user.comuni.map((c) => c.istat),
      },
    });
    return { id: row.id, email: user.email };
  });
}

function findUserByEmail(db: Db, email: string) {
  const normalised = normaliseEmail(email);
  const row = db
    .select({ id: users.id, email: users.email, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.email, normalised))
    .get();
  if (!row) throw new AccountError(`No account has email ${normalised}`);
  return row;
}

/** Disables an account and ends its sessions; false when it was already disabled. */
export function disableUser(db: Db, { email, actor, now }: { email: string; actor: Actor; now: Date }): boolean {
  const user = findUserByEmail(db, email);
  if (user.disabledAt !== null) return false;
  const disabledAt = now.toISOString();
  writeTransaction(db, (tx) => {
    tx.update(users)
      .set({ disabledAt, version: sql`${users.version} + 1` })
      .where(eq(users.id, user.id))
      .run();
    audit(tx, { actor, action: 'disable', userId: user.id, before: { disabledAt: null }, after: { disabledAt } });
  });
  deleteUserSessions(db, user.id);
  return true;
}

/** Enables a disabled account again; false when it was not disabled. */
export function enableUser(db: Db, { email, actor }: { email: string; actor: Actor }): boolean {
  const user = findUserByEmail(db, email);
  if (user.disabledAt === null) return false;
  writeTransaction(db, (tx) => {
    tx.update(users)
      .set({ disabledAt: null, version: sql`${users.version} + 1` })
      .where(eq(users.id, user.id))
      .run();
    audit(tx, {
      actor,
      action: 'enable',
      userId: user.id,
      before: { disabledAt: user.disabledAt },
      after: { disabledAt: null },
    });
  });
  return true;
}

/** Replaces a password and ends the account's sessions; the audit row says only that it changed. */
export async function setUserPassword(
  db: Db,
  { email, password, actor }: { email: string; password: string; actor: Actor },
): Promise<void> {
  const user = findUserByEmail(db, email);
  checkNewPassword(password);
  const passwordHash = await hashPassword(password);
  writeTransaction(db, (tx) => {
    tx.update(users)
      .set({ passwordHash, version: sql`${users.version} + 1` })
      .where(eq(users.id, user.id))
      .run();
    audit(tx, { actor, action: 'set_password', userId: user.id, before: null, after: { passwordChanged: true } });
  });
  deleteUserSessions(db, user.id);
}
