import { schema } from '@switchoff/db';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditRows, callerFor, createTestWorld, sessionUserFor } from '../testing';
import { enqueueLateAlerts } from './alerts';
import { enqueueDigests, planDigests } from './digest';
import { backoffMs, claimDueEmails, MAX_ATTEMPTS, markEmailFailed, markEmailSent } from './outbox';
import type { MailPayload } from './payloads';
import { renderMail } from './render';
import { readUnsubscribeToken, unsubscribe, unsubscribeSecret, unsubscribeToken } from './unsubscribe';

const LINKS = { baseUrl: 'https://switchoff.example.it', unsubscribeUrl: 'https://switchoff.example.it/u' };

function outboxRows(db: ReturnType<typeof createTestWorld>['db']) {
  return db.select().from(schema.outbox).orderBy(schema.outbox.id).all();
}

describe('late milestone alerts', () => {
  it('alert the council members of the comune once, and nobody else', () => {
    const { db, ids } = createTestWorld({ withPeople: true });
    expect(enqueueLateAlerts(db, { today: '2024-05-03' })).toBe(1);
    expect(enqueueLateAlerts(db, { today: '2024-05-04' })).toBe(0);
    const rows = outboxRows(db);
    expect(rows).toHaveLength(1);
    const councilA = sessionUserFor(db, 'councilA');
    expect(rows[0]).toMatchObject({
      userId: councilA.id,
      recipient: councilA.email,
      comuneId: ids.alfa,
      kind: 'milestone_late',
      state: 'pending',
      idempotencyKey: `late:${ids.late}:2024-05-01:${councilA.id}`,
      subject: 'In ritardo: TARI solo pagoPA (Alfa)',
    });
  });

  it('leave out milestones late for longer than the window, done ones and accounts that opted out', () => {
    const { db, ids } = createTestWorld({ withPeople: true });
    expect(enqueueLateAlerts(db, { today: '2024-07-15' })).toBe(0);
    db.update(schema.milestones).set({ actualDate: '2024-05-02' }).where(eq(schema.milestones.id, ids.late)).run();
    expect(enqueueLateAlerts(db, { today: '2024-05-03' })).toBe(0);
    db.update(schema.milestones).set({ actualDate: null }).where(eq(schema.milestones.id, ids.late)).run();
    db.update(schema.users).set({ emailAlerts: false }).run();
    expect(enqueueLateAlerts(db, { today: '2024-05-03' })).toBe(0);
  });
});

describe('switch-off alerts', () => {
  it('are written in the stage change’s transaction, for the comune’s council members', async () => {
    const { db, ids } = createTestWorld({ withPeople: true });
    await callerFor(db, 'editor1').services.recordStage({
      istat: '019002',
      slug: 'mensa',
      stage: 'switched_off',
      effectiveDate: '2024-07-01',
      reason: 'Tutti online',
      version: 1,
    });
    const rows = outboxRows(db);
    expect(rows.map((r) => [r.kind, r.recipient, r.comuneId])).toEqual([
      ['service_switched_off', 'councilb@test.it', ids.beta],
    ]);
    const mail = renderMail(rows[0]?.payload as MailPayload, LINKS);
    expect(mail.text).toContain('il servizio «mensa» di Beta passa al solo digitale dal 1 luglio 2024.');
    expect(mail.text).toContain('Motivo registrato: Tutti online');
  });

  it('are not written when the change is refused', async () => {
    const { db } = createTestWorld({ withPeople: true });
    await expect(
      callerFor(db, 'editor1').services.recordStage({
        istat: '019002',
        slug: 'mensa',
        stage: 'switched_off',
        effectiveDate: '2024-07-01',
        reason: '',
        version: 99,
      }),
    ).rejects.toThrow();
    expect(outboxRows(db)).toEqual([]);
  });
});

