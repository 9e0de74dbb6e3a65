import type { Db } from '@switchoff/db';
import { ensureRegistry } from '@switchoff/db/national';
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { previewImport } from '../data-io/import';
import { findDataScope } from '../reads/lookup';
import { appRouter } from '../root';
import { callerFor, createTestWorld, INTERNAL_KEYS, INTERNAL_MARKERS, sessionUserFor, type TestRole } from '../testing';

/**
 * Every procedure, called as every role, on a comune (or consortium) of the caller's own and of
 * another consortium: allowed, or refused with UNAUTHORIZED / FORBIDDEN (NOT_FOUND where another
 * consortium's row is as unknown as a missing one). Public answers are searched for internal
 * markers and fields. A procedure without an entry here fails the test.
 */

const CALLERS = ['public', 'councilA', 'councilB', 'editor1', 'admin1', 'editor2', 'admin2'] as const;
type Caller = (typeof CALLERS)[number];

/** The two targets: Alfa in consortium 1 ("Consorzio Test"), Gamma in consortium 2 ("Altro Consorzio"). */
const TARGETS = ['alfa', 'gamma'] as const;
type Target = (typeof TARGETS)[number];

type Outcome = 'ok' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND';
const O = 'ok';
const U = 'UNAUTHORIZED';
const F = 'FORBIDDEN';
const N = 'NOT_FOUND';

/** Who may do what, written out by hand rather than derived from access.ts: [on Alfa, on Gamma]. */
const RULES = {
  /** Open to all (public reads, login/logout). */
  anyone: {
    public: [O, O],
    councilA: [O, O],
    councilB: [O, O],
    editor1: [O, O],
    admin1: [O, O],
    editor2: [O, O],
    admin2: [O, O],
  },
  /** Readers of the comune's internal data: its council and its consortium's staff. */
  internal: {
    public: [U, U],
    councilA: [O, F],
    councilB: [F, F],
    editor1: [O, F],
    admin1: [O, F],
    editor2: [F, O],
    admin2: [F, O],
  },
  /** Staff of the comune's consortium. */
  edit: {
    public: [U, U],
    councilA: [F, F],
    councilB: [F, F],
    editor1: [O, F],
    admin1: [O, F],
    editor2: [F, O],
    admin2: [F, O],
  },
  /** Admins of the comune's consortium. */
  administer: {
    public: [U, U],
    councilA: [F, F],
    councilB: [F, F],
    editor1: [F, F],
    admin1: [O, F],
    editor2: [F, F],
    admin2: [F, O],
  },
  /** Any admin, on the shared catalogue or their own consortium's accounts (target irrelevant). */
  admin: {
    public: [U, U],
    councilA: [F, F],
    councilB: [F, F],
    editor1: [F, F],
    admin1: [O, O],
    editor2: [F, F],
    admin2: [O, O],
  },
  /**
   * An admin changing a catalogue entry: on Alfa's side a shared entry (the operator, consortium
   * 1, owns it), on Gamma's an entry of consortium 2. Nobody changes another's entry.
   */
  catalogueOwner: {
    public: [U, U],
    councilA: [F, F],
    councilB: [F, F],
    editor1: [F, F],
    admin1: [O, F],
    editor2: [F, F],
    admin2: [F, O],
  },
  /** Only the admins of the operator (consortium 1) add a consortium, whatever its name. */
  operatorAdmin: {
    public: [U, U],
    councilA: [F, F],
    councilB: [F, F],
    editor1: [F, F],
    admin1: [O, O],
    editor2: [F, F],
    admin2: [F, F],
  },
  /** A consortium's admins act on their own consortium; the operator's admins on any. */
  consortiumAdmin: {
    public: [U, U],
    councilA: [F, F],
    councilB: [F, F],
    editor1: [F, F],
    admin1: [O, O],
    editor2: [F, F],
    admin2: [F, O],
  },
  /** An admin disabling an account: another consortium's accounts are unknown to them. */
  adminOwnAccounts: {
    public: [U, U],
    councilA: [F, F],
    councilB: [F, F],
    editor1: [F, F],
    admin1: [O, N],
    editor2: [F, F],
    admin2: [N, O],
  },
  /** Login with a wrong password: refused alike for everyone, never for their role. */
  wrongPassword: {
    public: [U, U],
    councilA: [U, U],
    councilB: [U, U],
    editor1: [U, U],
    admin1: [U, U],
    editor2: [U, U],
    admin2: [U, U],
  },
} satisfies Record<string, Record<Caller, readonly [Outcome, Outcome]>>;
type Rule = keyof typeof RULES;

