import { describe, expect, it } from 'vitest';
import type { RouterInputs } from '../root';
import {
  ALFA,
  auditRows,
  callerFor,
  createTestWorld,
  expectRefusals,
  refusal,
  sessionUserFor,
  worldAs,
} from '../testing';

/** The two services of Alfa these tests change, as the procedures name them. */
const MENSA = { istat: ALFA, slug: 'mensa' } as const;
const TARI = { istat: ALFA, slug: 'tari' } as const;

/** A stage change of Alfa's mensa at version 1: a plain one, but for the fields a test gives. */
const stageChange = (change: Partial<RouterInputs['services']['recordStage']> = {}) => ({
  ...MENSA,
  stage: 'hybrid' as const,
  effectiveDate: '2024-07-01',
  reason: 'x',
  version: 1,
  ...change,
});

describe('services.recordStage', () => {
  it('records a revert with its date and reason, bumps the version and writes one audit row', async () => {
    const { db, ids, caller: editor } = worldAs('editor1');
    const item = await editor.services.recordStage(
      stageChange({ stage: 'digital_first', effectiveDate: '2024-07-01', reason: 'Troppi reclami allo sportello' }),
    );
    expect(item).toMatchObject({ slug: 'mensa', stage: 'digital_first', stageSince: '2024-07-01', version: 2 });
    expect(item.updatedAt > '2024').toBe(true);

    const page = await callerFor(db, 'public').services.get(MENSA);
    expect(page.history.at(-1)).toMatchObject({
      stage: 'digital_first',
      kind: 'revert',
      reason: 'Troppi reclami allo sportello',
      recordedBy: 'Consorzio Test',
    });

    const [audit] = auditRows(db);
    const user = sessionUserFor(db, 'editor1');
    expect(audit).toMatchObject({
      userId: user.id,
      actor: 'Editor del Consorzio Test <editor1@test.it>',
      action: 'record_stage',
      entity: 'services',
      entityId: ids.mensaAlfa,
      comuneId: ids.alfa,
      before: { stage: 'switched_off', version: 1 },
      after: {
        stage: 'digital_first',
        effectiveDate: '2024-07-01',
        reason: 'Troppi reclami allo sportello',
        version: 2,
      },
    });
  });

  it('refuses a stale version naming who changed the service and when, and overwrites nothing', async () => {
    const { db, caller: first } = worldAs('editor1');
    const second = callerFor(db, 'admin1');
    await first.services.update({ ...MENSA, version: 1, office: 'Ufficio scuola' });
    await expectRefusals(db, [
      [
        () => second.services.recordStage(stageChange()),
        {
          code: 'CONFLICT',
          message:
            /^Modificato da Editor del Consorzio Test <editor1@test\.it> il \d{1,2} [a-z]+ \d{4} alle ore \d{2}:\d{2} — ricarica la pagina$/,
        },
      ],
    ]);
  });

  it('refuses the stage already in force and a date more than a year ahead, per field', async () => {
    const { db, caller: editor } = worldAs('editor1');
    const recordStage = (change: Parameters<typeof stageChange>[0]) => () =>
      editor.services.recordStage(stageChange(change));
    await expectRefusals(db, [
      [
        recordStage({ stage: 'switched_off', effectiveDate: '2024-07-01' }),
        { code: 'BAD_REQUEST', fieldErrors: { stage: ['Il servizio è già in questa fase al 2024-07-01'] } },
      ],
      [
        recordStage({ stage: 'hybrid', effectiveDate: '2025-07-16' }),
        { code: 'BAD_REQUEST', fieldErrors: { effectiveDate: [expect.stringContaining('oltre un anno')] } },
      ],
      [
        recordStage({ effectiveDate: '2024-02-30', reason: '', version: -4 }),
        {
          code: 'BAD_REQUEST',
          fieldErrors: {
            effectiveDate: [expect.any(String)],
            reason: [expect.any(String)],
            version: [expect.any(String)],
          },
        },
      ],
    ]);
  });

  it('answers NOT_FOUND for a service of another comune', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const refused = await refusal(
      callerFor(db, 'editor1').services.recordStage(stageChange({ istat: '019002', slug: 'tari' })),
    );
    expect(refused).toMatchObject({ code: 'NOT_FOUND', message: 'Il comune di Beta non ha un servizio "tari"' });
  });
});

