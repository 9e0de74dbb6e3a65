import type { Db } from '@switchoff/db';
import { TRPCError } from '@trpc/server';
import { previewImport } from '../data-io/import';
import { findDataScope } from '../reads/lookup';
import { callerFor, type createTestWorld, sessionUserFor, type TestRole } from '../testing';

/**
 * The rules of the authorisation matrix (authorization-matrix.test.ts), written out by hand
 * rather than derived from access.ts, and what its entries need to call a procedure on a
 * target of the caller's own consortium or of another.
 */

export const CALLERS = ['public', 'councilA', 'councilB', 'editor1', 'admin1', 'editor2', 'admin2'] as const;
export type Caller = (typeof CALLERS)[number];

/** The two targets: Alfa in consortium 1 ("Consorzio Test"), Gamma in consortium 2 ("Altro Consorzio"). */
export const TARGETS = ['alfa', 'gamma'] as const;
export type Target = (typeof TARGETS)[number];

export type Outcome = 'ok' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND';
const OUTCOMES: Record<string, Outcome> = { O: 'ok', U: 'UNAUTHORIZED', F: 'FORBIDDEN', N: 'NOT_FOUND' };

/**
 * A row of a table: one pair of letters per caller, in the order of CALLERS, the first on Alfa
 * (or consortium 1), the second on Gamma (or consortium 2).
 */
function rowOf<T>(row: string, letters: Record<string, T>): Record<Caller, readonly [T, T]> {
  const pairs = row.trim().split(/\s+/);
  if (pairs.length !== CALLERS.length) throw new Error(`"${row}" has ${pairs.length} pairs, not ${CALLERS.length}`);
  const cell = (letter: string | undefined) => {
    const value = letters[letter ?? ''];
    if (value === undefined) throw new Error(`"${row}": unknown letter ${letter}`);
    return value;
  };
  return Object.fromEntries(
    CALLERS.map((caller, i) => [caller, [cell(pairs[i]?.[0]), cell(pairs[i]?.[1])] as const]),
  ) as Record<Caller, readonly [T, T]>;
}

/** Who may do what: O allowed, U unauthorised, F forbidden, N not found; [on Alfa, on Gamma]. */
export const RULES = {
  //                                public councilA councilB editor1 admin1 editor2 admin2
  /** Open to all (public reads, login/logout). */
  anyone: rowOf('                   OO     OO       OO       OO      OO     OO      OO', OUTCOMES),
  /** Readers of the comune's internal data: its council and its consortium's staff. */
  internal: rowOf('                 UU     OF       FF       OF      OF     FO      FO', OUTCOMES),
  /** Staff of the comune's consortium. */
  edit: rowOf('                     UU     FF       FF       OF      OF     FO      FO', OUTCOMES),
  /** Admins of the comune's consortium. */
  administer: rowOf('               UU     FF       FF       FF      OF     FF      FO', OUTCOMES),
  /** Any admin, on the shared catalogue or their own consortium's accounts (target irrelevant). */
  admin: rowOf('                    UU     FF       FF       FF      OO     FF      OO', OUTCOMES),
  /**
   * An admin changing a catalogue entry: on Alfa's side a shared entry (the operator, consortium
   * 1, owns it), on Gamma's an entry of consortium 2. Nobody changes another's entry.
   */
  catalogueOwner: rowOf('           UU     FF       FF       FF      OF     FF      FO', OUTCOMES),
  /** Only the admins of the operator (consortium 1) add a consortium, whatever its name. */
  operatorAdmin: rowOf('            UU     FF       FF       FF      OO     FF      FF', OUTCOMES),
  /** A consortium's admins act on their own consortium; the operator's admins on any. */
  consortiumAdmin: rowOf('          UU     FF       FF       FF      OO     FF      FO', OUTCOMES),
  /** An admin disabling an account: another consortium's accounts are unknown to them. */
  adminOwnAccounts: rowOf('         UU     FF       FF       FF      ON     FF      NO', OUTCOMES),
  /** Anyone logged in, about themselves. */
  loggedIn: rowOf('                 UU     OO       OO       OO      OO     OO      OO', OUTCOMES),
  /** A row of one person's own (councilA's on Alfa's side, admin2's on Gamma's): unknown to anyone else. */
  ownRow: rowOf('                   UU     ON       NN       NN      NN     NN      NO', OUTCOMES),
  /** Login with a wrong password: refused alike for everyone, never for their role. */
  wrongPassword: rowOf('            UU     UU       UU       UU      UU     UU      UU', OUTCOMES),
};
export type Rule = keyof typeof RULES;

