import type { Db } from '../client';
import { importPadigitale, readSnapshotFiles } from './padigitale-import';
import { type RegistryChanges, updateRegistry } from './registry-sync';
import { snapshotFiles } from './snapshot';

/**
 * The registry and the shipped PA digitale snapshot, into a database that has no national data
 * yet (first start, the generator); a database that has some keeps its applications (later
 * imports update them), and its registry is brought up to the shipped one (`registry`: what changed).
 */
export function loadShippedNational(db: Db): {
  comuni: number;
  applications: number;
  registry: RegistryChanges | null;
} {
  const { comuni, changes: registry } = updateRegistry(db);
  const present = db.$client.prepare('SELECT count(*) FROM pnrr_applications').pluck().get() as number;
  if (present > 0) return { comuni, applications: present, registry };
  const { plan } = importPadigitale(db, {
    files: readSnapshotFiles(snapshotFiles()),
    dryRun: false,
    actor: 'snapshot',
  });
  return { comuni, applications: plan.create.length, registry };
}