describe('services.create', () => {
  it('adds a catalogue service at paper from today, audited', async () => {
    const { db, ids, caller: editor } = worldAs('editor1');
    expect((await editor.services.addable({ istat: ALFA })).map((c) => c.slug)).toEqual(['biblioteca']);
    const item = await editor.services.create({ istat: ALFA, catalogue: 'biblioteca', visibility: 'internal' });
    expect(item).toMatchObject({
      slug: 'biblioteca',
      name: 'Biblioteca',
      catalogueSlug: 'biblioteca',
      stage: 'paper',
      stageSince: '2024-07-15',
      visibility: 'internal',
      version: 1,
    });
    expect(auditRows(db)[0]).toMatchObject({ action: 'create', entity: 'services', comuneId: ids.alfa, before: null });
    expect(await editor.services.addable({ istat: ALFA })).toEqual([]);
  });

  it('offers shared catalogue entries and the consortium’s own, not another consortium’s', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const refused = await refusal(
      callerFor(db, 'editor1').services.create({ istat: ALFA, catalogue: 'sportello-gamma', visibility: 'public' }),
    );
    expect(refused).toMatchObject({ code: 'NOT_FOUND', message: 'Nessun servizio "sportello-gamma" nel catalogo' });
    const gamma = await callerFor(db, 'editor2').services.addable({ istat: '098001' });
    expect(gamma.map((c) => c.slug)).toContain('sportello-gamma');
  });

  it('adds a new service with its own fields', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const item = await callerFor(db, 'editor1').services.create({
      istat: ALFA,
      slug: 'passi-carrai',
      name: 'Passi carrai',
      category: 'autorizzazioni',
      takesPayment: true,
      stage: 'hybrid',
      effectiveDate: '2024-01-10',
    });
    expect(item).toMatchObject({ slug: 'passi-carrai', catalogueSlug: null, stage: 'hybrid', takesPayment: true });
  });

  it('refuses a slug already taken (CONFLICT on the field), an unknown catalogue entry, and a half-filled new service', async () => {
    const { db, caller: editor } = worldAs('editor1');
    await expectRefusals(db, [
      [
        () => editor.services.create({ ...MENSA, name: 'Mensa', category: 'ambiente' }),
        { code: 'CONFLICT', fieldErrors: { slug: ['Il comune di Alfa ha già un servizio con indirizzo "mensa"'] } },
      ],
      [
        () => editor.services.create({ istat: ALFA, catalogue: 'mensa-scolastica', slug: 'mensa-2' }),
        { code: 'CONFLICT', fieldErrors: { catalogue: [expect.stringContaining('ha già questo servizio')] } },
      ],
      [
        () => editor.services.create({ istat: ALFA, catalogue: 'nessuno' }),
        { code: 'NOT_FOUND', fieldErrors: { catalogue: ['Nessun servizio "nessuno" nel catalogo'] } },
      ],
      [
        () => editor.services.create({ istat: ALFA, name: 'Senza indirizzo' }),
        { code: 'BAD_REQUEST', fieldErrors: { slug: [expect.any(String)], category: ['Scegli la materia'] } },
      ],
    ]);
  });
});

describe('services.update', () => {
  it('changes only what differs, audits before and after, and leaves an unchanged save alone', async () => {
    const { db, ids, caller: editor } = worldAs('editor1');
    const item = await editor.services.update({
      ...TARI,
      version: 1,
      visibility: 'internal',
      internalNote: 'Da rivedere',
      office: '',
      interactivityLevel: 4,
    });
    expect(item).toMatchObject({
      visibility: 'internal',
      internalNote: 'Da rivedere',
      interactivityLevel: 4,
      version: 2,
    });
    expect(auditRows(db)[0]).toMatchObject({
      action: 'update',
      entity: 'services',
      entityId: ids.tariAlfa,
      before: { visibility: 'public', internalNote: null, interactivityLevel: 0, version: 1 },
      after: { visibility: 'internal', internalNote: 'Da rivedere', interactivityLevel: 4, version: 2 },
    });
    const count = auditRows(db).length;
    expect(await editor.services.update({ ...TARI, version: 2, office: '' })).toMatchObject({
      version: 2,
    });
    expect(auditRows(db)).toHaveLength(count);
    // Now internal: the public no longer finds it.
    await expect(callerFor(db, 'public').services.get(TARI)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses huge strings, negative and fractional numbers without a 500', async () => {
    const { caller: editor } = worldAs('editor1');
    const huge = 'x'.repeat(1_000_000);
    for (const input of [
      { name: huge },
      { description: huge },
      { internalNote: huge },
      { interactivityLevel: -1 },
      { interactivityLevel: 2.5 },
      { takesPayment: 'sì' },
      { visibility: 'segreta' },
    ]) {
      const refused = await refusal(editor.services.update({ ...MENSA, version: 1, ...input } as never));
      expect(refused.code, JSON.stringify(input).slice(0, 40)).toBe('BAD_REQUEST');
      expect(Object.keys(refused.fieldErrors ?? {})).toEqual(Object.keys(input));
    }
    expect(
      (await refusal(editor.services.update({ istat: 'x'.repeat(100_000), slug: 'mensa', version: 1 }))).code,
    ).toBe('BAD_REQUEST');
    expect((await refusal(editor.services.update({ ...MENSA, version: 2 ** 40 }))).code).toBe('BAD_REQUEST');
  });
});
