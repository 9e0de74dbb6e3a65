import { schema } from '@switchoff/db';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password';
import { createSession, loadSessionUser } from '../auth/sessions';
import { auditRows, callerFor, createTestWorld, refusal, sessionUserFor, snapshotTables, worldAs } from '../testing';

describe('admin.users', () => {
  it('lists the accounts of the admin’s own consortium only, without hashes', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const list = await callerFor(db, 'admin1').admin.users.list();
    expect(list.map((u) => [u.name, u.role, u.comuni.map((c) => c.istat)])).toEqual([
      ['Admin del Consorzio Test', 'admin', []],
      ['Consigliera di Alfa', 'council', ['019001']],
      ['Consigliere di Beta', 'council', ['019002']],
      ['Editor del Consorzio Test', 'editor', []],
    ]);
    expect(JSON.stringify(list)).not.toContain('scrypt');
  });

  it('creates a council member with a generated password shown once, hashed, audited without it', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const { user, generatedPassword } = await callerFor(db, 'admin1').admin.users.create({
      email: ' Sindaca@Beta.IT ',
      name: 'Sindaca di Beta',
      role: 'council',
      comuni: ['019002'],
    });
    expect(user).toMatchObject({
      email: 'sindaca@beta.it',
      role: 'council',
      comuni: [{ istat: '019002', name: 'Beta' }],
      version: 1,
    });
    expect(generatedPassword).toMatch(/^[\w-]{20,}$/);
    const row = db.select().from(schema.users).where(eq(schema.users.id, user.id)).get();
    expect(row?.passwordHash.startsWith('scrypt$')).toBe(true);
    expect(await verifyPassword(generatedPassword ?? '', row?.passwordHash ?? '')).toBe(true);
    const [audit] = auditRows(db);
    expect(audit).toMatchObject({
      action: 'create',
      entity: 'users',
      entityId: user.id,
      after: { email: 'sindaca@beta.it', comuni: ['019002'] },
    });
    expect(JSON.stringify(audit)).not.toContain(generatedPassword ?? '');
    expect(JSON.stringify(audit)).not.toContain('scrypt');
  });

  it('refuses a duplicate email, a comune of another consortium, staff with comuni, a short password', async () => {
    const { db, caller: admin } = worldAs('admin1');
    const before = snapshotTables(db);
    expect(
      await refusal(admin.admin.users.create({ email: 'editor1@test.it', name: 'Doppio', role: 'editor' })),
    ).toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { email: ["Esiste già un account con l'indirizzo editor1@test.it"] },
    });
    expect(
      await refusal(admin.admin.users.create({ email: 'x@gamma.it', name: 'X', role: 'council', comuni: ['098001'] })),
    ).toMatchObject({
      code: 'FORBIDDEN',
      fieldErrors: { comuni: ['Il comune di Gamma non è servito dal tuo consorzio'] },
    });
    expect(
      (await refusal(admin.admin.users.create({ email: 'y@test.it', name: 'Y', role: 'editor', comuni: ['019001'] })))
        .fieldErrors,
    ).toHaveProperty('comuni');
    expect(
      (await refusal(admin.admin.users.create({ email: 'y@test.it', name: 'Y', role: 'editor', password: 'corta' })))
        .fieldErrors,
    ).toHaveProperty('password');
    expect(
      (await refusal(admin.admin.users.create({ email: 'y@test.it', name: 'Y', role: 'superuser' as never })))
        .fieldErrors,
    ).toHaveProperty('role');
    expect(snapshotTables(db)).toBe(before);
  });

  it('disables an account of the consortium and ends its sessions; not one’s own, not another consortium’s', async () => {
    const { db, caller: admin } = worldAs('admin1');
    const editor = sessionUserFor(db, 'editor1');
    const session = createSession(db, { userId: editor.id, now: new Date() });
    const disabled = await admin.admin.users.disable({ id: editor.id, version: 1 });
    expect(disabled).toMatchObject({ id: editor.id, version: 2, disabledAt: expect.any(String) });
    expect(loadSessionUser(db, session.token, new Date())).toBeNull();
    expect(auditRows(db)[0]).toMatchObject({
      action: 'disable',
      entity: 'users',
      entityId: editor.id,
      before: { disabledAt: null },
    });
    expect((await refusal(admin.admin.users.disable({ id: editor.id, version: 1 }))).code).toBe('CONFLICT');
    const self = sessionUserFor(db, 'admin1');
    expect((await refusal(admin.admin.users.disable({ id: self.id, version: 1 }))).fieldErrors).toEqual({
      id: ['Non puoi disattivare il tuo stesso account'],
    });
    expect((await refusal(admin.admin.users.disable({ id: sessionUserFor(db, 'editor2').id, version: 1 }))).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('admin.comuni.update', () => {
  it('sets the take-up target and assisted desk, which readiness then uses', async () => {
    const { db, ids, caller: admin } = worldAs('admin1');
    const settings = await admin.admin.comuni.update({
      istat: '019002',
      takeUpTarget: 0.1,
      assistedDesk: 'Municipio',
      internalNote: '',
      version: 1,
    });
    expect(settings).toMatchObject({ takeUpTarget: 0.1, assistedDesk: 'Municipio', internalNote: null, version: 2 });
    expect(auditRows(db)[0]).toMatchObject({
      entity: 'comuni',
      entityId: ids.beta,
      comuneId: ids.beta,
      before: { takeUpTarget: 0.8 },
      after: { takeUpTarget: 0.1 },
    });
    const overview = await callerFor(db, 'public').comuni.overview({ istat: '019002' });
    expect(overview.comune.takeUpTarget).toBe(0.1);
    expect(
      (
        await refusal(
          admin.admin.comuni.update({
            istat: '019002',
            takeUpTarget: 0,
            assistedDesk: null,
            internalNote: null,
            version: 2,
          }),
        )
      ).fieldErrors,
    ).toHaveProperty('takeUpTarget');
  });
});

describe('admin.catalogue', () => {
  it('lists, creates and updates entries with versions, counting the consortium’s comuni that use each', async () => {
    const { db, caller: admin } = worldAs('admin1');
    const list = await admin.admin.catalogue.list();
    expect(list.find((c) => c.slug === 'mensa-scolastica')).toMatchObject({ usedBy: 2, version: 1 });
    const created = await admin.admin.catalogue.create({
      slug: 'lampade-votive',
      name: 'Lampade votive',
      category: 'salute-benessere-assistenza',
      takesPayment: true,
    });
    expect(created).toMatchObject({ slug: 'lampade-votive', usedBy: 0, version: 1 });
    expect(
      (await refusal(admin.admin.catalogue.create({ slug: 'lampade-votive', name: 'Doppia', category: 'ambiente' })))
        .code,
    ).toBe('CONFLICT');
    const updated = await admin.admin.catalogue.update({
      slug: 'lampade-votive',
      version: 1,
      description: 'Canone annuale',
    });
    expect(updated).toMatchObject({ description: 'Canone annuale', version: 2 });
    expect(auditRows(db)[0]).toMatchObject({ entity: 'catalogue_services', action: 'update', comuneId: null });
    expect((await refusal(admin.admin.catalogue.update({ slug: 'nessuno', version: 1, name: 'X' }))).code).toBe(
      'NOT_FOUND',
    );
    const stale = await refusal(admin.admin.catalogue.update({ slug: 'lampade-votive', version: 1, name: 'X' }));
    expect(stale.message).toMatch(
      /^Modificato da Admin del Consorzio Test <admin1@test\.it> il .+ — ricarica la pagina$/,
    );
  });

  it('is changed only by who owns an entry: another consortium’s admin cannot rename a shared one', async () => {
    const { db, caller: other } = worldAs('admin2');
    const before = snapshotTables(db);
    const refused = await refusal(other.admin.catalogue.update({ slug: 'tari', version: 1, name: 'Rinominato' }));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toBe(
      'La voce “Pagamento TARI” del catalogo è di Consorzio Test: la modificano solo i suoi amministratori',
    );
    expect(snapshotTables(db)).toBe(before);
    expect(
      (
        await refusal(
          callerFor(db, 'admin1').admin.catalogue.update({ slug: 'sportello-gamma', version: 1, name: 'X' }),
        )
      ).code,
    ).toBe('FORBIDDEN');

    // What the second consortium adds is its own: it changes it, the operator's admins do not.
    const created = await other.admin.catalogue.create({ slug: 'sagra', name: 'Sagra', category: 'ambiente' });
    expect(created).toMatchObject({ owner: 'own', editable: true });
    expect(await other.admin.catalogue.update({ slug: 'sagra', version: 1, name: 'Sagra di paese' })).toMatchObject({
      name: 'Sagra di paese',
    });
    const seen = await callerFor(db, 'admin1').admin.catalogue.list();
    expect(seen.find((c) => c.slug === 'sagra')).toMatchObject({ owner: 'other', editable: false });
    expect(seen.find((c) => c.slug === 'tari')).toMatchObject({ owner: 'shared', editable: true });
    const theirs = await other.admin.catalogue.list();
    expect(theirs.find((c) => c.slug === 'tari')).toMatchObject({ owner: 'shared', editable: false });
  });
});
