import { type Db, schema } from '@switchoff/db';
import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { callerFor, createTestWorld, expectNoInternalMarkers, sessionUserFor } from '../testing';
import { authorOf } from '../writes/audit';
import { createCalendarToken, findCalendarOwner, revokeCalendarToken } from './calendar-tokens';
import { accountCalendar, comuneCalendar } from './calendars';
import { comuneFeed } from './comune-feed';

const BASE_URL = 'https://switchoff.example.it';
const TODAY = '2024-07-15';
const STAMP = new Date('2024-07-15T10:00:00Z');

/** The events as a calendar client reads them (ical.js is Thunderbird's parser): it throws on invalid iCalendar. */
function readEvents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      sequence: event.sequence,
    };
  });
}

/** An editor moves the world's training milestone ("Formazione sportello") to February 2025. */
const replanTraining = (db: Db, id: number) =>
  callerFor(db, 'editor1').milestones.replan({
    istat: '019001',
    id,
    version: 1,
    plannedDate: '2025-02-01',
    reason: 'Aula non disponibile',
  });

describe('calendars and feeds', () => {
  it('a comune’s public milestones as valid iCalendar, with stable UIDs and no internal milestone', () => {
    const { db, ids } = createTestWorld({ withPeople: true });
    const ics = comuneCalendar(db, { istat: '019001', today: TODAY, baseUrl: BASE_URL, stamp: STAMP });
    const events = readEvents(ics);
    expect(events.map((e) => e.uid).sort()).toEqual(
      [ids.done, ids.late, ids.next].map((id) => `milestone-${id}@switchoff.example.it`).sort(),
    );
    expect(events.find((e) => e.uid === `milestone-${ids.late}@switchoff.example.it`)).toEqual({
      uid: `milestone-${ids.late}@switchoff.example.it`,
      summary: 'TARI solo pagoPA – Alfa',
      start: '2024-05-01',
      allDay: true,
      sequence: 1,
    });
    expectNoInternalMarkers(ics);
    expect(ics).toContain(`URL;VALUE=URI:${BASE_URL}/comuni/019001/roadmap`);
  });

  it('a re-plan moves the event and raises its SEQUENCE; the UID stays', async () => {
    const { db, ids } = createTestWorld({ withPeople: true });
    const uid = `milestone-${ids.next}@switchoff.example.it`;
    const before = readEvents(comuneCalendar(db, { istat: '019001', today: TODAY, baseUrl: BASE_URL, stamp: STAMP }));
    expect(before.find((e) => e.uid === uid)).toMatchObject({ start: '2024-12-01', sequence: 0 });
    await replanTraining(db, ids.next);
    const after = readEvents(comuneCalendar(db, { istat: '019001', today: TODAY, baseUrl: BASE_URL, stamp: STAMP }));
    expect(after.find((e) => e.uid === uid)).toMatchObject({ start: '2025-02-01', sequence: 1 });
  });

  it('the Atom feed lists public changes, newest first, and nothing internal', async () => {
    const { db, ids } = createTestWorld({ withPeople: true });
    await replanTraining(db, ids.next);
    const atom = comuneFeed(db, { istat: '019001', today: TODAY, baseUrl: BASE_URL });
    expect(atom).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    const titles = [...atom.matchAll(/<entry>\s*<title type="html"><!\[CDATA\[(.*?)\]\]><\/title>/g)].map((m) => m[1]);
    expect(titles[0]).toBe('Tappa ripianificata: Formazione sportello');
    expect(titles).toContain('Tappa raggiunta: Mensa solo online');
    expect(titles).toContain('tari: solo digitale dal 1 gennaio 2099');
    expectNoInternalMarkers(atom);
  });

  it('a private calendar shows its owner’s internal milestones until its token is revoked', () => {
    const { db, ids } = createTestWorld({ withPeople: true });
    const mayor = sessionUserFor(db, 'councilA');
    const { id, token } = createCalendarToken(db, { userId: mayor.id, author: authorOf(mayor) });
    const owner = findCalendarOwner(db, token);
    expect(owner?.id).toBe(mayor.id);
    const events = readEvents(accountCalendar(db, { user: mayor, today: TODAY, baseUrl: BASE_URL, stamp: STAMP }));
    expect(events.map((e) => e.summary)).toContain('Milestone interna – Alfa');
    expect(events.map((e) => e.uid)).not.toContain(`milestone-${ids.gammaPublic}@switchoff.example.it`);

    revokeCalendarToken(db, { userId: mayor.id, id, author: authorOf(mayor), now: STAMP });
    expect(findCalendarOwner(db, token)).toBeNull();
    expect(findCalendarOwner(db, 'x'.repeat(43))).toBeNull();
  });

  it('under the open-data rule: an archived comune has none; a demo comune’s say its data are illustrative', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const params = { istat: '019001', today: TODAY, baseUrl: BASE_URL };
    expect(comuneFeed(db, params)).not.toContain('illustrativi');
    db.update(schema.consortia).set({ demo: true }).where(eq(schema.consortia.slug, 'consorzio-test')).run();
    const atom = comuneFeed(db, params);
    expect(atom).toContain('<title>Alfa – novità dello switch-off (dati illustrativi)</title>');
    expect(atom).toContain('Dati illustrativi della dimostrazione di Switch-off, non statistiche ufficiali.');
    const ics = comuneCalendar(db, { ...params, stamp: STAMP });
    expect(new ICAL.Component(ICAL.parse(ics)).getFirstPropertyValue('x-wr-calname')).toBe(
      'Alfa – roadmap dello switch-off (dati illustrativi)',
    );
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
    expect(String(event?.getFirstPropertyValue('description'))).toMatch(/^Dati illustrativi della dimostrazione/);

    const admin = callerFor(db, 'admin1');
    await admin.admin.comuni.archive({ istat: '019001', archived: true, version: 1 });
    expect(() => comuneFeed(db, params)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => comuneCalendar(db, { ...params, stamp: STAMP })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });
});
