import { createDb, type Db, schema } from '@switchoff/db';
import { createContextInner } from './context';
import { createCaller } from './root';

/** The date every API test runs on, so statuses and months are stable. */
export const TEST_TODAY = '2024-07-15';

type FiguresRow = typeof schema.monthlyFigures.$inferInsert;

function figures(serviceId: number, month: string, online: number, assisted: number, paper: number): FiguresRow {
  return { serviceId, month, online, assisted, paper, satisfaction4: online, satisfaction5: assisted };
}

/**
 * A small, readable world: one consortium with two comuni (and a second consortium),
 * public and internal services and milestones, a revert, a missing month.
 */
export function createTestWorld(): { db: Db; ids: Record<string, number> } {
  const db = createDb(':memory:');
  const { consortia, comuni, services, stageEvents, monthlyFigures, milestones, milestoneDependencies, milestoneReplans, platformAdoptions } = schema;
  const insert = <T extends { id: number }>(q: { returning: () => { get: () => T | undefined } }) => {
    const row = q.returning().get();
    if (!row) throw new Error('insert returned nothing');
    return row.id;
  };
  const consortium = insert(db.insert(consortia).values({ slug: 'consorzio-test', name: 'Consorzio Test', ipaCode: 'ctest', city: 'Crema' }));
  const other = insert(db.insert(consortia).values({ slug: 'altro-consorzio', name: 'Altro Consorzio', ipaCode: 'altro', city: 'Lodi' }));
  const alfa = insert(db.insert(comuni).values({ istatCode: '019001', name: 'Alfa', provinceCode: 'CR', region: 'Lombardia', population: 3000, consortiumId: consortium, ipaCode: 'c_a001', internalNote: 'NOTA INTERNA COMUNE', figuresIllustrative: true }));
  const beta = insert(db.insert(comuni).values({ istatCode: '019002', name: 'Beta', provinceCode: 'CR', region: 'Lombardia', population: 1000, consortiumId: consortium, ipaCode: 'c_a002' }));
  insert(db.insert(comuni).values({ istatCode: '098001', name: 'Gamma', provinceCode: 'LO', region: 'Lombardia', population: 500, consortiumId: other, ipaCode: 'c_a003' }));

  const service = (comuneId: number, slug: string, extra: Partial<typeof services.$inferInsert> = {}) =>
    insert(db.insert(services).values({ comuneId, slug, name: slug, category: 'educazione-formazione', hasAssistedDesk: true, ...extra }));
  const mensaAlfa = service(alfa, 'mensa', { takesPayment: true, internalNote: 'NOTA INTERNA SERVIZIO' });
  const tariAlfa = service(alfa, 'tari', { takesPayment: true, category: 'tributi-finanze-contravvenzioni' });
  const segretoAlfa = service(alfa, 'segreto', { visibility: 'internal' });
  const mensaBeta = service(beta, 'mensa');

  const event = (serviceId: number, stage: 'paper' | 'hybrid' | 'digital_first' | 'switched_off', effectiveDate: string, reason = '') =>
    db.insert(stageEvents).values({ serviceId, stage, effectiveDate, reason, recordedBy: 'Test' }).run();
  event(mensaAlfa, 'paper', '2016-01-01');
  event(mensaAlfa, 'hybrid', '2016-09-01');
  event(mensaAlfa, 'switched_off', '2017-09-01', 'Solo online');
  event(tariAlfa, 'paper', '2016-01-01');
  event(tariAlfa, 'switched_off', '2023-01-01');
  event(tariAlfa, 'digital_first', '2023-06-01', 'Ritorno indietro: troppi reclami');
  event(tariAlfa, 'switched_off', '2099-01-01', 'Pianificato nel futuro');
  event(segretoAlfa, 'paper', '2016-01-01');
  event(mensaBeta, 'hybrid', '2020-01-01');

  // Alfa mensa: 90 digital of 100 every month from 2024-01 to 2024-06, but no April (missing).
  for (const month of ['2024-01', '2024-02', '2024-03', '2024-05', '2024-06']) {
    db.insert(monthlyFigures).values({ ...figures(mensaAlfa, month, 80, 10, 10), paymentsTotal: 50, paymentsPagopa: 50 }).run();
    db.insert(monthlyFigures).values(figures(mensaBeta, month, 1, 0, 9)).run();
  }
  db.insert(monthlyFigures).values(figures(segretoAlfa, '2024-06', 1000, 0, 0)).run();
  db.insert(platformAdoptions).values({ comuneId: alfa, platform: 'pagopa', state: 'active', activationDate: '2017-01-01' }).run();

  const milestone = (values: Partial<typeof milestones.$inferInsert> & { title: string }) =>
    insert(db.insert(milestones).values({ comuneId: alfa, kind: 'switch_off', baselineDate: '2024-03-01', plannedDate: '2024-03-01', ...values }));
  const done = milestone({ title: 'Mensa solo online', serviceId: mensaAlfa, actualDate: '2017-09-01', baselineDate: '2017-09-01', plannedDate: '2017-09-01', progress: 100 });
  const late = milestone({ title: 'TARI solo pagoPA', serviceId: tariAlfa, baselineDate: '2024-01-01', plannedDate: '2024-05-01', progress: 60 });
  const internal = milestone({ title: 'Milestone interna', visibility: 'internal', internalNote: 'NOTA INTERNA MILESTONE', plannedDate: '2025-01-01' });
  const next = milestone({ title: 'Formazione sportello', kind: 'training', plannedDate: '2024-12-01', baselineDate: '2024-10-01', progress: 10 });
  db.insert(milestoneDependencies).values([{ milestoneId: next, dependsOnId: late }, { milestoneId: next, dependsOnId: internal }]).run();
  db.insert(milestoneReplans).values({ milestoneId: late, previousDate: '2024-01-01', plannedDate: '2024-05-01', reason: 'Gara del fornitore in ritardo', changedBy: 'Editor' }).run();
  milestone({ comuneId: beta, title: 'Beta in ritardo', plannedDate: '2024-02-01' });

  return { db, ids: { consortium, alfa, beta, mensaAlfa, tariAlfa, segretoAlfa, mensaBeta, done, late, internal, next } };
}

export function publicCaller(db: Db, today = TEST_TODAY) {
  return createCaller(createContextInner({ db, today: () => today }));
}
