import { describe, expect, it } from 'vitest';
import { enqueueLateAlerts } from '../mail/alerts';
import { callerFor, createTestWorld, worldAs } from '../testing';

describe('account: email preferences, calendars; admin: the outbox', () => {
  it('a mayor who turns alerts off gets none, and the change is audited', async () => {
    const { db, caller: mayor } = worldAs('councilA');
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
    const listed = await admin.admin.outbox.list();
    const [failed] = listed.rows;
    expect(failed).toMatchObject({
      kind: 'milestone_late',
      state: 'failed',
      lastError: '550 no such user',
      errorKind: 'refused',
    });
    expect(listed.counts.failed).toBe(listed.total);
    expect(await admin.admin.outbox.retry({ id: failed?.id ?? 0 })).toEqual({ id: failed?.id });
    const retried = await admin.admin.outbox.list({ state: 'pending' });
    expect(retried.rows.find((r) => r.id === failed?.id)).toMatchObject({ state: 'pending', attempts: 0 });
    expect((await admin.admin.outbox.list({ state: 'failed' })).total).toBe(listed.total - 1);
    await expect(admin.admin.outbox.retry({ id: failed?.id ?? 0 })).rejects.toThrow(/Nessun messaggio/);
    expect((await callerFor(db, 'admin2').admin.outbox.list()).rows).toEqual([]);
  });

  it('the outbox list pages by 50 and tells a retrying message from a new one', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const owner = db.$client.prepare('SELECT id, email FROM users WHERE consortium_id = 1 LIMIT 1').get() as {
      id: number;
      email: string;
    };
    const insert = db.$client.prepare(
      `INSERT INTO outbox (idempotency_key, user_id, kind, recipient, subject, payload, state, attempts, last_error)
      VALUES (?, ?, 'digest', ?, 'Riepilogo', '{}', 'pending', ?, ?)`,
    );
    for (let i = 0; i < 60; i += 1)
      insert.run(`k${i}`, owner.id, owner.email, i < 5 ? 2 : 0, i < 5 ? 'connect ECONNREFUSED 127.0.0.1:25' : null);
    const admin = callerFor(db, 'admin1');
    const first = await admin.admin.outbox.list();
    expect([first.rows.length, first.total, first.counts.pending, first.counts.retrying]).toEqual([50, 60, 55, 5]);
    expect((await admin.admin.outbox.list({ page: 2 })).rows).toHaveLength(10);
    const retrying = await admin.admin.outbox.list({ state: 'retrying' });
    expect(retrying.rows.map((r) => [r.state, r.errorKind])).toEqual(Array(5).fill(['retrying', 'connection']));
    await expect(admin.admin.outbox.list({ page: 0 })).rejects.toThrow(/input\.invalid/);
  });

  it('a calendar address is shown once, listed without its token, and revoked by its owner', async () => {
    const { caller: editor } = worldAs('editor1');
    const made = await editor.account.createCalendar();
    expect(made.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const listed = await editor.account.calendars();
    expect(JSON.stringify(listed)).not.toContain(made.token);
    expect(await editor.account.revokeCalendar({ id: made.id })).toEqual([
      expect.objectContaining({ id: made.id, revokedAt: expect.any(String) }),
    ]);
  });
});
