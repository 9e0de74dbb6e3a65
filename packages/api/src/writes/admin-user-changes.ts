import { type Db, schema, writeTransaction } from '@switchoff/db';
import { token } from '@switchoff/domain';
import type { updateUserInput, userVersionInput } from '@switchoff/domain/schemas';
import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { generatePassword, hashPassword } from '../auth/password';
import { deleteUserSessions } from '../auth/sessions';
import { refuseField } from '../errors';
import { type UserItem, userItem } from '../reads/admin';
import { findConsortiumUser, findServedComuni } from './admin-users';
import type { Author } from './audit';
import { updateAudited } from './versioned';

/*
 * What an admin changes on an existing account of their consortium: its role and comuni, its
 * password (reset to a generated one), and whether it may log in again. Each writes one audit row.
 */

const { comuni, userComuni, users } = schema;

type Change<I> = { consortiumId: number; selfId: number; author: Author; input: I };

/**
 * Sets an account's role and comuni (a council member's; staff reach every comune of the
 * consortium and list none). An admin cannot take the admin role away from themselves, so a
 * consortium is never left without an admin by mistake. The change applies to the account's
 * open sessions at their next request (sessions read the role and comuni each time).
 */
export function updateConsortiumUser(db: Db, params: Change<z.output<typeof updateUserInput>>): UserItem {
  const { input } = params;
  return writeTransaction(db, (tx) => {
    const row = findConsortiumUser(tx, { ...input, consortiumId: params.consortiumId });
    if (row.id === params.selfId && input.role !== 'admin') refuseField('role', token('account.demoteSelf'));
    const codes = [...new Set(input.comuni)].sort();
    const found = findServedComuni(tx, { codes, consortiumId: params.consortiumId });
    const before = tx
      .select({ istat: comuni.istatCode })
      .from(userComuni)
      .innerJoin(comuni, eq(comuni.id, userComuni.comuneId))
      .where(eq(userComuni.userId, row.id))
      .orderBy(asc(comuni.istatCode))
      .all()
      .map((c) => c.istat);
    if (row.role === input.role && before.join() === codes.join()) return userItem(tx, row);
    updateAudited(tx, users, row, {
      author: params.author,
      comuneId: null,
      fields: { role: input.role },
      before: { role: row.role, comuni: before },
      after: { role: input.role, comuni: codes },
    });
    tx.delete(userComuni).where(eq(userComuni.userId, row.id)).run();
    if (found.length) {
      tx.insert(userComuni)
        .values(found.map((c) => ({ userId: row.id, comuneId: c.id })))
        .run();
    }
    return userItem(tx, { ...row, role: input.role, version: row.version + 1 });
  });
}

/**
 * Replaces an account's password with a generated one, returned once (never stored or logged in
 * clear), and ends the account's sessions. Not one's own: that would end the admin's session too.
 */
export async function resetConsortiumUserPassword(
  db: Db,
  params: Change<z.output<typeof userVersionInput>>,
): Promise<{ user: UserItem; temporaryPassword: string }> {
  const { input } = params;
  if (input.id === params.selfId) refuseField('id', token('account.resetSelf'));
  const temporaryPassword = generatePassword();
  // scrypt is slow and asynchronous: hashed before the (synchronous) transaction.
  const passwordHash = await hashPassword(temporaryPassword);
  const user = writeTransaction(db, (tx) => {
    const row = findConsortiumUser(tx, { ...input, consortiumId: params.consortiumId });
    updateAudited(tx, users, row, {
      author: params.author,
      comuneId: null,
      action: 'reset_password',
      fields: { passwordHash },
      before: {},
      after: { passwordReset: true },
    });
    return userItem(tx, { ...row, version: row.version + 1 });
  });
  deleteUserSessions(db, user.id);
  return { user, temporaryPassword };
}

/** Lets a disabled account of the consortium log in again (with its password as it was). */
export function enableConsortiumUser(db: Db, params: Change<z.output<typeof userVersionInput>>): UserItem {
  const { input } = params;
  return writeTransaction(db, (tx) => {
    const row = findConsortiumUser(tx, { ...input, consortiumId: params.consortiumId });
    if (row.disabledAt === null) return userItem(tx, row);
    updateAudited(tx, users, row, {
      author: params.author,
      comuneId: null,
      action: 'enable',
      fields: { disabledAt: null },
      before: { disabledAt: row.disabledAt },
      after: { disabledAt: null },
    });
    return userItem(tx, { ...row, disabledAt: null, version: row.version + 1 });
  });
}