/** Who also gets internal items and fields in a read: [on Alfa / consortium 1, on Gamma / consortium 2]. */
const SEES_INTERNAL = {
  comune: {
    public: [false, false],
    councilA: [true, false],
    councilB: [false, false],
    editor1: [true, false],
    admin1: [true, false],
    editor2: [false, true],
    admin2: [false, true],
  },
  consortium: {
    public: [false, false],
    councilA: [false, false],
    councilB: [false, false],
    editor1: [true, false],
    admin1: [true, false],
    editor2: [false, true],
    admin2: [false, true],
  },
  /** Reads that are public for everyone, logged in or not (the national summary, the light list of comuni). */
  nobody: {
    public: [false, false],
    councilA: [false, false],
    councilB: [false, false],
    editor1: [false, false],
    admin1: [false, false],
    editor2: [false, false],
    admin2: [false, false],
  },
} satisfies Record<string, Record<Caller, readonly [boolean, boolean]>>;

type World = ReturnType<typeof createTestWorld>;
type Entry = {
  rule: Rule;
  kind: 'query' | 'mutation';
  input: (world: World, target: Target) => unknown;
  /** For reads that differ by reader: the visibility table, and a marker of internal data it must then show. */
  reveals?: { by: keyof typeof SEES_INTERNAL; marker: Record<Target, string> };
  /** Calls that record something even when refused (failed logins count towards the rate limit). */
  ownWorld?: true;
};

