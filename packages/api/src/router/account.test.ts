import { describe, expect, it } from 'vitest';
import { enqueueLateAlerts } from '../mail/alerts';
import { callerFor, createTestWorld } from '../testing';

describe('account: email preferences, calendars; admin: the outbox', () => {
  it('a mayor who turns alerts off gets none, and the change is audited', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const mayor = callerFor(db, 'councilA');
    expect(await mayor.account.preferences()).toMatchObject({ emailDigest: true, emailAlerts: true, language: 'it' });
    expect(await mayor.account.setPreferences({ emailDigest: true, emailAlerts: false, language: 'en' })).toMatchObject(
      { emailAlerts: false, language: 'en' },
    );
    const audit = db.$client.prepare("SELECT action FROM audit_log WHERE entity = 'users'").all();
    expect(audit).toEqual([{ action: 'email_preferences' }]);
    expect(enqueueLateAlerts(db, { today: '2024-05-03' })).toBe(0);
  });

  it('an admin sees the outbox with states and tries a failed message again', async () => {
    const { db } = createTestWorld({ withPeople: true });
    enqueueLateAlerts(db, { today: '2024-05-03' });
    db.$client.prepare("UPDATE outbox SET state = 'failed', attempts = 10, last_error = '550 no such user'").run();
    const admin = callerFor(db, 'admin1');
    const [failed] = await admin.admin.outbox.list();
    expect(failed).toMatchObject({ kind: 'milestone_late', state: 'failed', lastError: '550 no such user' });
    const [retried] = await admin.admin.outbox.retry({ id: failed?.id ?? 0 });
    expect(retried).toMatchObject({ state: 'pending', attempts: 0 });
    await expect(admin.admin.outbox.retry({ id: failed?.id ?? 0 })).rejects.toThrow(/Nessun messaggio/);
    expect(await callerFor(db, 'admin2').admin.outbox.list()).toEqual([]);
  });

  it('a calendar address is shown once, listed without its token, and revoked by its owner', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const editor = callerFor(db, 'editor1');
    const made = await editor.account.createCalendar();
    expect(made.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const listed = await editor.account.calendars();
    expect(JSON.stringify(listed)).not.toContain(made.token);
    expect(await editor.account.revokeCalendar({ id: made.id })).toEqual([
      expect.objectContaining({ id: made.id, revokedAt: expect.any(String) }),
    ]);
  });
});
