import type { Db } from '../client';
import { importPadigitale, readSnapshotFiles } from './padigitale-import';
import { ensureRegistry } from './registry';
import { snapshotFiles } from './snapshot';

/**
 * The registry and the shipped PA digitale snapshot, into a database that has no national data
 * yet (first start, the generator); a database that has some keeps it (later imports update it).
 */
export function loadShippedNational(db: Db): { comuni: number; applications: number } {
  const comuni = ensureRegistry(db);
  const present = db.$client.prepare('SELECT count(*) FROM pnrr_applications').pluck().get() as number;
  if (present > 0) return { comuni, applications: present };
  const { plan } = importPadigitale(db, {
    files: readSnapshotFiles(snapshotFiles()),
    dryRun: false,
    actor: 'snapshot',
  });
  return { comuni, applications: plan.create.length };
}