describe('digest', () => {
  it('tells each council member and editor about their comuni', () => {
    const { db } = createTestWorld({ withPeople: true });
    const planned = planDigests(db, { today: '2024-07-15' });
    expect(planned.map((p) => [p.recipient.email, p.payload.comuni.map((c) => c.istat)])).toEqual([
      ['councila@test.it', ['019001']],
      ['councilb@test.it', ['019002']],
      ['editor1@test.it', ['019001', '019002']],
      ['editor2@test.it', ['098001']],
    ]);
    const alfa = planned[0]?.payload.comuni[0];
    expect(alfa?.late.map((m) => m.title)).toEqual(['TARI solo pagoPA']);
    expect(alfa?.slipped.map((m) => m.title)).toEqual(['Formazione sportello', 'Milestone interna']);
    expect(alfa?.dueSoon).toEqual([]);
    expect(alfa?.takeUp).toEqual({
      current: { month: '2024-06', value: expect.closeTo(1090 / 1100, 6) },
      previousMonth: { month: '2024-05', value: 0.9 },
      previousYear: { month: '2023-06', value: null },
    });
    const mail = renderMail(planned[0]?.payload as MailPayload, LINKS);
    expect(mail.subject).toBe('Riepilogo di giugno 2024: Alfa');
    expect(mail.text).toContain('Traguardi in ritardo\n- TARI solo pagoPA (tari): prevista il 1 maggio 2024');
    expect(mail.html).toContain('<h2>Traguardi in ritardo</h2>');
    expect(mail.text).toContain('Non ricevere più il riepilogo mensile: https://switchoff.example.it/u');
  });

  it('is written once a month, in English for an account that reads English', () => {
    const { db } = createTestWorld({ withPeople: true });
    db.update(schema.users).set({ language: 'en' }).where(eq(schema.users.email, 'councilb@test.it')).run();
    expect(enqueueDigests(db, { today: '2024-07-01', scheduled: true })).toBe(4);
    expect(enqueueDigests(db, { today: '2024-07-20', scheduled: true })).toBe(0);
    expect(enqueueDigests(db, { today: '2024-07-20', scheduled: false, istat: '019002' })).toBe(2);
    const beta = outboxRows(db).find((r) => r.recipient === 'councilb@test.it');
    expect(beta?.subject).toBe('June 2024 digest: Beta');
    expect(renderMail(beta?.payload as MailPayload, LINKS).text).toContain('Digital take-up\n- June 2024: 10.0%');
  });
});

describe('outbox', () => {
  it('claims a message once, backs off after a failure and fails after the last attempt', () => {
    const { db } = createTestWorld({ withPeople: true });
    enqueueLateAlerts(db, { today: '2024-05-03' });
    const now = new Date('2030-01-01T00:00:00Z');
    const [row] = claimDueEmails(db, { now, limit: 10 });
    expect(row?.attempts).toBe(1);
    expect(claimDueEmails(db, { now, limit: 10 })).toEqual([]);
    if (row === undefined) throw new Error('nothing claimed');
    markEmailFailed(db, { row, now, error: '451 try later' });
    expect(claimDueEmails(db, { now: new Date(now.getTime() + backoffMs(1) - 1), limit: 10 })).toEqual([]);
    let claimed = claimDueEmails(db, { now: new Date(now.getTime() + backoffMs(1)), limit: 10 })[0];
    for (let attempt = 2; claimed !== undefined && attempt < MAX_ATTEMPTS; attempt += 1) {
      markEmailFailed(db, { row: claimed, now, error: 'refused' });
      claimed = claimDueEmails(db, { now: new Date('2031-01-01T00:00:00Z'), limit: 10 })[0];
    }
    if (claimed === undefined) throw new Error('lost');
    markEmailFailed(db, { row: claimed, now, error: 'refused' });
    expect(outboxRows(db)[0]).toMatchObject({ state: 'failed', attempts: MAX_ATTEMPTS, lastError: 'refused' });
    markEmailSent(db, { id: claimed.id, now });
    expect(outboxRows(db)[0]?.state).toBe('failed');
  });

  it('retries a message whose sender died while sending, once its claim lapses', () => {
    const { db } = createTestWorld({ withPeople: true });
    enqueueLateAlerts(db, { today: '2024-05-03' });
    const now = new Date('2030-01-01T00:00:00Z');
    expect(claimDueEmails(db, { now, limit: 10 })).toHaveLength(1);
    expect(claimDueEmails(db, { now: new Date('2030-01-01T00:04:00Z'), limit: 10 })).toHaveLength(0);
    expect(claimDueEmails(db, { now: new Date('2030-01-01T00:06:00Z'), limit: 10 })[0]?.attempts).toBe(2);
  });

  it('backs off exponentially up to six hours', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(backoffMs(20)).toBe(6 * 60 * 60_000);
  });
});

describe('unsubscribe', () => {
  it('turns one kind of email off with a signed token, once, with an audit entry', () => {
    const { db } = createTestWorld({ withPeople: true });
    const user = sessionUserFor(db, 'councilA');
    const secret = unsubscribeSecret(db);
    expect(unsubscribeSecret(db).equals(secret)).toBe(true);
    const token = unsubscribeToken(secret, { userId: user.id, topic: 'alerts' });
    expect(readUnsubscribeToken(secret, token)).toEqual({ userId: user.id, topic: 'alerts' });
    const forged = token.replace(/^\d+/, String(user.id + 1));
    expect(readUnsubscribeToken(secret, forged)).toBeNull();
    expect(unsubscribe(db, forged)).toBeNull();
    expect(unsubscribe(db, 'nonsense')).toBeNull();

    expect(unsubscribe(db, token)).toEqual({ email: user.email, topic: 'alerts' });
    expect(unsubscribe(db, token)).toEqual({ email: user.email, topic: 'alerts' });
    const row = db.select().from(schema.users).where(eq(schema.users.id, user.id)).get();
    expect(row).toMatchObject({ emailAlerts: false, emailDigest: true });
    expect(auditRows(db).filter((a) => a.action === 'unsubscribe')).toHaveLength(1);
  });
});
