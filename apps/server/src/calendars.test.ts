import { callerFor, createTestWorld, INTERNAL_MARKERS, TEST_TODAY } from '@switchoff/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { baseUrlOf } from './http.testing';

describe('calendars and feeds over HTTP', () => {
  const { db } = createTestWorld({ withPeople: true });
  let base = '';
  let close = () => {};
  beforeAll(async () => {
    const server = createApp({ db, today: () => TEST_TODAY, publicUrl: 'https://switchoff.example.it' }).listen(0);
    base = await baseUrlOf(server);
    close = () => server.close();
  });
  afterAll(() => close());

  it('serves a comune’s roadmap as iCalendar and its changes as Atom, public items only', async () => {
    const ics = await fetch(`${base}/comuni/019001/roadmap.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(ics.headers.get('cache-control')).toBe('public, max-age=300');
    const calendar = await ics.text();
    expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(calendar).toContain('SUMMARY:TARI solo pagoPA – Alfa');
    const feed = await fetch(`${base}/comuni/019001/feed.atom`);
    expect(feed.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const atom = await feed.text();
    expect(atom).toContain('<link rel="self" href="https://switchoff.example.it/comuni/019001/feed.atom"/>');
    for (const marker of INTERNAL_MARKERS) {
      expect(calendar).not.toContain(marker);
      expect(atom).not.toContain(marker);
    }
  });

  it('answers 404 for a comune it does not follow', async () => {
    expect((await fetch(`${base}/comuni/999999/roadmap.ics`)).status).toBe(404);
    expect((await fetch(`${base}/comuni/999999/feed.atom`)).status).toBe(404);
  });

  it('serves a private calendar with internal milestones until its owner revokes it', async () => {
    const mayor = callerFor(db, 'councilA');
    const { id, token } = await mayor.account.createCalendar();
    const res = await fetch(`${base}/calendario/${token}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(await res.text()).toContain('SUMMARY:Milestone interna – Alfa');
    await mayor.account.revokeCalendar({ id });
    expect((await fetch(`${base}/calendario/${token}.ics`)).status).toBe(404);
    expect((await fetch(`${base}/calendario/non-un-token.ics`)).status).toBe(404);
  });
});
