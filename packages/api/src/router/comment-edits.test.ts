import { describe, expect, it } from 'vitest';
import { ALFA, auditRows, callerFor, expectRefusals, onAlfa, worldAs } from '../testing';

describe('comments.add', () => {
  it('lets a council member comment on a service of their comune, audited and shown to internal readers', async () => {
    const { db, ids, caller: council } = worldAs('councilA');
    const comment = await onAlfa(council.comments.add)({ service: 'tari', body: '  Quando si passa a solo pagoPA?  ' });
    expect(comment).toMatchObject({
      author: 'Consigliera di Alfa',
      body: 'Quando si passa a solo pagoPA?',
      target: { kind: 'service', slug: 'tari', name: 'tari' },
    });
    expect(auditRows(db)[0]).toMatchObject({
      action: 'create',
      entity: 'comments',
      entityId: comment.id,
      comuneId: ids.alfa,
    });
    const page = await callerFor(db, 'editor1').services.get({ istat: ALFA, slug: 'tari' });
    expect(page.comments?.map((c) => c.body)).toContain('Quando si passa a solo pagoPA?');
    const publicPage = await callerFor(db, 'public').services.get({ istat: ALFA, slug: 'tari' });
    expect(JSON.stringify(publicPage)).not.toContain('Quando si passa');
  });

  it('refuses an empty or huge body, two targets, and targets of another comune', async () => {
    const { db, ids, caller: council } = worldAs('councilA');
    const add = onAlfa(council.comments.add);
    await expectRefusals(db, [
      [() => add({ body: '   ' }), { fieldErrors: { body: ['Scrivi il commento'] } }],
      [
        () => add({ body: 'x'.repeat(2001) }),
        { fieldErrors: { body: ['Testo troppo lungo (massimo 2000 caratteri)'] } },
      ],
      [() => add({ body: 'ok', service: 'mensa', milestoneId: ids.late }), { code: 'BAD_REQUEST' }],
      [() => add({ body: 'ok', milestoneId: ids.gammaPublic }), { code: 'NOT_FOUND' }],
      [() => add({ body: 'ok', service: 'segreto-gamma' }), { code: 'NOT_FOUND' }],
    ]);
  });
});
