import { describe, expect, it } from 'vitest';
import { openDatasetRows } from '../opendata/datasets';
import { findDataScope } from '../reads/lookup';
import { ALFA, auditRows, callerFor, createTestWorld, refusal, snapshotTables, worldAs } from '../testing';

const TODAY = '2024-07-15';

describe('a re-plan never hides lateness', () => {
  it('keeps a late milestone re-planned into the future counted as slipped everywhere', async () => {
    const { db, ids, caller: editor } = worldAs('editor1');
    const pub = callerFor(db, 'public');
    const before = await pub.comuni.overview({ istat: ALFA });
    expect(before.milestones).toMatchObject({ late: 1, slipped: 1 });

    // TARI solo pagoPA: baseline 2024-01-01, planned 2024-05-01, late; re-planned to 2024-09-01.
    await editor.milestones.replan({
      istat: ALFA,
      id: ids.late,
      version: 1,
      plannedDate: '2024-09-01',
      reason: 'Gara',
    });
    const overview = await pub.comuni.overview({ istat: ALFA });
    expect(overview.milestones).toMatchObject({ late: 0, slipped: 2, replans: 2, slippageDays: 244 + 61 });
    const roadmap = await pub.milestones.roadmap({ istat: ALFA });
    expect(roadmap.milestones.find((m) => m.id === ids.late)).toMatchObject({
      status: 'slipped',
      baselineDate: '2024-01-01',
      slippageDays: 244,
      replanCount: 2,
    });
    const portfolio = await pub.consortia.portfolio({ slug: 'consorzio-test' });
    expect(portfolio.comuni.find((c) => c.istat === ALFA)).toMatchObject({
      lateMilestones: 0,
      slippedMilestones: 2,
      replans: 2,
    });
    const national = await pub.national.summary();
    expect(national.totals).toMatchObject({ lateMilestones: 1, slippedMilestones: 2, replans: 2 });
    const report = await pub.reports.council({ istat: ALFA, from: '2024-01', to: '2024-06' });
    expect(report.milestones.slipped.map((m) => m.title)).toEqual(['TARI solo pagoPA', 'Formazione sportello']);
    const open = openDatasetRows(db, { scope: findDataScope(db, { istat: ALFA }), dataset: 'milestone', today: TODAY });
    expect(open.find((r) => r.codice === `id-${ids.late}`)).toMatchObject({
      stato: 'slipped',
      slittamento_giorni: 244,
      ripianificazioni: 2,
    });
  });
});

describe('milestones.replan refuses a date in the past', () => {
  it('names the date and changes nothing', async () => {
    const { db, ids } = createTestWorld({ withPeople: true });
    const before = snapshotTables(db);
    const refused = await refusal(
      callerFor(db, 'editor1').milestones.replan({
        istat: ALFA,
        id: ids.next,
        version: 1,
        plannedDate: '2019-06-01',
        reason: 'Errore di battitura',
      }),
    );
    expect(refused).toMatchObject({
      code: 'BAD_REQUEST',
      fieldErrors: {
        plannedDate: [
          'La nuova data prevista 2019-06-01 è già passata: un traguardo aperto si ripianifica da oggi (2024-07-15) in poi',
        ],
      },
    });
    expect(snapshotTables(db)).toBe(before);
  });
  it('accepts today', async () => {
    const { db, ids } = createTestWorld({ withPeople: true });
    const item = await callerFor(db, 'editor1').milestones.replan({
      istat: ALFA,
      id: ids.next,
      version: 1,
      plannedDate: TODAY,
      reason: 'Anticipato',
    });
    expect(item.plannedDate).toBe(TODAY);
  });
});

