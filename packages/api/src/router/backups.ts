import { BACKUP_DOWNLOAD_PATH, backupAccess, databaseHistory } from '../reads/backups';
import { adminProcedure, router } from '../trpc';

export const backupsRouter = router({
  /**
   * Whether this admin may download a backup from the browser (GET `downloadUrl`), and the
   * latest backups and restores. Every admin may ask; only the operator's admins get `allowed`.
   */
  info: adminProcedure.query(({ ctx }) => {
    const access = backupAccess(ctx.db, ctx.user, ctx.operator);
    return {
      ...access,
      downloadUrl: BACKUP_DOWNLOAD_PATH,
      /** A backup is the whole database: every consortium, accounts (password hashes) and the audit log. */
      contains: 'all-consortia' as const,
      history: access.allowed ? databaseHistory(ctx.db) : [],
    };
  }),
});
