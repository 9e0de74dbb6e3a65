import { eq } from 'drizzle-orm';
import type { Db } from './client';
import { consortia, installation } from './schema';
import type { Tx } from './transaction';

/** How an installation runs: with the demo, or as a consortium's own (real data only). */
export type InstallationMode = 'demo' | 'real';

/** The mode decided on the first start, or null for a database never started nor set up. */
export function installationMode(db: Db | Tx): InstallationMode | null {
  return db.select({ mode: installation.mode }).from(installation).where(eq(installation.id, 1)).get()?.mode ?? null;
}

/**
 * Records the mode once (the first start or the first `init`): a later start keeps it, so a
 * real installation started without `--no-demo` never fills itself with the demo.
 */
export function decideInstallation(db: Db | Tx, mode: InstallationMode): InstallationMode {
  db.insert(installation).values({ id: 1, mode }).onConflictDoNothing().run();
  return installationMode(db) ?? mode;
}

/** True when a consortium that is not the demo's exists: real data, which the demo never joins. */
export function holdsRealData(db: Db | Tx): boolean {
  return db.select({ id: consortia.id }).from(consortia).where(eq(consortia.demo, false)).limit(1).get() !== undefined;
}

/** True when the demo's consortium (or the generator's) is in the database. */
export function holdsDemo(db: Db | Tx): boolean {
  return db.select({ id: consortia.id }).from(consortia).where(eq(consortia.demo, true)).limit(1).get() !== undefined;
}

/**
 * Why the demo cannot be added to this database, or null when it can: a real installation, or
 * one holding real data, never receives demo rows.
 */
export function demoRefusal(db: Db | Tx): string | null {
  if (installationMode(db) === 'real' || holdsRealData(db)) {
    return 'this is a real installation (its own consortium and comuni): the demo is never added to it. Try the demo on a new database, e.g. SWITCHOFF_DB=data/demo.db pnpm start';
  }
  return null;
}
