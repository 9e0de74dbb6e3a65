import { randomUUID } from 'node:crypto';
import { claimJob, finishJob } from '@switchoff/db/jobs';
import { inPlaceJobsOf } from '../context';
import { sessionUserFor } from '../testing';
import { type Entry, type Target, userId, type World } from './authorization-rules.testing';

/** A private calendar address of councilA (Alfa's side) or admin2 (Gamma's), made once per world. */
const calendarOf = (world: World, target: Target) => {
  const owner = userId(world.db, target === 'alfa' ? 'councilA' : 'admin2');
  const found = world.db.$client.prepare('SELECT id FROM calendar_tokens WHERE user_id = ?').get(owner) as
    | { id: number }
    | undefined;
  if (found) return { id: found.id };
  const made = world.db.$client
    .prepare('INSERT INTO calendar_tokens (user_id, token_hash) VALUES (?, ?)')
    .run(owner, `hash-${owner}`);
  return { id: Number(made.lastInsertRowid) };
};

/** A failed email to an account of consortium 1 (Alfa's side) or 2 (Gamma's), failed again for each call. */
const failedEmail = (world: World, target: Target) => {
  const owner = sessionUserFor(world.db, target === 'alfa' ? 'councilA' : 'editor2');
  const key = `matrix:${owner.id}`;
  world.db.$client
    .prepare(
      `INSERT INTO outbox (idempotency_key, user_id, kind, recipient, subject, payload, state, attempts)
      VALUES (?, ?, 'digest', ?, 'Riepilogo', '{}', 'failed', 10)
      ON CONFLICT (idempotency_key) DO UPDATE SET state = 'failed'`,
    )
    .run(key, owner.id, owner.email);
  const row = world.db.$client.prepare('SELECT id FROM outbox WHERE idempotency_key = ?').get(key) as { id: number };
  return { id: row.id };
};

/** A finished import job of councilA (Alfa's side) or admin2 (Gamma's), a new one for each call. */
const jobOf = (world: World, target: Target) => {
  const owner = userId(world.db, target === 'alfa' ? 'councilA' : 'admin2');
  const { store } = inPlaceJobsOf(world.db);
  const id = randomUUID();
  const now = new Date();
  claimJob(store, { id, kind: 'import', label: 'Alfa', ownerId: owner, ownerName: 'Matrice' }, now);
  finishJob(store, id, { status: 'done', result: '{}' }, now);
  return { id };
};

/** What a person sets for themselves (emails, private calendars), their import jobs, and the admins' outbox. */
export const OWN_ACCOUNT_AND_OUTBOX: Record<string, Entry> = {
  'account.preferences': { rule: 'loggedIn', kind: 'query', input: () => undefined },
  'account.setPreferences': {
    rule: 'loggedIn',
    kind: 'mutation',
    input: () => ({ emailDigest: false, emailAlerts: true, language: 'en' }),
  },
  'account.calendars': { rule: 'loggedIn', kind: 'query', input: () => undefined },
  'account.createCalendar': { rule: 'loggedIn', kind: 'mutation', input: () => undefined },
  'account.revokeCalendar': { rule: 'ownRow', kind: 'mutation', input: calendarOf },
  'imports.job': { rule: 'ownRow', kind: 'query', input: jobOf },
  'admin.outbox.list': { rule: 'admin', kind: 'query', input: () => undefined },
  'admin.outbox.retry': { rule: 'adminOwnAccounts', kind: 'mutation', input: failedEmail },
};
