import { type Db, decideInstallation, holdsDemo, installationMode, schema, writeTransaction } from '@switchoff/db';
import { token } from '@switchoff/domain';
import type { createConsortiumInput } from '@switchoff/domain/schemas';
import type { z } from 'zod';
import { refuse } from '../errors';
import type { ConsortiumItem } from '../reads/installation';
import type { Author } from './audit';
import { insertConsortium } from './consortia';

const { consortia } = schema;

/**
 * Why `init` cannot set up this database, or nothing: the demo's database is never turned into
 * a real one, and an installation is set up once (more consortia come with `consortium add`).
 */
export function checkInitPossible(db: Db): void {
  if (holdsDemo(db) || installationMode(db) === 'demo') refuse('CONFLICT', token('installation.holdsDemo'));
  const first = db.select({ name: consortia.name }).from(consortia).limit(1).get();
  if (first) refuse('CONFLICT', token('installation.started', { consortium: first.name }));
}

/**
 * Sets up a real installation: its mode (`real`, so no start ever loads the demo) and its first
 * consortium, in one transaction. The first admin is created by the caller (`createUser`).
 */
export function initInstallation(
  db: Db,
  params: { author: Author; input: z.output<typeof createConsortiumInput> },
): ConsortiumItem {
  return writeTransaction(db, (tx) => {
    checkInitPossible(db);
    decideInstallation(tx, 'real');
    return insertConsortium(tx, params);
  });
}