const SEES = { y: true, n: false };

/** Who also gets internal items and fields in a read: y or n, [on Alfa / consortium 1, on Gamma / consortium 2]. */
export const SEES_INTERNAL = {
  //                                public councilA councilB editor1 admin1 editor2 admin2
  comune: rowOf('                   nn     yn       nn       yn      yn     ny      ny', SEES),
  consortium: rowOf('               nn     nn       nn       yn      yn     ny      ny', SEES),
  /** Reads that are public for everyone, logged in or not (the national summary, the light list of comuni). */
  nobody: rowOf('                   nn     nn       nn       nn      nn     nn      nn', SEES),
};

export type World = ReturnType<typeof createTestWorld>;

export const istat = (target: Target) => (target === 'alfa' ? '019001' : '098001');
export const consortiumSlug = (target: Target) => (target === 'alfa' ? 'consorzio-test' : 'altro-consorzio');
export const openMilestone = (world: World, target: Target) =>
  target === 'alfa' ? world.ids.next : world.ids.gammaPublic;

/** An open milestone with a re-plan in force: alfa's late one has one; gamma's public one gets one, once per world. */
export const replannedMilestone = (world: World, target: Target) => {
  if (target === 'alfa') return world.ids.late;
  const id = world.ids.gammaPublic;
  const has = world.db.$client.prepare('SELECT 1 FROM milestone_replans WHERE milestone_id = ?').get(id);
  if (has === undefined) {
    world.db.$client
      .prepare(
        "INSERT INTO milestone_replans (milestone_id, previous_date, planned_date, reason, changed_by) VALUES (?, '2024-09-01', '2024-10-01', 'Prova', 'Editor')",
      )
      .run(id);
  }
  return id;
};

export const userId = (db: Db, role: TestRole) => sessionUserFor(db, role).id;

/** A month of figures for the comune's mensa, as a spreadsheet would carry it. */
export const IMPORT_CSV = 'servizio;mese;online;assistito;cartaceo\r\nmensa;aprile 2024;5;1;2\r\n';

/** The input of a figures import's commit: the CSV and the fingerprint of its preview. */
export const importInput = (world: World, target: Target) => {
  const scope = { istat: istat(target) };
  const { fingerprint } = previewImport(world.db, {
    kind: 'figures',
    scope: findDataScope(world.db, scope),
    csv: IMPORT_CSV,
    today: '2024-07-15',
  });
  return { scope, kind: 'figures', csv: IMPORT_CSV, fingerprint };
};

/** Calls a procedure by its path as a caller: 'ok' with the answer, or the refusal's code and message. */
export async function callAs(
  world: World,
  caller: Caller,
  path: string,
  input: unknown,
): Promise<{ outcome: string; result: unknown }> {
  const api = callerFor(world.db, caller);
  const procedure = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], api);
  try {
    const result = await (procedure as (input: unknown) => Promise<unknown>)(input);
    return { outcome: 'ok', result };
  } catch (error) {
    if (error instanceof TRPCError) return { outcome: error.code, result: error.message };
    throw error;
  }
}

/** How many rows the audit log holds. */
export const auditRows = (db: Db) => db.$client.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number };

