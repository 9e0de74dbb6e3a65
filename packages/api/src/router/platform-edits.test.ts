import { describe, expect, it } from 'vitest';
import { ALFA, auditRows, callerFor, expectRefusals, onAlfa, refusal, worldAs } from '../testing';

describe('platforms.set and pnrr.set', () => {
  it('records a platform first without a version, then with it, audited', async () => {
    const { db, ids, caller: editor } = worldAs('editor1');
    const set = onAlfa(editor.platforms.set);
    const first = await set({ platform: 'anpr', state: 'presubentro', activationDate: null });
    expect(first).toEqual({ platform: 'anpr', state: 'presubentro', activationDate: null, active: false, version: 1 });
    const second = await set({ platform: 'anpr', state: 'subentro', activationDate: '2019-03-01', version: 1 });
    expect(second).toMatchObject({ state: 'subentro', active: true, version: 2 });
    expect(
      auditRows(db)
        .slice(0, 2)
        .map((r) => [r.action, r.entity, r.comuneId]),
    ).toEqual([
      ['update', 'platform_adoptions', ids.alfa],
      ['create', 'platform_adoptions', ids.alfa],
    ]);
    const overview = await callerFor(db, 'editor1').comuni.overview({ istat: ALFA });
    expect(overview.platforms.find((p) => p.platform === 'anpr')).toMatchObject({ state: 'subentro', version: 2 });
    expect(overview.platforms.find((p) => p.platform === 'spid')).toMatchObject({ state: 'not_active', version: null });
  });

  it('refuses a state that does not fit the platform, and a stale or missing version', async () => {
    const { db, caller: editor } = worldAs('editor1');
    const set = onAlfa(editor.platforms.set);
    await expectRefusals(db, [
      [
        () => set({ platform: 'anpr', state: 'active' }),
        {
          code: 'BAD_REQUEST',
          fieldErrors: { state: ['Stato non valido per questa piattaforma: inattivo, presubentro, subentro'] },
        },
      ],
      [
        () => set({ platform: 'spid', state: 'presubentro' }),
        { fieldErrors: { state: [expect.stringContaining('not_active, in_progress, active')] } },
      ],
      // pagoPA is recorded (version 1): a save without its version is stale.
      [() => set({ platform: 'pagopa', state: 'in_progress' }), { code: 'CONFLICT' }],
      [
        () => set({ platform: 'pagopa', state: 'active', activationDate: '2030-01-01', version: 1 }),
        { fieldErrors: { activationDate: [expect.stringContaining('oltre un anno')] } },
      ],
    ]);
  });

  it('records a PNRR measure and refuses negative or fractional amounts', async () => {
    const { db, caller: editor } = worldAs('editor1');
    const item = await editor.pnrr.set({
      istat: ALFA,
      measure: '1.4.1',
      state: 'finanziata',
      amountCents: 7_969_800,
      stateDate: '2023-01-20',
    });
    expect(item).toEqual({
      measure: '1.4.1',
      state: 'finanziata',
      amountCents: 7_969_800,
      stateDate: '2023-01-20',
      version: 1,
    });
    expect(
      await editor.pnrr.set({
        istat: ALFA,
        measure: '1.4.1',
        state: 'completata',
        amountCents: 7_969_800,
        stateDate: '2024-06-30',
        version: 1,
      }),
    ).toMatchObject({ version: 2 });
    expect(auditRows(db)[0]).toMatchObject({
      entity: 'pnrr_measures',
      before: { state: 'finanziata' },
      after: { state: 'completata' },
    });
    expect(
      (await refusal(editor.pnrr.set({ istat: ALFA, measure: '1.2', state: 'candidatura', amountCents: -1 })))
        .fieldErrors,
    ).toEqual({
      amountCents: ["L'importo non può essere negativo"],
    });
    expect(
      (await refusal(editor.pnrr.set({ istat: ALFA, measure: '9.9' as never, state: 'candidatura', amountCents: 1.5 })))
        .fieldErrors,
    ).toMatchObject({
      measure: ['Misura PNRR non valida'],
      amountCents: ['Importo in centesimi interi'],
    });
  });
});
