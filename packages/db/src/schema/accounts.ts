import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { lockVersion, requiredRef, rowId, stamp } from './columns';
import { comuni, consortia } from './tenancy';

export const ROLES = ['admin', 'editor', 'council'] as const;
export type Role = (typeof ROLES)[number];

/** The languages an account's emails are written in. */
export const LANGUAGES = ['it', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * A person who logs in. Admins and editors work for one consortium; council members (mayors,
 * councillors) belong to one or more comuni listed in user_comuni.
 */
export const users = sqliteTable('users', {
  id: rowId(),
  /** Stored lower-cased and trimmed: the login identifier. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  /** scrypt hash (`scrypt$N$r$p$salt$key`); the password itself is never stored. */
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  consortiumId: requiredRef('consortium_id', () => consortia.id),
  disabledAt: text('disabled_at'),
  /** The language of the account's emails (the screens follow the browser's choice). */
  language: text('language', { enum: LANGUAGES }).notNull().default('it'),
  /** Whether the account gets the monthly digest (unsubscribed with one click from any digest). */
  emailDigest: integer('email_digest', { mode: 'boolean' }).notNull().default(true),
  /** Whether the account gets alerts (a milestone late, a service switched off). */
  emailAlerts: integer('email_alerts', { mode: 'boolean' }).notNull().default(true),
  version: lockVersion(),
  createdAt: stamp('created_at'),
});

export const userComuni = sqliteTable(
  'user_comuni',
  {
    userId: requiredRef('user_id', () => users.id),
    comuneId: requiredRef('comune_id', () => comuni.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.comuneId] }), index('user_comuni_comune_idx').on(t.comuneId)],
);

/** A login session; only the SHA-256 of the cookie's token is stored. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: rowId(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: requiredRef('user_id', () => users.id),
    createdAt: stamp('created_at'),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Failed logins, per account and per address, for rate limiting across restarts. */
export const loginFailures = sqliteTable(
  'login_failures',
  {
    id: rowId(),
    email: text('email').notNull(),
    address: text('address').notNull(),
    at: stamp('at'),
  },
  (t) => [index('login_failures_email_idx').on(t.email, t.at), index('login_failures_address_idx').on(t.address, t.at)],
);