/** A procedure's line of the matrix: the rule its callers meet, and how to call it on a target. */
export type Entry = {
  rule: Rule;
  kind: 'query' | 'mutation';
  input: (world: World, target: Target) => unknown;
  /** For reads that differ by reader: the visibility table, and a marker of internal data it must then show. */
  reveals?: { by: keyof typeof SEES_INTERNAL; marker: Record<Target, string> };
  /** Calls that record something even when refused (failed logins count towards the rate limit). */
  ownWorld?: true;
};

/** A public read that shows nobody anything internal (the national summary, the light list of comuni). */
const SAME_FOR_ALL = { by: 'nobody', marker: { alfa: '', gamma: '' } } as const;

/** The public reads that show internal items and fields to some readers, and to whom (SEES_INTERNAL). */
export const PUBLIC_READS: Record<string, Entry> = {
  'consortia.portfolio': {
    rule: 'anyone',
    kind: 'query',
    input: (_w, t) => ({ slug: consortiumSlug(t) }),
    reveals: { by: 'consortium', marker: { alfa: 'NOTA INTERNA COMUNE', gamma: 'NOTA INTERNA GAMMA' } },
  },
  'consortia.serviceAcross': {
    rule: 'anyone',
    kind: 'query',
    input: (_w, t) => ({ consortium: consortiumSlug(t), service: 'archivio' }),
    reveals: { by: 'consortium', marker: { alfa: 'segreto', gamma: 'segreto-gamma' } },
  },

  'comuni.overview': {
    rule: 'anyone',
    kind: 'query',
    input: (_w, t) => ({ istat: istat(t) }),
    reveals: { by: 'comune', marker: { alfa: 'COMMENTO RISERVATO sul comune', gamma: 'COMMENTO RISERVATO GAMMA' } },
  },
  'services.get': {
    rule: 'anyone',
    kind: 'query',
    input: (_w, t) => ({ istat: istat(t), slug: 'mensa' }),
    reveals: { by: 'comune', marker: { alfa: 'NOTA INTERNA SERVIZIO', gamma: 'NOTA INTERNA GAMMA SERVIZIO' } },
  },
  'national.summary': {
    rule: 'anyone',
    kind: 'query',
    input: () => undefined,
    reveals: SAME_FOR_ALL,
  },
  'italy.comune': {
    rule: 'anyone',
    kind: 'query',
    input: (_w, t) => ({ istat: istat(t) }),
    reveals: SAME_FOR_ALL,
  },
  'italy.search': {
    rule: 'anyone',
    kind: 'query',
    input: () => ({ q: 'ripalta' }),
    reveals: SAME_FOR_ALL,
  },
  'italy.regions': {
    rule: 'anyone',
    kind: 'query',
    input: () => undefined,
    reveals: SAME_FOR_ALL,
  },
  'italy.region': {
    rule: 'anyone',
    kind: 'query',
    input: () => ({ code: '03' }),
    reveals: SAME_FOR_ALL,
  },
  'italy.province': {
    rule: 'anyone',
    kind: 'query',
    input: () => ({ code: '019' }),
    reveals: SAME_FOR_ALL,
  },
  'italy.drawing': {
    rule: 'anyone',
    kind: 'query',
    input: () => ({ level: 'province', code: '019' }),
    reveals: SAME_FOR_ALL,
  },
  'comuni.list': {
    rule: 'anyone',
    kind: 'query',
    input: (_w, t) => ({ consortium: consortiumSlug(t) }),
    reveals: SAME_FOR_ALL,
  },
  'reports.council': {
    rule: 'anyone',
    kind: 'query',
    input: (_w, t) => ({ istat: istat(t), from: '2024-01', to: '2024-06' }),
    reveals: { by: 'comune', marker: { alfa: 'Milestone interna', gamma: 'Milestone interna Gamma' } },
  },
  'milestones.roadmap': {
    rule: 'anyone',
    kind: 'query',
    input: (_w, t) => ({ istat: istat(t) }),
    reveals: { by: 'comune', marker: { alfa: 'NOTA INTERNA MILESTONE', gamma: 'NOTA INTERNA GAMMA MILESTONE' } },
  },
};
