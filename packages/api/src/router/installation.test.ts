import { ensureRegistry } from '@switchoff/db/national';
import { describe, expect, it } from 'vitest';
import { auditRows, callerFor, createTestWorld, refusal, snapshotTables, worldAs } from '../testing';

const NEW = { slug: 'nuovo', name: 'Nuovo consorzio', ipaCode: 'C_Nuovo', city: 'Lodi', contactEmail: 'info@nuovo.it' };

describe('consortia and comuni of the installation', () => {
  it('the operator’s admins add consortia; others are refused, bad fields named, nothing written', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const created = await callerFor(db, 'admin1').admin.consortia.create(NEW);
    expect(created).toMatchObject({ slug: 'nuovo', ipaCode: 'c_nuovo', contactEmail: 'info@nuovo.it', demo: false });
    const before = snapshotTables(db);
    const notOperator = await refusal(callerFor(db, 'admin2').admin.consortia.create({ ...NEW, slug: 'altro' }));
    expect(notOperator.appError.code).toBe('consortium.operatorOnly');
    const taken = await refusal(callerFor(db, 'admin1').admin.consortia.create(NEW));
    expect(taken).toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { slug: ['Esiste già un consorzio con indirizzo "nuovo"'] },
    });
    const bad = await refusal(
      callerFor(db, 'admin1').admin.consortia.create({ ...NEW, slug: 'x', ipaCode: 'ipa!', contactEmail: 'no' }),
    );
    expect(bad.code).toBe('BAD_REQUEST');
    expect(bad.fieldErrors?.ipaCode?.[0]).toContain('Codice IPA non valido');
    expect(bad.fieldErrors?.contactEmail).toEqual(['Indirizzo email non valido']);
    expect(snapshotTables(db)).toBe(before);
  });

  it('a consortium’s admins change their own consortium, with a version guard', async () => {
    const { caller: admin2 } = worldAs('admin2');
    const { consortia } = await admin2.admin.consortia.list();
    expect(consortia.map((c) => c.slug)).toEqual(['altro-consorzio']);
    const updated = await admin2.admin.consortia.update({
      slug: 'altro-consorzio',
      telephone: '0382 123456',
      version: 1,
    });
    expect(updated).toMatchObject({ telephone: '0382 123456', version: 2 });
    const stale = await refusal(admin2.admin.consortia.update({ slug: 'altro-consorzio', city: 'Pavia', version: 1 }));
    expect(stale.code).toBe('CONFLICT');
    expect((await refusal(admin2.admin.consortia.update({ slug: 'consorzio-test', city: 'X' }))).code).toBe(
      'FORBIDDEN',
    );
  });

  it('adds a comune from the registry, refuses an unknown or tracked code, archives it from public view', async () => {
    const { db } = createTestWorld({ withPeople: true });
    ensureRegistry(db);
    const admin = callerFor(db, 'admin1');
    const added = await admin.admin.comuni.add({ istat: '019081' });
    expect(added).toMatchObject({
      name: 'Ripalta Cremasca',
      provinceCode: 'CR',
      region: 'Lombardia',
      ipaCode: 'c_h315',
    });
    // Its creation is audited as the new comune's own history, naming the consortium that took it on.
    const created = auditRows(db)[0];
    expect(created).toMatchObject({
      action: 'create',
      entity: 'comuni',
      before: null,
      after: { name: 'Ripalta Cremasca', consortium: 'consorzio-test' },
    });
    expect(created?.comuneId).toBe(created?.entityId);
    const before = snapshotTables(db);
    const unknown = await refusal(admin.admin.comuni.add({ istat: '999999' }));
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', appError: { code: 'registry.notFound' } });
    const twice = await refusal(callerFor(db, 'admin2').admin.comuni.add({ istat: '019081' }));
    expect(twice.message).toBe('Il comune di Ripalta Cremasca è già seguito da Consorzio Test');
    expect(snapshotTables(db)).toBe(before);

    const archived = await admin.admin.comuni.archive({ istat: '019081', archived: true, version: 1 });
    const audit = auditRows(db)[0];
    expect(audit).toEqual(
      expect.objectContaining({
        action: 'archive',
        entity: 'comuni',
        before: { archivedAt: null, version: 1 },
        after: { archivedAt: archived.archivedAt, version: 2 },
      }),
    );
    expect(audit?.comuneId).toBe(audit?.entityId);
    const gone = await refusal(callerFor(db, 'public').comuni.overview({ istat: '019081' }));
    expect(gone.code).toBe('NOT_FOUND');
    const listed = await callerFor(db, 'public').comuni.list({ search: 'Ripalta' });
    expect(JSON.stringify(listed)).not.toContain('Ripalta');
    // Its staff still reach it, and the admin list shows it archived.
    expect((await callerFor(db, 'editor1').comuni.overview({ istat: '019081' })).comune.name).toBe('Ripalta Cremasca');
    const list = await admin.admin.comuni.list({});
    expect(list.comuni.find((c) => c.istat === '019081')?.archivedAt).not.toBeNull();
    // The national page (where the ISTAT search leads) says "not tracked" to the public, "tracked" to its staff.
    expect((await callerFor(db, 'public').italy.comune({ istat: '019081' })).trackedBy).toBeNull();
    expect((await callerFor(db, 'public').italy.comune({ istat: '019081' })).entered).toEqual([]);
    expect((await callerFor(db, 'editor1').italy.comune({ istat: '019081' })).trackedBy?.slug).toBe('consorzio-test');
    expect((await callerFor(db, 'editor2').italy.comune({ istat: '019081' })).trackedBy).toBeNull();
  });

  it('sets up a comune’s services in one form, all or none, and its checklist follows', async () => {
    const { db } = createTestWorld({ withPeople: true });
    ensureRegistry(db);
    const admin = callerFor(db, 'admin1');
    await admin.admin.comuni.add({ istat: '019081' });
    const editor = callerFor(db, 'editor1');
    const empty = await editor.comuni.setupChecklist({ istat: '019081' });
    expect(empty.items.map((i) => [i.key, i.done])).toEqual([
      ['services', false],
      ['figures', false],
      ['milestones', false],
      ['council', false],
    ]);
    const before = snapshotTables(db);
    const future = await refusal(
      editor.services.setup({
        istat: '019081',
        services: [
          { catalogue: 'biblioteca', stage: 'paper', since: '2024-01-01' },
          { catalogue: 'archivio', stage: 'digital_first', since: '2030-01-01' },
        ],
      }),
    );
    expect(future.pathErrors?.['services.1.since']?.[0]).toContain('non può essere nel futuro');
    const unknown = await refusal(
      editor.services.setup({
        istat: '019081',
        services: [{ catalogue: 'nessuno', stage: 'paper', since: '2024-01-01' }],
      }),
    );
    expect(unknown.code).toBe('NOT_FOUND');
    expect(snapshotTables(db)).toBe(before);
    const set = await editor.services.setup({
      istat: '019081',
      services: [
        { catalogue: 'biblioteca', stage: 'paper', since: '2024-01-01' },
        { catalogue: 'archivio', stage: 'digital_first', since: '2023-05-02' },
      ],
    });
    expect(set.map((s) => [s.slug, s.stage, s.stageSince])).toEqual([
      ['biblioteca', 'paper', '2024-01-01'],
      ['archivio', 'digital_first', '2023-05-02'],
    ]);
    const after = await editor.comuni.setupChecklist({ istat: '019081' });
    expect(after.items.find((i) => i.key === 'services')).toEqual({ key: 'services', done: true, count: 2 });
  });
});