const istat = (target: Target) => (target === 'alfa' ? '019001' : '098001');
const consortiumSlug = (target: Target) => (target === 'alfa' ? 'consorzio-test' : 'altro-consorzio');
const openMilestone = (world: World, target: Target) => (target === 'alfa' ? world.ids.next : world.ids.gammaPublic);
/** An open milestone with a re-plan in force: alfa's late one has one; gamma's public one gets one, once per world. */
const replannedMilestone = (world: World, target: Target) => {
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
const userId = (db: Db, role: TestRole) => sessionUserFor(db, role).id;
/** A month of figures for the comune's mensa, as a spreadsheet would carry it. */
const IMPORT_CSV = 'servizio;mese;online;assistito;cartaceo\r\nmensa;aprile 2024;5;1;2\r\n';
const importInput = (world: World, target: Target) => {
  const scope = { istat: istat(target) };
  const { fingerprint } = previewImport(world.db, {
    kind: 'figures',
    scope: findDataScope(world.db, scope),
    csv: IMPORT_CSV,
    today: '2024-07-15',
  });
  return { scope, kind: 'figures', csv: IMPORT_CSV, fingerprint };
};

const MATRIX: Record<string, Entry> = {
  'auth.login': {
    rule: 'wrongPassword',
    kind: 'mutation',
    input: () => ({ email: 'nessuno@test.it', password: 'password-sbagliata' }),
    ownWorld: true,
  },
  'auth.logout': { rule: 'anyone', kind: 'mutation', input: () => undefined },
  'auth.me': { rule: 'anyone', kind: 'query', input: () => undefined },

  'consortia.list': { rule: 'anyone', kind: 'query', input: () => undefined },
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
    reveals: { by: 'nobody', marker: { alfa: '', gamma: '' } },
  },
  'italy.comune': {
    rule: 'anyone',
    kind: 'query',
    input: (_w, t) => ({ istat: istat(t) }),
    reveals: { by: 'nobody', marker: { alfa: '', gamma: '' } },
  },
  'italy.search': {
    rule: 'anyone',
    kind: 'query',
    input: () => ({ q: 'ripalta' }),
    reveals: { by: 'nobody', marker: { alfa: '', gamma: '' } },
  },
  'comuni.list': {
    rule: 'anyone',
    kind: 'query',
    input: (_w, t) => ({ consortium: consortiumSlug(t) }),
    reveals: { by: 'nobody', marker: { alfa: '', gamma: '' } },
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

  'services.addable': { rule: 'edit', kind: 'query', input: (_w, t) => ({ istat: istat(t) }) },
  'services.recordStage': {
    rule: 'edit',
    kind: 'mutation',
    input: (_w, t) => ({
      istat: istat(t),
      slug: 'mensa',
      stage: 'digital_first',
      effectiveDate: '2024-07-01',
      reason: 'Prova',
      version: 1,
    }),
  },
  'services.create': {
    rule: 'edit',
    kind: 'mutation',
    input: (_w, t) => ({ istat: istat(t), catalogue: 'biblioteca' }),
  },
  'services.update': {
    rule: 'edit',
    kind: 'mutation',
    input: (_w, t) => ({ istat: istat(t), slug: 'mensa', version: 1, office: 'Ufficio scuola' }),
  },

  'milestones.create': {
    rule: 'edit',
    kind: 'mutation',
    input: (_w, t) => ({ istat: istat(t), title: 'Nuovo traguardo', kind: 'other', plannedDate: '2024-09-01' }),
  },
  'milestones.update': {
    rule: 'edit',
    kind: 'mutation',
    input: (w, t) => ({ istat: istat(t), id: openMilestone(w, t), version: 1, progress: 20 }),
  },
  'milestones.replan': {
    rule: 'edit',
    kind: 'mutation',
    input: (w, t) => ({
      istat: istat(t),
      id: openMilestone(w, t),
      version: 1,
      plannedDate: '2024-12-20',
      reason: 'Fornitore in ritardo',
    }),
  },
  'milestones.annulReplan': {
    rule: 'edit',
    kind: 'mutation',
    input: (w, t) => ({
      istat: istat(t),
      id: replannedMilestone(w, t),
      version: 1,
      reason: 'Data inserita per errore',
    }),
  },
  'milestones.complete': {
    rule: 'edit',
    kind: 'mutation',
    input: (w, t) => ({ istat: istat(t), id: openMilestone(w, t), version: 1, actualDate: '2024-07-01' }),
  },

  'figures.months': { rule: 'internal', kind: 'query', input: (_w, t) => ({ istat: istat(t), slug: 'mensa' }) },
  'figures.saveMonths': {
    rule: 'edit',
    kind: 'mutation',
    input: (_w, t) => ({
      istat: istat(t),
      slug: 'mensa',
      rows: [{ month: '2024-04', online: 5, assisted: 1, paper: 2 }],
    }),
  },
  'platforms.set': {
    rule: 'edit',
    kind: 'mutation',
    input: (_w, t) => ({ istat: istat(t), platform: 'spid', state: 'active', activationDate: '2021-03-01' }),
  },
  'pnrr.set': {
    rule: 'edit',
    kind: 'mutation',
    input: (_w, t) => ({
      istat: istat(t),
      measure: '1.4.1',
      state: 'finanziata',
      amountCents: 12_345_600,
      stateDate: '2023-05-10',
    }),
  },
  'comments.add': {
    rule: 'internal',
    kind: 'mutation',
    input: (_w, t) => ({ istat: istat(t), body: 'Quando si chiude la carta?' }),
  },

  'history.forService': { rule: 'internal', kind: 'query', input: (_w, t) => ({ istat: istat(t), slug: 'mensa' }) },
  'history.forMilestone': {
    rule: 'internal',
    kind: 'query',
    input: (w, t) => ({ istat: istat(t), id: openMilestone(w, t) }),
  },
  'history.thisMonth': { rule: 'edit', kind: 'query', input: (_w, t) => ({ istat: istat(t) }) },

  'admin.users.list': { rule: 'admin', kind: 'query', input: () => undefined },
  'admin.users.create': {
    rule: 'administer',
    kind: 'mutation',
    input: (_w, t) => ({
      email: `sindaco-${t}@test.it`,
      name: 'Sindaco',
      role: 'council',
      comuni: [istat(t)],
      password: 'una-password-lunga',
    }),
  },
  'admin.users.disable': {
    rule: 'adminOwnAccounts',
    kind: 'mutation',
    input: (w, t) => ({ id: userId(w.db, t === 'alfa' ? 'editor1' : 'editor2'), version: 1 }),
  },
  'admin.comuni.update': {
    rule: 'administer',
    kind: 'mutation',
    input: (_w, t) => ({
      istat: istat(t),
      takeUpTarget: 0.75,
      assistedDesk: 'Sportello in municipio',
      internalNote: null,
      version: 1,
    }),
  },
  'admin.catalogue.list': { rule: 'admin', kind: 'query', input: () => undefined },
  'admin.consortia.list': { rule: 'admin', kind: 'query', input: () => undefined },
  'admin.consortia.create': {
    rule: 'operatorAdmin',
    kind: 'mutation',
    input: (_w, t) => ({ slug: `nuovo-${t}`, name: 'Nuovo', ipaCode: 'nuovo', city: 'Lodi', contactEmail: 'a@b.it' }),
  },
  'admin.consortia.update': {
    rule: 'consortiumAdmin',
    kind: 'mutation',
    input: (_w, t) => ({ slug: consortiumSlug(t), telephone: '+39 0373 123456' }),
  },
  'admin.comuni.list': {
    rule: 'consortiumAdmin',
    kind: 'query',
    input: (_w, t) => ({ consortium: consortiumSlug(t) }),
  },
  'admin.comuni.add': {
    rule: 'consortiumAdmin',
    kind: 'mutation',
    input: (w, t) => {
      ensureRegistry(w.db);
      return { istat: t === 'alfa' ? '001001' : '001002', consortium: consortiumSlug(t) };
    },
  },
  'admin.comuni.archive': {
    rule: 'administer',
    kind: 'mutation',
    input: (_w, t) => ({ istat: istat(t), archived: true, version: 1 }),
  },
  'services.setup': {
    rule: 'edit',
    kind: 'mutation',
    input: (_w, t) => ({
      istat: istat(t),
      services: [{ catalogue: 'biblioteca', stage: 'paper', since: '2024-01-01' }],
    }),
  },
  'comuni.setupChecklist': { rule: 'edit', kind: 'query', input: (_w, t) => ({ istat: istat(t) }) },

  'imports.preview': {
    rule: 'edit',
    kind: 'mutation',
    input: (_w, t) => ({ scope: { istat: istat(t) }, kind: 'figures', csv: IMPORT_CSV }),
  },
  'imports.commit': { rule: 'edit', kind: 'mutation', input: importInput },
  'exports.csv': {
    rule: 'edit',
    kind: 'query',
    input: (_w, t) => ({ scope: { istat: istat(t) }, kind: 'milestones' }),
  },
  'backups.info': { rule: 'admin', kind: 'query', input: () => undefined },
  'admin.catalogue.create': {
    rule: 'admin',
    kind: 'mutation',
    input: (_w, t) => ({ slug: `nuovo-${t}`, name: 'Nuovo servizio', category: 'ambiente' }),
  },
  'admin.catalogue.update': {
    rule: 'catalogueOwner',
    kind: 'mutation',
    input: (_w, t) => ({ slug: t === 'alfa' ? 'biblioteca' : 'sportello-gamma', version: 1, name: 'Nuovo nome' }),
  },
};

async function call(
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

const auditRows = (db: Db) => db.$client.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number };

describe('authorisation matrix', () => {
  it('has an entry for every procedure of the app router, and none for a procedure that is gone', () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    const missing = procedures.filter((p) => !(p in MATRIX));
    const stale = Object.keys(MATRIX).filter((p) => !procedures.includes(p));
    expect(missing, 'add these procedures to MATRIX in router/authorization-matrix.test.ts').toEqual([]);
    expect(stale, 'these MATRIX entries name no procedure').toEqual([]);
    for (const path of procedures) {
      const type = (appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)[path]?._def
        .type;
      expect(type, path).toBe(MATRIX[path]?.kind);
    }
  });

  // Refused calls share one world: at the end it must hold no audit row they wrote.
  const refusedWorld = createTestWorld({ withPeople: true });
  const readWorld = createTestWorld({ withPeople: true });
  // The registry of every comune, which the national reads answer from.
  ensureRegistry(readWorld.db);
  const auditBefore = auditRows(refusedWorld.db).n;

  for (const [path, entry] of Object.entries(MATRIX)) {
    for (const caller of CALLERS) {
      for (const [index, target] of TARGETS.entries()) {
        const expected: Outcome = RULES[entry.rule][caller][index] ?? 'ok';
        it(`${path} as ${caller} on ${target}: ${expected}`, async () => {
          // A call that should succeed gets a world of its own, so versions and slugs are fresh.
          const world =
            entry.ownWorld || (expected === 'ok' && entry.kind === 'mutation')
              ? createTestWorld({ withPeople: true })
              : expected === 'ok'
                ? readWorld
                : refusedWorld;
          const { outcome, result } = await call(world, caller, path, entry.input(world, target));
          expect(outcome, String(result)).toBe(expected);
          if (outcome !== 'ok' || !entry.reveals) return;
          const json = JSON.stringify(result);
          const sees = SEES_INTERNAL[entry.reveals.by][caller][index];
          if (sees) {
            expect(json).toContain(entry.reveals.marker[target]);
            return;
          }
          for (const marker of INTERNAL_MARKERS) expect(json, `${path} leaks "${marker}"`).not.toContain(marker);
          for (const key of INTERNAL_KEYS) expect(json, `${path} carries ${key}`).not.toContain(key);
        });
      }
    }
  }

  it('refused calls changed nothing', () => {
    expect(auditRows(refusedWorld.db).n).toBe(auditBefore);
  });
});
