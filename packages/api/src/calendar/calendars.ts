import { type Db, schema } from '@switchoff/db';
import { and, asc, eq, exists, inArray } from 'drizzle-orm';
import type { SessionUser } from '../access';
import { findComune } from '../reads/lookup';
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

/** `/comuni/:istat/roadmap.ics`: the comune's public milestones (NOT_FOUND for an unknown comune). */
export function comuneCalendar(db: Db, params: { istat: string; today: string; baseUrl: string; stamp: Date }): string {
  const comune = calendarComune(db, { ...params, internal: false });
  return milestonesCalendar({
    name: `${comune.name} – roadmap dello switch-off`,
    baseUrl: params.baseUrl,
    comuni: [comune],
    stamp: params.stamp,
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
