import { type Db, schema } from '@switchoff/db';
import { type AppMessage, appMessage, isAdmin } from '@switchoff/domain';
import { asc, desc, eq } from 'drizzle-orm';
import { type SessionUser, viewerOf } from '../access';

const { auditLog, consortia } = schema;

/** Where the browser downloads a backup (GET, session cookie, operator's admins only). */
export const BACKUP_DOWNLOAD_PATH = '/api/backup';

/**
 * The consortium that runs the installation: the one named by SWITCHOFF_OPERATOR, otherwise
 * the first consortium created. A backup holds every consortium's data (internal notes,
 * accounts and their password hashes included), so only its admins download one.
 */
export function findOperator(db: Db, operatorSlug: string | null) {
  const row = operatorSlug
    ? db.select().from(consortia).where(eq(consortia.slug, operatorSlug)).get()
    : db.select().from(consortia).orderBy(asc(consortia.id)).limit(1).get();
  return row ?? null;
}

/** Whether a person may download a backup, and if not, why (a code, which the screen says). */
export function backupAccess(
  db: Db,
  user: SessionUser | null,
  operatorSlug: string | null,
): { allowed: boolean; reason: AppMessage | null; operator: { slug: string; name: string } | null } {
  const operator = findOperator(db, operatorSlug);
  const view = operator ? { slug: operator.slug, name: operator.name } : null;
  if (!user) return { allowed: false, reason: appMessage('auth.loginRequired'), operator: view };
  if (!isAdmin(viewerOf(user))) return { allowed: false, reason: appMessage('backup.adminsOnly'), operator: view };
  if (!operator)
    return {
      allowed: false,
      reason: appMessage('backup.operatorMissing', { operator: operatorSlug ?? '' }),
      operator: view,
    };
  if (user.consortiumId !== operator.id) {
    return {
      allowed: false,
      reason: appMessage('backup.operatorAdminsOnly', { operator: operator.name }),
      operator: view,
    };
  }
  return { allowed: true, reason: null, operator: view };
}

/** `switchoff-backup-2024-07-15-0930.sqlite` (UTC), the name a downloaded backup gets. */
export function backupFilename(now: Date): string {
  const iso = now.toISOString();
  return `switchoff-backup-${iso.slice(0, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}.sqlite`;
}

/** The latest backups and restores, newest first. */
export function databaseHistory(db: Db, limit = 20) {
  return db
    .select({ at: auditLog.at, actor: auditLog.actor, action: auditLog.action, details: auditLog.after })
    .from(auditLog)
    .where(eq(auditLog.entity, 'database'))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .all();
}
