import { schema } from '@switchoff/db';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ALFA, auditRows, callerFor, expectRefusals, onAlfa, refusal, worldAs } from '../testing';

describe('milestones.create and update', () => {
  it('creates a milestone whose baseline is its first planned date, with dependencies, audited', async () => {
    const { db, ids, caller: editor } = worldAs('editor1');
    const item = await editor.milestones.create({
      istat: ALFA,
      title: 'Mensa: solo app IO',
      kind: 'digital_launch',
      service: 'mensa',
      plannedDate: '2024-10-01',
      dependsOn: [ids.late],
      visibility: 'internal',
      internalNote: 'Da confermare in giunta',
    });
    expect(item).toMatchObject({
      title: 'Mensa: solo app IO',
      service: { slug: 'mensa', name: 'mensa' },
      baselineDate: '2024-10-01',
      plannedDate: '2024-10-01',
      dependsOn: [ids.late],
      visibility: 'internal',
      // It depends on a late milestone.
      status: 'at_risk',
      version: 1,
    });
    expect(auditRows(db)[0]).toMatchObject({
      action: 'create',
      entity: 'milestones',
      entityId: item.id,
      comuneId: ids.alfa,
      before: null,
    });
  });

  it('updates fields and dependencies, refusing a cycle and a milestone of another comune', async () => {
    const { db, ids, caller: editor } = worldAs('editor1');
    const update = onAlfa(editor.milestones.update);
    await expectRefusals(db, [
      // "next" already depends on "late": making "late" depend on "next" closes a cycle.
      [
        () => update({ id: ids.late, version: 1, dependsOn: [ids.next] }),
        { code: 'BAD_REQUEST', fieldErrors: { dependsOn: [expect.stringContaining('ciclo')] } },
      ],
      [
        () => update({ id: ids.late, version: 1, dependsOn: [ids.late] }),
        { fieldErrors: { dependsOn: ['Un traguardo non può dipendere da sé stesso'] } },
      ],
      [
        () => update({ id: ids.late, version: 1, dependsOn: [ids.gammaPublic] }),
        { code: 'BAD_REQUEST', fieldErrors: { dependsOn: [expect.stringContaining('non ha il traguardo')] } },
      ],
      [() => update({ id: ids.gammaPublic, version: 1, progress: 10 }), { code: 'NOT_FOUND' }],
      [() => update({ id: 999_999, version: 1, progress: 10 }), { code: 'NOT_FOUND' }],
      [
        () => update({ id: -1, version: 1, progress: 101 }),
        { code: 'BAD_REQUEST', fieldErrors: { id: [expect.any(String)], progress: ['Avanzamento da 0 a 100'] } },
      ],
    ]);

    const item = await editor.milestones.update({
      istat: ALFA,
      id: ids.next,
      version: 1,
      dependsOn: [ids.late, ids.done],
      progress: 40,
      owner: 'Ufficio scuola',
    });
    expect(item).toMatchObject({
      dependsOn: [ids.late, ids.done].sort((a, b) => a - b),
      progress: 40,
      owner: 'Ufficio scuola',
      version: 2,
    });
    expect(auditRows(db)[0]).toMatchObject({
      action: 'update',
      before: { progress: 10, owner: '', dependsOn: [ids.late, ids.internal].sort((a, b) => a - b), version: 1 },
      after: { progress: 40, owner: 'Ufficio scuola', version: 2 },
    });
  });
});

