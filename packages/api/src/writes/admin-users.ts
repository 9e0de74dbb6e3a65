import { type Db, schema, type Tx, writeTransaction } from '@switchoff/db';
import { token } from '@switchoff/domain';
import type { createUserInput, disableUserInput } from '@switchoff/domain/schemas';
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { generatePassword, hashPassword } from '../auth/password';
import { deleteUserSessions } from '../auth/sessions';
import { notFound, refuseField } from '../errors';
import { type UserItem, userItem } from '../reads/admin';
import { type Author, insertAudited } from './audit';
import { refuseTaken } from './unique';
import { checkRowVersion, updateAudited } from './versioned';

const { comuni, userComuni, users } = schema;

/** The comuni of these ISTAT codes, refused (on the `comuni` field) when unknown or not the consortium's. */
export function findServedComuni(tx: Tx, params: { codes: readonly string[]; consortiumId: number }) {
  const { codes } = params;
  const found = codes.length
    ? tx
        .select({ id: comuni.id, istat: comuni.istatCode, name: comuni.name, consortiumId: comuni.consortiumId })
        .from(comuni)
        .where(inArray(comuni.istatCode, [...codes]))
        .all()
    : [];
  for (const code of codes) {
    const comune = found.find((c) => c.istat === code);
    if (!comune) refuseField('comuni', token('comune.notFound', { istat: code }), 'NOT_FOUND');
    if (comune.consortiumId !== params.consortiumId) {
      refuseField('comuni', token('account.comuneNotServed', { comune: comune.name }), 'FORBIDDEN');
    }
  }
  return found;
}

/**
 * An account of the admin's consortium at the version the screen showed. Another consortium's
 * account is as unknown as a missing one.
 */
export function findConsortiumUser(tx: Tx, params: { id: number; version: number; consortiumId: number }) {
  const row =
    tx
      .select()
      .from(users)
      .where(and(eq(users.id, params.id), eq(users.consortiumId, params.consortiumId)))
      .get() ?? notFound(token('account.notFound', { id: params.id }));
  checkRowVersion(tx, users, row, params.version);
  return row;
}

/**
 * Creates an account of the admin's consortium; a council member's comuni must be of that
 * consortium. The password is hashed before the transaction (scrypt is slow and asynchronous);
 * a generated one is returned once and never stored or logged in clear.
 */
export async function createConsortiumUser(
  db: Db,
  params: { consortiumId: number; author: Author; input: z.output<typeof createUserInput> },
): Promise<{ user: UserItem; generatedPassword: string | null }> {
  const { input } = params;
  const generatedPassword = input.password ? null : generatePassword();
  const passwordHash = await hashPassword(input.password ?? generatedPassword ?? '');
  const user = writeTransaction(db, (tx) => {
    const codes = [...new Set(input.comuni)];
    const found = findServedComuni(tx, { codes, consortiumId: params.consortiumId });
    refuseTaken(tx, {
      table: users,
      where: eq(users.email, input.email),
      field: 'email',
      message: token('account.emailTaken', { email: input.email }),
    });
    const row = insertAudited(tx, users, {
      author: params.author,
      values: {
        email: input.email,
        name: input.name,
        passwordHash,
        role: input.role,
        consortiumId: params.consortiumId,
      },
      after: (r) => ({ email: r.email, name: r.name, role: r.role, comuni: codes, version: r.version }),
    });
    if (found.length)
      tx.insert(userComuni)
        .values(found.map((c) => ({ userId: row.id, comuneId: c.id })))
        .run();
    return userItem(tx, row);
  });
  return { user, generatedPassword };
}

/** Disables an account of the admin's consortium (not their own) and ends its sessions. */
export function disableConsortiumUser(
  db: Db,
  params: { consortiumId: number; selfId: number; author: Author; input: z.output<typeof disableUserInput> },
): UserItem {
  const { input } = params;
  const user = writeTransaction(db, (tx) => {
    const row = findConsortiumUser(tx, { ...input, consortiumId: params.consortiumId });
    if (row.id === params.selfId) refuseField('id', token('account.disableSelf'));
    if (row.disabledAt !== null) return userItem(tx, row);
    const disabledAt = new Date().toISOString();
    updateAudited(tx, users, row, {
      author: params.author,
      comuneId: null,
      action: 'disable',
      fields: { disabledAt },
      before: { disabledAt: null },
      after: { disabledAt },
    });
    return userItem(tx, { ...row, disabledAt, version: row.version + 1 });
  });
  deleteUserSessions(db, user.id);
  return user;
}
