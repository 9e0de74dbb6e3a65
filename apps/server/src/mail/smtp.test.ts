import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enqueueDigests, enqueueLateAlerts } from '@switchoff/api/server';
import { createTestWorld, sessionUserFor } from '@switchoff/api/testing';
import { createDb, type Db, schema } from '@switchoff/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPeriodicChecks } from './mail-loop';
import { sendDueEmails } from './sender';
import { startTestSmtp } from './smtp-testing';
import { smtpTransport } from './transport';

const BASE_URL = 'https://switchoff.example.it';
const FROM = 'Switch-off <switchoff@example.it>';

let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
let transport: ReturnType<typeof smtpTransport>;

beforeEach(async () => {
  smtp = await startTestSmtp();
  transport = smtpTransport(smtp.url);
});
afterEach(async () => {
  transport.close();
  await smtp.close();
});

/** Sends what is due at `at`, as the loop's round would. */
function sendAt(db: Db, at: string) {
  return sendDueEmails({ db, send: transport.send, from: FROM, baseUrl: BASE_URL, now: () => new Date(at) });
}

function states(db: Db) {
  return db.select({ state: schema.outbox.state, attempts: schema.outbox.attempts }).from(schema.outbox).all();
}

describe('email through a real SMTP server', () => {
  it('a late milestone puts one email in the inbox of the mayor of that comune and nobody else', async () => {
    const { db } = createTestWorld({ withPeople: true });
    // 1 May 2024: the month's digests go out; TARI solo pagoPA of Alfa is due today, not late.
    expect(runPeriodicChecks(db, '2024-05-01')).toEqual({ alerts: 0, digests: 4 });
    expect(await sendAt(db, '2030-01-01T00:00:00Z')).toEqual({ sent: 4, failed: 0 });
    smtp.inbox.length = 0;
    // 3 May 2024: it has become late; the checks of that day and the next alert once.
    expect(runPeriodicChecks(db, '2024-05-03')).toEqual({ alerts: 1, digests: 0 });
    runPeriodicChecks(db, '2024-05-04');
    expect(await sendAt(db, '2030-01-02T00:00:00Z')).toEqual({ sent: 1, failed: 0 });
    expect(await sendAt(db, '2030-01-03T00:00:00Z')).toEqual({ sent: 0, failed: 0 });

    const mayor = sessionUserFor(db, 'councilA');
    expect(smtp.inbox.map((m) => m.to)).toEqual([[mayor.email]]);
    const [mail] = smtp.inbox;
    expect(mail?.headers).toMatch(/^Subject: /m);
    expect(mail?.text).toContain('Gentile Consigliera di Alfa,');
    expect(mail?.text).toContain(
      'il traguardo «TARI solo pagoPA» di Alfa doveva essere raggiunto il 1 maggio 2024 e non risulta completato.',
    );
    expect(mail?.text).toContain(`${BASE_URL}/comuni/019001/roadmap`);
    expect(mail?.html).toContain('<p>Gentile Consigliera di Alfa,</p>');
    expect(mail?.headers).toMatch(
      new RegExp(`^List-Unsubscribe: <${BASE_URL}/email/disiscrizione\\?token=${mayor.id}\\.alerts\\.`, 'm'),
    );
    expect(mail?.headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
  });

  it('the digest arrives with its content in both parts', async () => {
    const { db } = createTestWorld({ withPeople: true });
    enqueueDigests(db, { today: '2024-07-15', scheduled: true, istat: '019001' });
    expect(await sendAt(db, '2030-01-01T00:00:00Z')).toEqual({ sent: 2, failed: 0 });
    const mayor = smtp.inbox.find((m) => m.to.includes('councila@test.it'));
    expect(mayor?.from).toBe('switchoff@example.it');
    expect(mayor?.text).toContain('ecco come stanno i tuoi comuni alla fine di giugno 2024.');
    expect(mayor?.text).toContain('Traguardi in ritardo\n- TARI solo pagoPA (tari): prevista il 1 maggio 2024');
    expect(mayor?.text).toContain('Traguardi slittati\n- Formazione sportello: prevista il 1 dicembre 2024');
    expect(mayor?.text).toContain('Adozione digitale\n- giugno 2024: 99,1% (mese precedente 90,0%');
    expect(mayor?.html).toContain('<h2>Traguardi in ritardo</h2>');
    expect(mayor?.html).toContain(`<a href="${BASE_URL}/comuni/019001">`);
  });

  it('a refusal (4xx, 5xx) or a dropped connection is retried after a backoff, and delivered once', async () => {
    const { db } = createTestWorld({ withPeople: true });
    enqueueLateAlerts(db, { today: '2024-05-03' });
    smtp.faults.push({ refuse: 451 }, { refuse: 550 }, 'drop');
    expect(await sendAt(db, '2030-01-01T00:00:00Z')).toEqual({ sent: 0, failed: 1 });
    expect(await sendAt(db, '2030-01-01T00:00:30Z')).toEqual({ sent: 0, failed: 0 });
    expect(await sendAt(db, '2030-01-01T00:01:00Z')).toEqual({ sent: 0, failed: 1 });
    expect(await sendAt(db, '2030-01-01T00:03:00Z')).toEqual({ sent: 0, failed: 1 });
    expect(smtp.inbox).toHaveLength(0);
    const [row] = db.select().from(schema.outbox).all();
    expect(row?.lastError).toMatch(/ECONNRESET|closed|socket/i);
    expect(await sendAt(db, '2030-01-01T00:07:00Z')).toEqual({ sent: 1, failed: 0 });
    expect(await sendAt(db, '2030-01-02T00:00:00Z')).toEqual({ sent: 0, failed: 0 });
    expect(smtp.inbox).toHaveLength(1);
    expect(states(db)).toEqual([{ state: 'sent', attempts: 4 }]);
  });

  it('a crash between the outbox write and the send loses nothing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'switchoff-mail-'));
    try {
      const file = join(folder, 'switchoff.db');
      const { db: world } = createTestWorld({ withPeople: true });
      await world.$client.backup(file);
      world.$client.close();

      const before = createDb(file);
      enqueueLateAlerts(before, { today: '2024-05-03' });
      before.$client.close(); // the process dies before any send

      const after = createDb(file);
      expect(await sendAt(after, '2030-01-01T00:00:00Z')).toEqual({ sent: 1, failed: 0 });
      after.$client.close();
      expect(smtp.inbox.map((m) => m.to)).toEqual([['councila@test.it']]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