describe('milestones.replan and complete', () => {
  it('moves the planned date, keeps the baseline and records the re-plan with its reason', async () => {
    const { db, ids, caller: editor } = worldAs('editor1');
    const item = await editor.milestones.replan({
      istat: ALFA,
      id: ids.next,
      version: 1,
      plannedDate: '2025-02-01',
      reason: 'Corso rinviato',
    });
    expect(item).toMatchObject({
      baselineDate: '2024-10-01',
      plannedDate: '2025-02-01',
      slippageDays: 123,
      version: 2,
    });
    const replans = db
      .select()
      .from(schema.milestoneReplans)
      .where(eq(schema.milestoneReplans.milestoneId, ids.next))
      .all();
    expect(replans).toEqual([
      expect.objectContaining({
        previousDate: '2024-12-01',
        plannedDate: '2025-02-01',
        reason: 'Corso rinviato',
        changedBy: 'Editor del Consorzio Test <editor1@test.it>',
      }),
    ]);
    expect(auditRows(db)[0]).toMatchObject({
      action: 'replan',
      before: { plannedDate: '2024-12-01' },
      after: { plannedDate: '2025-02-01', reason: 'Corso rinviato' },
    });
    // The public sees the re-plan and its reason, never who made it.
    const roadmap = await callerFor(db, 'public').milestones.roadmap({ istat: ALFA });
    const publicReplans = roadmap.milestones.find((m) => m.id === ids.next)?.replans;
    expect(publicReplans).toEqual([expect.objectContaining({ reason: 'Corso rinviato' })]);
    expect(JSON.stringify(publicReplans)).not.toContain('editor1');
  });

  it('requires a reason and refuses a re-plan of a reached milestone', async () => {
    const { db, ids, caller: editor } = worldAs('editor1');
    await expectRefusals(db, [
      [
        () =>
          editor.milestones.replan({ istat: ALFA, id: ids.next, version: 1, plannedDate: '2025-02-01', reason: '  ' }),
        { fieldErrors: { reason: ['Indica il motivo'] } },
      ],
      [
        () =>
          editor.milestones.replan({ istat: ALFA, id: ids.done, version: 1, plannedDate: '2025-02-01', reason: 'x' }),
        { code: 'BAD_REQUEST', fieldErrors: { plannedDate: [expect.stringContaining('già raggiunto')] } },
      ],
    ]);
  });

  it('completes on a past date with 100% progress, refuses a future date and a stale version', async () => {
    const { db, ids, caller: editor } = worldAs('editor1');
    expect(
      await refusal(editor.milestones.complete({ istat: ALFA, id: ids.late, version: 1, actualDate: '2024-07-16' })),
    ).toMatchObject({
      code: 'BAD_REQUEST',
      fieldErrors: { actualDate: ['La data non può essere nel futuro (oggi è 2024-07-15)'] },
    });
    const item = await editor.milestones.complete({ istat: ALFA, id: ids.late, version: 1, actualDate: '2024-07-10' });
    // Reached after its baseline (2024-01-01): done, but late.
    expect(item).toMatchObject({ actualDate: '2024-07-10', progress: 100, status: 'done_late', version: 2 });
    expect(auditRows(db)[0]).toMatchObject({
      action: 'complete',
      before: { actualDate: null, progress: 60 },
      after: { actualDate: '2024-07-10', progress: 100 },
    });
    const stale = await refusal(
      callerFor(db, 'admin1').milestones.update({ istat: ALFA, id: ids.late, version: 1, title: 'Altro' }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(
      /^Modificato da Editor del Consorzio Test <editor1@test\.it> il .+ — ricarica la pagina$/,
    );
  });
});

describe('history', () => {
  it('shows every change of a milestone and of a service, to readers of internal data', async () => {
    const { db, ids, caller: editor } = worldAs('editor1');
    await editor.milestones.update({ istat: ALFA, id: ids.next, version: 1, progress: 20 });
    await editor.milestones.replan({
      istat: ALFA,
      id: ids.next,
      version: 2,
      plannedDate: '2025-01-10',
      reason: 'Rinvio',
    });
    await editor.services.update({ istat: ALFA, slug: 'mensa', version: 1, office: 'Scuola' });
    await editor.figures.saveMonths({
      istat: ALFA,
      slug: 'mensa',
      rows: [{ month: '2024-04', online: 1, assisted: 1, paper: 1 }],
    });

    const council = callerFor(db, 'councilA');
    const milestone = await council.history.forMilestone({ istat: ALFA, id: ids.next });
    expect(milestone.changes.map((c) => c.action)).toEqual(['replan', 'update']);
    const service = await council.history.forService({ istat: ALFA, slug: 'mensa' });
    expect(service.changes.map((c) => [c.entity, c.action])).toEqual([
      ['monthly_figures', 'create'],
      ['services', 'update'],
    ]);

    const month = await editor.history.thisMonth({ istat: ALFA });
    expect(month.changes.map((c) => c.subject)).toEqual([
      'mensa, 2024-04',
      'mensa',
      'Formazione sportello',
      'Formazione sportello',
    ]);
    expect(month.truncated).toBe(false);
    expect((await editor.history.thisMonth({ istat: ALFA, month: '2001-01' })).changes).toEqual([]);
    expect((await refusal(editor.history.thisMonth({ istat: ALFA, month: '2024-13' }))).code).toBe('BAD_REQUEST');
  });
});
