import { type Db, schema, type Tx, writeTransaction } from '@switchoff/db';
import type { emailPreferencesInput } from '@switchoff/domain/schemas';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type Author, recordAudit } from './audit';

const { users } = schema;

/** The logged-in person's email settings. */
export function readEmailPreferences(db: Db | Tx, userId: number) {
  return (
    db
      .select({
        email: users.email,
        emailDigest: users.emailDigest,
        emailAlerts: users.emailAlerts,
        language: users.language,
      })
      .from(users)
      .where(eq(users.id, userId))
      .get() ?? { email: '', emailDigest: false, emailAlerts: false, language: 'it' as const }
  );
}

/** Sets the person's own email settings, with an audit entry when something changed. */
export function saveEmailPreferences(
  db: Db,
  params: { userId: number; author: Author; input: z.output<typeof emailPreferencesInput> },
) {
  writeTransaction(db, (tx) => {
    const before = readEmailPreferences(tx, params.userId);
    const { emailDigest, emailAlerts, language } = params.input;
    if (before.emailDigest === emailDigest && before.emailAlerts === emailAlerts && before.language === language)
      return;
    tx.update(users)
      .set({ emailDigest, emailAlerts, language, version: sql`${users.version} + 1` })
      .where(eq(users.id, params.userId))
      .run();
    recordAudit(tx, {
      author: params.author,
      action: 'email_preferences',
      entity: 'users',
      entityId: params.userId,
      comuneId: null,
      before: { emailDigest: before.emailDigest, emailAlerts: before.emailAlerts, language: before.language },
      after: params.input,
    });
  });
  return readEmailPreferences(db, params.userId);
}
