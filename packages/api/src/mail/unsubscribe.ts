import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { type Db, schema, type Tx, writeTransaction } from '@switchoff/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../writes/audit';
import type { MailTopic } from './payloads';

const { serverSecrets, users } = schema;

const SECRET_NAME = 'unsubscribe-hmac';

/**
 * The installation's key for unsubscribe links, made on first use and kept in the database (so
 * every server process, the command line and a restored backup sign alike).
 */
export function unsubscribeSecret(db: Db | Tx): Buffer {
  db.insert(serverSecrets)
    .values({ name: SECRET_NAME, value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing()
    .run();
  const row = db
    .select({ value: serverSecrets.value })
    .from(serverSecrets)
    .where(eq(serverSecrets.name, SECRET_NAME))
    .get();
  if (row === undefined) throw new Error('unsubscribe secret missing after insert');
  return Buffer.from(row.value, 'base64url');
}

function signature(secret: Buffer, userId: number, topic: MailTopic): string {
  return createHmac('sha256', secret).update(`unsubscribe:${userId}:${topic}`).digest('base64url');
}

/** `<user>.<topic>.<HMAC>`: who stops which emails, signed so nobody can stop someone else's. */
export function unsubscribeToken(secret: Buffer, params: { userId: number; topic: MailTopic }): string {
  return `${params.userId}.${params.topic}.${signature(secret, params.userId, params.topic)}`;
}

/** The account and topic of a token whose signature holds; null for anything else. */
export function readUnsubscribeToken(secret: Buffer, token: string): { userId: number; topic: MailTopic } | null {
  const match = /^(\d{1,12})\.(digest|alerts)\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (match === null) return null;
  const [, id, topic, given] = match;
  if (id === undefined || given === undefined || (topic !== 'digest' && topic !== 'alerts')) return null;
  const userId = Number(id);
  const expected = Buffer.from(signature(secret, userId, topic));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? { userId, topic } : null;
}

/**
 * Turns the token's topic off for its account (RFC 8058 one-click: no login), with an audit
 * entry. Returns the account's address, or null when the token is not valid. Doing it twice
 * changes nothing the second time.
 */
export function unsubscribe(db: Db, token: string): { email: string; topic: MailTopic } | null {
  return writeTransaction(db, (tx) => {
    const read = readUnsubscribeToken(unsubscribeSecret(tx), token);
    if (read === null) return null;
    const user = tx.select().from(users).where(eq(users.id, read.userId)).get();
    if (user === undefined) return null;
    const field = read.topic === 'digest' ? 'emailDigest' : 'emailAlerts';
    if (user[field]) {
      tx.update(users)
        .set({ [field]: false })
        .where(eq(users.id, user.id))
        .run();
      recordAudit(tx, {
        author: { userId: user.id, actor: `${user.name} <${user.email}>` },
        action: 'unsubscribe',
        entity: 'users',
        entityId: user.id,
        comuneId: null,
        before: { [field]: true },
        after: { [field]: false },
      });
    }
    return { email: user.email, topic: read.topic };
  });
}
