import { type Db, schema } from '@switchoff/db';
import { token } from '@switchoff/domain';
import { and, asc, eq, exists, inArray } from 'drizzle-orm';
import type { SessionUser } from '../access';
import { notFound } from '../errors';
import { ILLUSTRATIVE_NOTICE } from '../opendata/files';
import { findComune, findConsortium } from '../reads/lookup';
import { getRoadmap } from '../reads/roadmap';
import { type CalendarComune, milestonesCalendar } from './roadmap-calendar';

const { comuni, milestones } = schema;

function calendarComune(db: Db, params: { istat: string; today: string; internal: boolean }): CalendarComune {
  const found = findComune(db, params.istat);
  const roadmap = getRoadmap(db, { found, today: params.today, internal: params.internal });
  return {
    istat: found.comune.istatCode,
    name: found.comune.name,
    milestones: roadmap.milestones.map((m) => ({ ...m, planChanges: m.replans.length })),
  };
}

/**
 * The comune of a public calendar or feed, under the open-data rule: an archived comune is hidden
 * (NOT_FOUND) as its pages are; a demo consortium's comune is served, every calendar and feed of
 * it saying its data are illustrative, as the demo's CSV and JSON files do (none of them is ever
 * listed in the DCAT-AP_IT catalogue).
 */
export function findPublicComune(db: Db, istat: string) {
  const found = findComune(db, istat);
  if (found.comune.archivedAt !== null) notFound(token('comune.notFound', { istat }));
  const illustrative = findConsortium(db, found.consortium.slug).demo;
  return { found, notice: illustrative ? ILLUSTRATIVE_NOTICE : undefined };
}

/** `/comuni/:istat/roadmap.ics`: the comune's public milestones (NOT_FOUND for an unknown or archived comune). */
export function comuneCalendar(db: Db, params: { istat: string; today: string; baseUrl: string; stamp: Date }): string {
  const { notice } = findPublicComune(db, params.istat);
  const comune = calendarComune(db, { ...params, internal: false });
  return milestonesCalendar({
    name: `${comune.name} – roadmap dello switch-off${notice === undefined ? '' : ' (dati illustrativi)'}`,
    baseUrl: params.baseUrl,
    comuni: [comune],
    stamp: params.stamp,
    notice,
  });
}

/**
 * A person's private calendar: every milestone, internal ones too, of their comuni (a council
 * member's) or of their consortium's comuni that have milestones (staff).
 */
export function accountCalendar(
  db: Db,
  params: { user: SessionUser; today: string; baseUrl: string; stamp: Date },
): string {
  const { user } = params;
  const hasMilestones = exists(
    db.select({ id: milestones.id }).from(milestones).where(eq(milestones.comuneId, comuni.id)),
  );
  const scope =
    user.role === 'council'
      ? inArray(comuni.id, user.comuneIds.length > 0 ? [...user.comuneIds] : [-1])
      : and(eq(comuni.consortiumId, user.consortiumId), hasMilestones);
  const codes = db.select({ istat: comuni.istatCode }).from(comuni).where(scope).orderBy(asc(comuni.name)).all();
  return milestonesCalendar({
    name: `Switch-off – le tappe di ${user.name}`,
    baseUrl: params.baseUrl,
    comuni: codes.map((c) => calendarComune(db, { istat: c.istat, today: params.today, internal: true })),
    stamp: params.stamp,
  });
}
