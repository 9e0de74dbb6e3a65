import type { Db } from '@switchoff/db';
import { type Author, recordAudit } from './audit';

/** Records a backup or restore in the audit log (entity `database`). */
export function recordDatabaseEvent(
  db: Db,
  params: { author: Author; action: 'backup' | 'restore'; details: Record<string, unknown> },
): void {
  recordAudit(db, {
    author: params.author,
    action: params.action,
    entity: 'database',
    entityId: null,
    comuneId: null,
    before: null,
    after: params.details,
  });
}
