import { describe, expect, it } from 'vitest';
import { ALFA, auditRows, callerFor, createTestWorld, expectRefusals, worldAs } from '../testing';

describe('figures.saveMonths', () => {
  it('adds a missing month and corrects another in one save, one audit row each', async () => {
    const { db, ids, caller: editor } = worldAs('editor1');
    const grid = await editor.figures.months({ istat: ALFA, slug: 'mensa' });
    expect(grid.lastMonth).toBe('2024-06');
    expect(grid.rows.map((r) => [r.month, r.version])).toEqual([
      ['2024-01', 1],
      ['2024-02', 1],
      ['2024-03', 1],
      ['2024-05', 1],
      ['2024-06', 1],
    ]);
    const saved = await editor.figures.saveMonths({
      istat: ALFA,
      slug: 'mensa',
      rows: [
        { month: '2024-04', online: 70, assisted: 10, paper: 20, paymentsTotal: 40, paymentsPagopa: 40 },
        {
          month: '2024-05',
          online: 81,
          assisted: 10,
          paper: 9,
          paymentsTotal: 50,
          paymentsPagopa: 50,
          satisfaction: [0, 0, 0, 80, 10],
          version: 1,
        },
        // Unchanged: no new version, no audit row.
        {
          month: '2024-06',
          online: 80,
          assisted: 10,
          paper: 10,
          paymentsTotal: 50,
          paymentsPagopa: 50,
          satisfaction: [0, 0, 0, 80, 10],
          version: 1,
        },
      ],
    });
    expect(saved.rows.map((r) => [r.month, r.online, r.version])).toEqual([
      ['2024-04', 70, 1],
      ['2024-05', 81, 2],
      ['2024-06', 80, 1],
    ]);
    const [update, create] = auditRows(db);
    expect(create).toMatchObject({
      action: 'create',
      entity: 'monthly_figures',
      comuneId: ids.alfa,
      before: null,
      after: expect.objectContaining({ month: '2024-04', online: 70 }),
    });
    expect(update).toMatchObject({
      action: 'update',
      entity: 'monthly_figures',
      before: { month: '2024-05', online: 80, paper: 10, version: 1 },
      after: { month: '2024-05', online: 81, paper: 9, version: 2 },
    });
    // April is no longer a gap on the public page.
    const page = await callerFor(db, 'public').services.get({ istat: ALFA, slug: 'mensa' });
    expect(page.figures.find((f) => f.month === '2024-04')).toMatchObject({ online: 70, takeUp: 0.8 });
  });

  it('refuses the whole save when one month is stale, naming who changed it', async () => {
    const { db } = createTestWorld({ withPeople: true });
    await callerFor(db, 'editor1').figures.saveMonths({
      istat: ALFA,
      slug: 'mensa',
      rows: [{ month: '2024-05', online: 1, assisted: 1, paper: 1, version: 1 }],
    });
    const admin = callerFor(db, 'admin1');
    const staleMessage = /^Modificato da Editor del Consorzio Test <editor1@test\.it> il .+ — ricarica la pagina$/;
    await expectRefusals(db, [
      [
        () =>
          admin.figures.saveMonths({
            istat: ALFA,
            slug: 'mensa',
            rows: [
              { month: '2024-04', online: 5, assisted: 0, paper: 0 },
              { month: '2024-05', online: 2, assisted: 2, paper: 2, version: 1 },
            ],
          }),
        {
          code: 'CONFLICT',
          message: staleMessage,
          pathErrors: { 'rows.1.version': [expect.stringMatching(staleMessage)] },
        },
      ],
      // A month someone else created meanwhile is refused too: the save had no version for it.
      [
        () =>
          admin.figures.saveMonths({
            istat: ALFA,
            slug: 'mensa',
            rows: [{ month: '2024-05', online: 1, assisted: 1, paper: 1 }],
          }),
        { code: 'CONFLICT' },
      ],
    ]);
  });

  it('refuses months not yet complete, repeated months, negative and huge counts, per row and field', async () => {
    const { db, caller: editor } = worldAs('editor1');
    const save = (slug: string, rows: Parameters<typeof editor.figures.saveMonths>[0]['rows']) => () =>
      editor.figures.saveMonths({ istat: ALFA, slug, rows });
    const notConcluded = 'Il mese 2024-07 non è ancora concluso (ultimo mese possibile: 2024-06)';
    const anyMessage = [expect.any(String)];
    await expectRefusals(db, [
      [
        save('mensa', [{ month: '2024-07', online: 1, assisted: 1, paper: 1 }]),
        { code: 'BAD_REQUEST', fieldErrors: { rows: [notConcluded] }, pathErrors: { 'rows.0.month': [notConcluded] } },
      ],
      [
        save('mensa', [
          { month: '2024-04', online: -1, assisted: 1.5, paper: 1e12 },
          { month: '2024-05', online: 1, assisted: 1, paper: 1, paymentsPagopa: 5 },
        ]),
        {
          pathErrors: {
            'rows.0.assisted': anyMessage,
            'rows.0.online': anyMessage,
            'rows.0.paper': anyMessage,
            'rows.1.paymentsPagopa': anyMessage,
          },
        },
      ],
      [
        save('mensa', [
          { month: '2024-04', online: 1, assisted: 1, paper: 1 },
          { month: '2024-04', online: 2, assisted: 1, paper: 1 },
        ]),
        { pathErrors: { 'rows.1.month': ['Il mese 2024-04 è ripetuto'] } },
      ],
      [save('mensa', []), { fieldErrors: { rows: ['Nessun mese da salvare'] } }],
      [save('nessuno', [{ month: '2024-04', online: 1, assisted: 1, paper: 1 }]), { code: 'NOT_FOUND' }],
    ]);
  });
});