describe('milestones.annulReplan', () => {
  it('appends a correction that restores the previous plan; the history and the open data keep both', async () => {
    const { db, ids, caller: editor } = worldAs('editor1');
    await editor.milestones.replan({
      istat: ALFA,
      id: ids.late,
      version: 1,
      plannedDate: '2027-01-01',
      reason: 'Sbaglio',
    });
    const item = await editor.milestones.annulReplan({
      istat: ALFA,
      id: ids.late,
      version: 2,
      reason: 'Anno sbagliato',
    });
    // Back on 2024-05-01, which has passed: late again.
    expect(item).toMatchObject({ plannedDate: '2024-05-01', status: 'late', version: 3 });
    expect(auditRows(db)[0]).toMatchObject({
      action: 'annul_replan',
      actor: 'Editor del Consorzio Test <editor1@test.it>',
      before: { plannedDate: '2027-01-01' },
      after: { plannedDate: '2024-05-01', reason: 'Anno sbagliato' },
    });

    const council = await callerFor(db, 'councilA').milestones.roadmap({ istat: ALFA });
    const history = council.milestones.find((m) => m.id === ids.late)?.replans ?? [];
    expect(history.map((e) => [e.number, e.kind, e.previousDate, e.plannedDate, e.annuls, e.annulledBy])).toEqual([
      [1, 'replan', '2024-01-01', '2024-05-01', null, null],
      [2, 'replan', '2024-05-01', '2027-01-01', null, 3],
      [3, 'annulment', '2027-01-01', '2024-05-01', 2, null],
    ]);
    expect(history[2]).toMatchObject({
      reason: 'Anno sbagliato',
      changedBy: 'Editor del Consorzio Test <editor1@test.it>',
    });
    expect(council.milestones.find((m) => m.id === ids.late)?.replanCount).toBe(1);

    const rows = openDatasetRows(db, {
      scope: findDataScope(db, { istat: ALFA }),
      dataset: 'ripianificazioni',
      today: TODAY,
    }).filter((r) => r.codice === `id-${ids.late}`);
    expect(rows.map((r) => [r.numero, r.tipo, r.data_prevista, r.motivo, r.annulla, r.annullata_da])).toEqual([
      [1, 'ripianificazione', '2024-05-01', 'Gara del fornitore in ritardo', null, null],
      [2, 'ripianificazione', '2027-01-01', 'Sbaglio', null, 3],
      [3, 'annullamento', '2024-05-01', 'Anno sbagliato', 2, null],
    ]);
    expect(JSON.stringify(rows)).not.toContain('editor1');
  });

  it('annuls re-plans one at a time, newest first, and refuses when none is left', async () => {
    const { db, ids, caller: editor } = worldAs('editor1');
    const first = await editor.milestones.annulReplan({ istat: ALFA, id: ids.late, version: 1, reason: 'Mai deciso' });
    expect(first).toMatchObject({ plannedDate: '2024-01-01', slippageDays: 0 });
    const before = snapshotTables(db);
    const none = await refusal(
      editor.milestones.annulReplan({ istat: ALFA, id: ids.late, version: 2, reason: 'Ancora' }),
    );
    expect(none).toMatchObject({
      code: 'BAD_REQUEST',
      fieldErrors: { reason: ['Il traguardo non ha ripianificazioni da annullare'] },
    });
    expect(snapshotTables(db)).toBe(before);
  });

  it('requires a reason, a current version, and refuses a council member', async () => {
    const { db, ids, caller: editor } = worldAs('editor1');
    expect(
      await refusal(editor.milestones.annulReplan({ istat: ALFA, id: ids.late, version: 1, reason: ' ' })),
    ).toMatchObject({ fieldErrors: { reason: ['Indica il motivo'] } });
    expect(
      (await refusal(editor.milestones.annulReplan({ istat: ALFA, id: ids.late, version: 7, reason: 'x' }))).code,
    ).toBe('CONFLICT');
    expect(
      (
        await refusal(
          callerFor(db, 'councilA').milestones.annulReplan({ istat: ALFA, id: ids.late, version: 1, reason: 'x' }),
        )
      ).code,
    ).toBe('FORBIDDEN');
  });
});
