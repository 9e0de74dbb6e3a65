import type { MilestoneStatus } from '@switchoff/domain';
import ical from 'ical-generator';
import { mailDate } from '../mail/texts';

/** The words of a calendar: Italian, like the public pages a visitor follows from it. */
const STATUS_IT: Record<MilestoneStatus, string> = {
  done: 'completata',
  done_late: 'completata in ritardo',
  on_track: 'in linea',
  at_risk: 'a rischio',
  slipped: 'slittata',
  late: 'in ritardo',
  not_started: 'non iniziata',
};

/** A milestone as a calendar shows it. */
export type CalendarMilestone = {
  id: number;
  title: string;
  description: string;
  service: { name: string } | null;
  baselineDate: string;
  plannedDate: string;
  actualDate: string | null;
  status: MilestoneStatus;
  /** Every entry of its plan history (re-plans and annulments): each one changed its date. */
  planChanges: number;
};

export type CalendarComune = { istat: string; name: string; milestones: readonly CalendarMilestone[] };

/**
 * A milestone's SEQUENCE (RFC 5545 §3.8.7.4): raised by each entry of its plan history and once
 * when it is reached, so a client that holds the event replaces it with the new date.
 */
export function sequenceOf(m: Pick<CalendarMilestone, 'planChanges' | 'actualDate'>): number {
  return m.planChanges + (m.actualDate === null ? 0 : 1);
}

/** The event's UID: the milestone's id and the installation's host, the same in every calendar and forever. */
export function milestoneUid(id: number, host: string): string {
  return `milestone-${id}@${host}`;
}

function describe(m: CalendarMilestone): string {
  const lines = [
    `Stato: ${STATUS_IT[m.status]}.`,
    `Data prevista: ${mailDate('it', m.plannedDate)}.`,
    `Data di riferimento concordata: ${mailDate('it', m.baselineDate)}.`,
  ];
  if (m.actualDate !== null) lines.push(`Raggiunta il ${mailDate('it', m.actualDate)}.`);
  if (m.service !== null) lines.push(`Servizio: ${m.service.name}.`);
  if (m.description.trim() !== '') lines.push('', m.description.trim());
  return lines.join('\n');
}

/**
 * An iCalendar (RFC 5545) of milestones, one all-day event each on the day it was reached or,
 * while open, on its planned date. `stamp` is when the calendar is made (DTSTAMP).
 */
export function milestonesCalendar(params: {
  name: string;
  baseUrl: string;
  comuni: readonly CalendarComune[];
  stamp: Date;
  /** A notice the calendar and each of its events carry (the demo's: illustrative data). */
  notice?: string | undefined;
}): string {
  const host = new URL(params.baseUrl).hostname || 'switchoff';
  const notice = params.notice === undefined ? '' : `${params.notice}\n\n`;
  const calendar = ical({
    name: params.name,
    ...(params.notice === undefined ? {} : { description: params.notice }),
    prodId: { company: 'Switch-off', product: 'roadmap', language: 'IT' },
    ttl: 60 * 60,
  });
  for (const comune of params.comuni) {
    for (const m of comune.milestones) {
      const day = m.actualDate ?? m.plannedDate;
      calendar.createEvent({
        id: milestoneUid(m.id, host),
        allDay: true,
        start: new Date(`${day}T00:00:00Z`),
        stamp: params.stamp,
        sequence: sequenceOf(m),
        summary: `${m.title} – ${comune.name}${m.actualDate === null ? '' : ' (raggiunta)'}`,
        description: `${notice}${describe(m)}`,
        url: `${params.baseUrl}/comuni/${comune.istat}/roadmap`,
      });
    }
  }
  return calendar.toString();
}
