import { type Db, schema } from '@switchoff/db';
import { type AppMessage, italianText } from '@switchoff/domain';
import { getErrorShape, TRPCError } from '@trpc/server';
import { desc, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { SessionUser } from './access';
import { createContextInner } from './context';
import { appRouter, createCaller } from './root';

/** The date every API test runs on, so statuses and months are stable. */
export const TEST_TODAY = '2024-07-15';

/** A user of every role and a few council comments (internal, with markers). */
export function addPeople(
  db: Db,
  ids: {
    consortium: number;
    other: number;
    alfa: number;
    beta: number;
    gamma: number;
    mensaAlfa: number;
    late: number;
  },
) {
  const { users, userComuni, comments } = schema;
  const { consortium, other, alfa, beta, gamma, mensaAlfa, late } = ids;
  const insert = <T extends { id: number }>(q: { returning: () => { get: () => T | undefined } }) => {
    const row = q.returning().get();
    if (!row) throw new Error('insert returned nothing');
    return row.id;
  };
  const user = (
    key: TestRole,
    role: 'admin' | 'editor' | 'council',
    consortiumId: number,
    comuneIds: number[] = [],
  ) => {
    const id = insert(
      db.insert(users).values({
        email: `${key.toLowerCase()}@test.it`,
        name: TEST_USERS[key],
        passwordHash: 'scrypt$not-a-real-hash',
        role,
        consortiumId,
      }),
    );
    for (const comuneId of comuneIds) db.insert(userComuni).values({ userId: id, comuneId }).run();
    return id;
  };
  const councilA = user('councilA', 'council', consortium, [alfa]);
  user('councilB', 'council', consortium, [beta]);
  user('editor1', 'editor', consortium);
  user('admin1', 'admin', consortium);
  user('editor2', 'editor', other);
  user('admin2', 'admin', other);

  const comment = (values: Partial<typeof comments.$inferInsert> & { comuneId: number; body: string }) =>
    db
      .insert(comments)
      .values({ userId: councilA, createdAt: '2024-07-01T10:00:00.000Z', ...values })
      .run();
  comment({ comuneId: alfa, body: 'COMMENTO RISERVATO sul comune' });
  comment({ comuneId: alfa, serviceId: mensaAlfa, body: 'COMMENTO RISERVATO sulla mensa' });
  comment({ comuneId: alfa, milestoneId: late, body: 'COMMENTO RISERVATO sul traguardo' });
  comment({ comuneId: gamma, body: 'COMMENTO RISERVATO GAMMA' });
}

/** A user of every role: council of Alfa, council of Beta (consortium 1), staff of both consortia. */
export const TEST_USERS = {
  councilA: 'Consigliera di Alfa',
  councilB: 'Consigliere di Beta',
  editor1: 'Editor del Consorzio Test',
  admin1: 'Admin del Consorzio Test',
  editor2: 'Editor di Altro Consorzio',
  admin2: 'Admin di Altro Consorzio',
} as const;

export type TestRole = keyof typeof TEST_USERS;

/** The session user of a test role, as the login would build it. */
export function sessionUserFor(db: Db, role: TestRole): SessionUser {
  const row = db.select().from(schema.users).where(eq(schema.users.name, TEST_USERS[role])).get();
  if (!row) throw new Error(`no test user for ${role}`);
  const comuneIds = db
    .select({ comuneId: schema.userComuni.comuneId })
    .from(schema.userComuni)
    .where(eq(schema.userComuni.userId, row.id))
    .all()
    .map((r) => r.comuneId);
  return { id: row.id, email: row.email, name: row.name, role: row.role, consortiumId: row.consortiumId, comuneIds };
}

/** A caller acting as a test role (the world needs `withPeople`) ('public' for nobody logged in). */
export function callerFor(db: Db, role: TestRole | 'public', today = TEST_TODAY) {
  const user = role === 'public' ? null : sessionUserFor(db, role);
  return createCaller(createContextInner({ db, today: () => today, user }));
}

export function publicCaller(db: Db, today = TEST_TODAY) {
  return createCaller(createContextInner({ db, today: () => today }));
}

/**
 * Awaits a call that must be refused and returns what the HTTP client would receive: the code,
 * the message, the formatter's code (`appError`) and its messages per field (`fieldErrors`) and
 * per path (`pathErrors`), these said in Italian as the SPA shows them.
 */
export async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => {
      throw new Error('expected the call to be refused');
    },
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw error;
  const shape = getErrorShape({
    config: appRouter._def._config,
    error,
    type: 'mutation',
    path: undefined,
    input: undefined,
    ctx: undefined,
  });
  return {
    code: error.code,
    message: error.message,
    appError: shape.data.appError,
    fieldErrors: italianByKey(shape.data.fieldErrors),
    pathErrors: italianByKey(shape.data.pathErrors),
  };
}

/**
 * What a refused call must answer (`refusal`'s shape): `fieldErrors` and `pathErrors`, when
 * given, are every field and path refused, exactly.
 */
export type ExpectedRefusal = {
  code?: string;
  message?: string | RegExp;
  fieldErrors?: Record<string, unknown[]>;
  pathErrors?: Record<string, unknown[]>;
};

/**
 * Makes calls that must each be refused, one after the other, checks each answer against what
 * is expected of it, and then that none of them changed the database.
 */
export async function expectRefusals(db: Db, cases: [call: () => Promise<unknown>, expected: ExpectedRefusal][]) {
  const before = snapshotTables(db);
  for (const [index, [call, expected]] of cases.entries()) {
    const answer = await refusal(call());
    const label = `refusal ${index + 1}`;
    if (expected.code !== undefined) expect(answer.code, label).toBe(expected.code);
    if (expected.message !== undefined) expect(answer.message, label).toMatch(expected.message);
    if (expected.fieldErrors !== undefined) expect(answer.fieldErrors, label).toEqual(expected.fieldErrors);
    if (expected.pathErrors !== undefined) expect(answer.pathErrors, label).toEqual(expected.pathErrors);
  }
  expect(snapshotTables(db), 'a refused call changed the database').toBe(before);
}

/** An import preview's refusals with their messages in Italian, as the CLI prints them. */
export function inItalian<T extends { message: AppMessage }>(issues: readonly T[]) {
  return issues.map((issue) => ({ ...issue, message: italianText(issue.message) }));
}

function italianByKey(messages: Record<string, AppMessage[]> | null): Record<string, string[]> | null {
  if (messages === null) return null;
  return Object.fromEntries(Object.entries(messages).map(([key, list]) => [key, list.map(italianText)]));
}

/** The audit rows of the world, newest first. */
export function auditRows(db: Db) {
  return db.select().from(schema.auditLog).orderBy(desc(schema.auditLog.id)).all();
}

/** A fingerprint of every editable table, to show a refused call left the database unchanged. */
export function snapshotTables(db: Db): string {
  const tables = [
    'services',
    'stage_events',
    'milestones',
    'milestone_dependencies',
    'milestone_replans',
    'monthly_figures',
    'platform_adoptions',
    'pnrr_measures',
    'comments',
    'consortia',
    'comuni',
    'users',
    'user_comuni',
    'catalogue_services',
    'audit_log',
  ];
  return JSON.stringify(tables.map((t) => db.$client.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));
}
