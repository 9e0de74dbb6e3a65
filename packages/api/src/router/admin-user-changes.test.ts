import { describe, expect, it } from 'vitest';
import { logIn } from '../auth/login';
import { verifyPassword } from '../auth/password';
import { createSession, loadSessionUser } from '../auth/sessions';
import { auditRows, callerFor, createTestWorld, refusal, sessionUserFor, snapshotTables, worldAs } from '../testing';

const passwordHashOf = (db: ReturnType<typeof createTestWorld>['db'], id: number) =>
  (db.$client.prepare('SELECT password_hash AS hash FROM users WHERE id = ?').get(id) as { hash: string }).hash;

describe('admin.users.update', () => {
  it('changes a council member’s comuni and an editor’s role, each with an audit row', async () => {
    const { db, caller: admin } = worldAs('admin1');
    const council = sessionUserFor(db, 'councilA');
    const session = createSession(db, { userId: council.id, now: new Date() });
    const moved = await admin.admin.users.update({
      id: council.id,
      version: 1,
      role: 'council',
      comuni: ['019002', '019001', '019002'],
    });
    expect(moved).toMatchObject({ version: 2, comuni: [{ istat: '019001' }, { istat: '019002' }] });
    expect(auditRows(db)[0]).toMatchObject({
      action: 'update',
      entity: 'users',
      entityId: council.id,
      before: { role: 'council', comuni: ['019001'], version: 1 },
      after: { role: 'council', comuni: ['019001', '019002'], version: 2 },
    });
    // The open session sees the new comuni at its next request.
    expect(loadSessionUser(db, session.token, new Date())?.comuneIds).toHaveLength(2);

    const editor = sessionUserFor(db, 'editor1');
    const promoted = await admin.admin.users.update({ id: editor.id, version: 1, role: 'admin', comuni: [] });
    expect(promoted).toMatchObject({ role: 'admin', comuni: [], version: 2 });
    const demoted = await admin.admin.users.update({ id: editor.id, version: 2, role: 'council', comuni: ['019001'] });
    expect(demoted).toMatchObject({ role: 'council', comuni: [{ istat: '019001', name: 'Alfa' }], version: 3 });
  });

  it('writes nothing when nothing changes', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const council = sessionUserFor(db, 'councilA');
    const before = snapshotTables(db);
    const same = await callerFor(db, 'admin1').admin.users.update({
      id: council.id,
      version: 1,
      role: 'council',
      comuni: ['019001'],
    });
    expect(same.version).toBe(1);
    expect(snapshotTables(db)).toBe(before);
  });

  it('refuses removing one’s own admin role, another consortium’s account or comune, a stale version', async () => {
    const { db, caller: admin } = worldAs('admin1');
    const self = sessionUserFor(db, 'admin1');
    const before = snapshotTables(db);
    const demoteSelf = await refusal(admin.admin.users.update({ id: self.id, version: 1, role: 'editor', comuni: [] }));
    expect(demoteSelf).toMatchObject({
      code: 'BAD_REQUEST',
      fieldErrors: {
        role: ['Non puoi toglierti il ruolo di amministratore: lo cambia un altro amministratore del consorzio'],
      },
    });
    const other = sessionUserFor(db, 'editor2');
    expect(
      (await refusal(admin.admin.users.update({ id: other.id, version: 1, role: 'admin', comuni: [] }))).code,
    ).toBe('NOT_FOUND');
    const council = sessionUserFor(db, 'councilA');
    expect(
      await refusal(admin.admin.users.update({ id: council.id, version: 1, role: 'council', comuni: ['098001'] })),
    ).toMatchObject({
      code: 'FORBIDDEN',
      fieldErrors: { comuni: ['Il comune di Gamma non è servito dal tuo consorzio'] },
    });
    expect(
      (await refusal(admin.admin.users.update({ id: council.id, version: 1, role: 'council', comuni: [] })))
        .fieldErrors,
    ).toHaveProperty('comuni');
    expect(
      (await refusal(admin.admin.users.update({ id: council.id, version: 7, role: 'editor', comuni: [] }))).code,
    ).toBe('CONFLICT');
    expect(snapshotTables(db)).toBe(before);
  });
});

describe('admin.users.resetPassword', () => {
  it('sets a generated password, returned once, ends the sessions, audits without the password', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const editor = sessionUserFor(db, 'editor1');
    const session = createSession(db, { userId: editor.id, now: new Date() });
    const { user, temporaryPassword } = await callerFor(db, 'admin1').admin.users.resetPassword({
      id: editor.id,
      version: 1,
    });
    expect(user).toMatchObject({ id: editor.id, version: 2 });
    expect(temporaryPassword).toMatch(/^[\w-]{20,}$/);
    expect(await verifyPassword(temporaryPassword, passwordHashOf(db, editor.id))).toBe(true);
    expect(loadSessionUser(db, session.token, new Date())).toBeNull();
    const [audit] = auditRows(db);
    expect(audit).toMatchObject({ action: 'reset_password', entityId: editor.id, after: { passwordReset: true } });
    expect(JSON.stringify(audit)).not.toContain(temporaryPassword);
    const login = await logIn(db, {
      email: editor.email,
      password: temporaryPassword,
      address: '::1',
      now: new Date(),
    });
    expect(login.user.id).toBe(editor.id);
  });

  it('refuses one’s own password and another consortium’s account, changing nothing', async () => {
    const { db, caller: admin } = worldAs('admin1');
    const before = snapshotTables(db);
    const self = sessionUserFor(db, 'admin1');
    expect(await refusal(admin.admin.users.resetPassword({ id: self.id, version: 1 }))).toMatchObject({
      code: 'BAD_REQUEST',
      fieldErrors: {
        id: ['Non puoi reimpostare qui la tua stessa password: la reimposta un altro amministratore del consorzio'],
      },
    });
    const other = sessionUserFor(db, 'admin2');
    expect((await refusal(admin.admin.users.resetPassword({ id: other.id, version: 1 }))).code).toBe('NOT_FOUND');
    expect(snapshotTables(db)).toBe(before);
  });
});

describe('admin.users.enable', () => {
  it('lets a disabled account log in again, audited; enabling an active one changes nothing', async () => {
    const { db, caller: admin } = worldAs('admin1');
    const editor = sessionUserFor(db, 'editor1');
    await admin.admin.users.disable({ id: editor.id, version: 1 });
    const enabled = await admin.admin.users.enable({ id: editor.id, version: 2 });
    expect(enabled).toMatchObject({ disabledAt: null, version: 3 });
    expect(auditRows(db)[0]).toMatchObject({ action: 'enable', entityId: editor.id, after: { disabledAt: null } });
    const before = snapshotTables(db);
    expect((await admin.admin.users.enable({ id: editor.id, version: 3 })).version).toBe(3);
    expect(snapshotTables(db)).toBe(before);
    const other = sessionUserFor(db, 'editor2');
    expect((await refusal(admin.admin.users.enable({ id: other.id, version: 1 }))).code).toBe('NOT_FOUND');
  });
});
