import type { AddressInfo } from 'node:net';
import { unsubscribeSecret, unsubscribeToken } from '@switchoff/api/server';
import { createTestWorld, sessionUserFor, TEST_TODAY } from '@switchoff/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';

describe('one-click unsubscribe (RFC 8058)', () => {
  const { db } = createTestWorld({ withPeople: true });
  let base = '';
  let close = () => {};
  beforeAll(async () => {
    const server = createApp({ db, today: () => TEST_TODAY }).listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  const digestOf = (email: string) =>
    (db.$client.prepare('SELECT email_digest AS d FROM users WHERE email = ?').get(email) as { d: number }).d === 1;

  it('shows a confirmation on GET and changes nothing', async () => {
    const user = sessionUserFor(db, 'councilA');
    const token = unsubscribeToken(unsubscribeSecret(db), { userId: user.id, topic: 'digest' });
    const res = await fetch(`${base}/email/disiscrizione?token=${token}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Non ricevere più il riepilogo mensile');
    expect(html).toContain('<form method="post"');
    expect(digestOf(user.email)).toBe(true);
  });

  it('turns the digest off on a form POST without login, as a mail client sends it', async () => {
    const user = sessionUserFor(db, 'councilB');
    const token = unsubscribeToken(unsubscribeSecret(db), { userId: user.id, topic: 'digest' });
    const res = await fetch(`${base}/email/disiscrizione?token=${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Non riceverai più il riepilogo mensile');
    expect(digestOf(user.email)).toBe(false);
  });

  it('refuses a forged or malformed token with 400, changing nothing', async () => {
    const user = sessionUserFor(db, 'editor1');
    const token = unsubscribeToken(Buffer.alloc(32), { userId: user.id, topic: 'digest' });
    for (const given of [token, 'x', '']) {
      const res = await fetch(`${base}/email/disiscrizione?token=${encodeURIComponent(given)}`, { method: 'POST' });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('Collegamento non valido');
    }
    expect(digestOf(user.email)).toBe(true);
  });
});
