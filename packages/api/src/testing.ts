import { createDb, schema } from '@switchoff/db';
import { expect } from 'vitest';
import { addPeople, callerFor, type TestRole } from './people.testing';

export * from './people.testing';

type FiguresRow = typeof schema.monthlyFigures.$inferInsert;

function figures(serviceId: number, month: string, online: number, assisted: number, paper: number): FiguresRow {
  return { serviceId, month, online, assisted, paper, satisfaction4: online, satisfaction5: assisted };
}

/** The ISTAT code of Alfa, the test world's first comune. */
export const ALFA = '019001';

/**
 * A small, readable world: one consortium with two comuni (and a second consortium with Gamma),
 * public and internal services and milestones, a revert, a missing month, a small catalogue.
 * With `withPeople`, also a user of every role (see `TEST_USERS`) and council comments.
 *
 * Everything internal carries a marker the public must never see (`INTERNAL_MARKERS`).
 */
export function createTestWorld(options: { withPeople?: boolean } = {}) {
  const db = createDb(':memory:');
  const {
    consortia,
    comuni,
    services,
    stageEvents,
    monthlyFigures,
    milestones,
    milestoneDependencies,
    milestoneReplans,
    platformAdoptions,
    catalogueServices,
  } = schema;
  const insert = <T extends { id: number }>(q: { returning: () => { get: () => T | undefined } }) => {
    const row = q.returning().get();
    if (!row) throw new Error('insert returned nothing');
    return row.id;
  };
  const consortium = insert(
    db.insert(consortia).values({ slug: 'consorzio-test', name: 'Consorzio Test', ipaCode: 'ctest', city: 'Crema' }),
  );
  const other = insert(
    db.insert(consortia).values({ slug: 'altro-consorzio', name: 'Altro Consorzio', ipaCode: 'altro', city: 'Lodi' }),
  );
  const comune = (values: Omit<typeof comuni.$inferInsert, 'region'>) =>
    insert(db.insert(comuni).values({ region: 'Lombardia', ...values }));
  const alfa = comune({
    istatCode: ALFA,
    name: 'Alfa',
    provinceCode: 'CR',
    population: 3000,
    consortiumId: consortium,
    ipaCode: 'c_a001',
    internalNote: 'NOTA INTERNA COMUNE',
    figuresIllustrative: true,
  });
  const beta = comune({
    istatCode: '019002',
    name: 'Beta',
    provinceCode: 'CR',
    population: 1000,
    consortiumId: consortium,
    ipaCode: 'c_a002',
  });
  const gamma = comune({
    istatCode: '098001',
    name: 'Gamma',
    provinceCode: 'LO',
    population: 500,
    consortiumId: other,
    ipaCode: 'c_a003',
    internalNote: 'NOTA INTERNA GAMMA',
  });
  const catalogue = (slug: string, name: string) =>
    insert(db.insert(catalogueServices).values({ slug, name, category: 'educazione-formazione' }));
  const mensaCatalogue = catalogue('mensa-scolastica', 'Mensa scolastica');
  const tariCatalogue = catalogue('tari', 'Pagamento TARI');
  const archiveCatalogue = catalogue('archivio', 'Archivio storico');
  catalogue('biblioteca', 'Biblioteca');
  // An entry of the second consortium's own: only its admins change it.
  insert(
    db.insert(catalogueServices).values({
      slug: 'sportello-gamma',
      name: 'Sportello Gamma',
      category: 'educazione-formazione',
      ownerConsortiumId: other,
    }),
  );

  const service = (comuneId: number, slug: string, extra: Partial<typeof services.$inferInsert> = {}) =>
    insert(
      db
        .insert(services)
        .values({ comuneId, slug, name: slug, category: 'educazione-formazione', hasAssistedDesk: true, ...extra }),
    );
  const mensaAlfa = service(alfa, 'mensa', {
    takesPayment: true,
    internalNote: 'NOTA INTERNA SERVIZIO',
    catalogueId: mensaCatalogue,
  });
  const tariAlfa = service(alfa, 'tari', {
    takesPayment: true,
    category: 'tributi-finanze-contravvenzioni',
    catalogueId: tariCatalogue,
  });
  const segretoAlfa = service(alfa, 'segreto', { visibility: 'internal', catalogueId: archiveCatalogue });
  const mensaBeta = service(beta, 'mensa', { catalogueId: mensaCatalogue });
  const mensaGamma = service(gamma, 'mensa', {
    catalogueId: mensaCatalogue,
    internalNote: 'NOTA INTERNA GAMMA SERVIZIO',
  });
  const segretoGamma = service(gamma, 'segreto-gamma', { visibility: 'internal', catalogueId: archiveCatalogue });

  const event = (
    serviceId: number,
    stage: 'paper' | 'hybrid' | 'digital_first' | 'switched_off',
    effectiveDate: string,
    reason = '',
  ) => db.insert(stageEvents).values({ serviceId, stage, effectiveDate, reason, recordedBy: 'Test' }).run();
  event(mensaAlfa, 'paper', '2016-01-01');
  event(mensaAlfa, 'hybrid', '2016-09-01');
  event(mensaAlfa, 'switched_off', '2017-09-01', 'Solo online');
  event(tariAlfa, 'paper', '2016-01-01');
  event(tariAlfa, 'switched_off', '2023-01-01');
  event(tariAlfa, 'digital_first', '2023-06-01', 'Ritorno indietro: troppi reclami');
  event(tariAlfa, 'switched_off', '2099-01-01', 'Pianificato nel futuro');
  event(segretoAlfa, 'paper', '2016-01-01');
  event(mensaBeta, 'hybrid', '2020-01-01');
  event(mensaGamma, 'hybrid', '2021-01-01');
  event(segretoGamma, 'paper', '2021-01-01');

  // Alfa mensa: 90 digital of 100 every month from 2024-01 to 2024-06, but no April (missing).
  for (const month of ['2024-01', '2024-02', '2024-03', '2024-05', '2024-06']) {
    db.insert(monthlyFigures)
      .values({ ...figures(mensaAlfa, month, 80, 10, 10), paymentsTotal: 50, paymentsPagopa: 50 })
      .run();
    db.insert(monthlyFigures)
      .values(figures(mensaBeta, month, 1, 0, 9))
      .run();
  }
  db.insert(monthlyFigures)
    .values(figures(segretoAlfa, '2024-06', 1000, 0, 0))
    .run();
  db.insert(platformAdoptions)
    .values({ comuneId: alfa, platform: 'pagopa', state: 'active', activationDate: '2017-01-01' })
    .run();

  const milestone = (values: Partial<typeof milestones.$inferInsert> & { title: string }) =>
    insert(
      db.insert(milestones).values({
        comuneId: alfa,
        kind: 'switch_off',
        baselineDate: '2024-03-01',
        plannedDate: '2024-03-01',
        ...values,
      }),
    );
  const done = milestone({
    title: 'Mensa solo online',
    serviceId: mensaAlfa,
    actualDate: '2017-09-01',
    baselineDate: '2017-09-01',
    plannedDate: '2017-09-01',
    progress: 100,
  });
  const late = milestone({
    title: 'TARI solo pagoPA',
    serviceId: tariAlfa,
    baselineDate: '2024-01-01',
    plannedDate: '2024-05-01',
    progress: 60,
  });
  const internal = milestone({
    title: 'Milestone interna',
    visibility: 'internal',
    internalNote: 'NOTA INTERNA MILESTONE',
    plannedDate: '2025-01-01',
  });
  const next = milestone({
    title: 'Formazione sportello',
    kind: 'training',
    plannedDate: '2024-12-01',
    baselineDate: '2024-10-01',
    progress: 10,
  });
  db.insert(milestoneDependencies)
    .values([
      { milestoneId: next, dependsOnId: late },
      { milestoneId: next, dependsOnId: internal },
    ])
    .run();
  db.insert(milestoneReplans)
    .values({
      milestoneId: late,
      previousDate: '2024-01-01',
      plannedDate: '2024-05-01',
      reason: 'Gara del fornitore in ritardo',
      changedBy: 'Editor',
    })
    .run();
  milestone({ comuneId: beta, title: 'Beta in ritardo', plannedDate: '2024-02-01' });
  const gammaPublic = milestone({
    comuneId: gamma,
    title: 'Gamma pubblico',
    serviceId: mensaGamma,
    plannedDate: '2024-10-01',
    baselineDate: '2024-10-01',
  });
  const gammaInternal = milestone({
    comuneId: gamma,
    title: 'Milestone interna Gamma',
    visibility: 'internal',
    internalNote: 'NOTA INTERNA GAMMA MILESTONE',
    plannedDate: '2024-11-01',
  });
  db.insert(monthlyFigures)
    .values(figures(mensaGamma, '2024-06', 5, 1, 4))
    .run();

  const ids = {
    consortium,
    other,
    alfa,
    beta,
    gamma,
    mensaAlfa,
    tariAlfa,
    segretoAlfa,
    mensaBeta,
    mensaGamma,
    segretoGamma,
    done,
    late,
    internal,
    next,
    gammaPublic,
    gammaInternal,
  };
  if (options.withPeople) addPeople(db, ids);
  return { db, ids };
}

/** The test world with its people and a caller signed in as `role`: how most router tests begin. */
export function worldAs(role: TestRole | 'public') {
  const world = createTestWorld({ withPeople: true });
  return { ...world, caller: callerFor(world.db, role) };
}

/** A procedure of a caller bound to Alfa: `onAlfa(editor.platforms.set)({ platform: 'spid', state: 'active' })`. */
export function onAlfa<I extends { istat: string }, O>(procedure: (input: I) => Promise<O>) {
  return (input: Omit<I, 'istat'>) => procedure({ ...input, istat: ALFA } as I);
}

/** Strings planted in internal data only: a public answer must contain none of them. */
export const INTERNAL_MARKERS = ['segreto', 'NOTA INTERNA', 'Milestone interna', 'COMMENTO RISERVATO'] as const;

/** Fields that exist only in answers for readers of internal data. */
export const INTERNAL_KEYS = ['"internalNote"', '"comments"', '"visibility"', '"version"', '"changedBy"'] as const;

/** Asserts that a public answer (as text) carries none of the internal markers. */
export function expectNoInternalMarkers(text: string) {
  for (const marker of INTERNAL_MARKERS) expect(text, `leaks "${marker}"`).not.toContain(marker);
}
