import { ensureRegistry } from '@switchoff/db/national';
import { describe, expect, it } from 'vitest';
import { appRouter } from '../root';
import { createTestWorld, INTERNAL_KEYS, INTERNAL_MARKERS } from '../testing';
import { OWN_ACCOUNT_AND_OUTBOX } from './authorization-own.testing';
import {
  auditRows,
  CALLERS,
  callAs,
  consortiumSlug,
  type Entry,
  IMPORT_CSV,
  importInput,
  istat,
  type Outcome,
  openMilestone,
  PUBLIC_READS,
  RULES,
  replannedMilestone,
  SEES_INTERNAL,
  TARGETS,
  type Target,
  userId,
  type World,
} from './authorization-rules.testing';

/**
 * Every procedure, called as every role, on a comune (or consortium) of the caller's own and of
 * another consortium: allowed, or refused with UNAUTHORIZED / FORBIDDEN (NOT_FOUND where another
 * consortium's row is as unknown as a missing one). Public answers are searched for internal
 * markers and fields. A procedure without an entry here fails the test.
 */

/** The editor of consortium 1 (Alfa's side) or 2 (Gamma's), at the version the world made them. */
const editorOf = (w: World, t: Target) => ({ id: userId(w.db, t === 'alfa' ? 'editor1' : 'editor2'), version: 1 });

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
  ...PUBLIC_READS,
  ...OWN_ACCOUNT_AND_OUTBOX,

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
  'history.monthCsv': { rule: 'edit', kind: 'query', input: (_w, t) => ({ istat: istat(t) }) },

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
  'admin.users.disable': { rule: 'adminOwnAccounts', kind: 'mutation', input: editorOf },
  'admin.users.enable': { rule: 'adminOwnAccounts', kind: 'mutation', input: editorOf },
  'admin.users.resetPassword': { rule: 'adminOwnAccounts', kind: 'mutation', input: editorOf },
  'admin.users.update': {
    rule: 'adminOwnAccounts',
    kind: 'mutation',
    input: (w, t) => ({ ...editorOf(w, t), role: 'council', comuni: [istat(t)] }),
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
          const { outcome, result } = await callAs(world, caller, path, entry.input(world, target));
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
