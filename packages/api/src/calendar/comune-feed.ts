import { type Db, schema } from '@switchoff/db';
import type { Stage } from '@switchoff/domain';
import { and, desc, eq } from 'drizzle-orm';
import { Feed } from 'feed';
import { mailDate } from '../mail/texts';
import type { findComune } from '../reads/lookup';
import { getRoadmap } from '../reads/roadmap';
import { findPublicComune } from './calendars';

const { openDatasets, services, stageEvents } = schema;

const STAGE_IT: Record<Stage, string> = {
  paper: 'solo cartaceo',
  hybrid: 'cartaceo e digitale',
  digital_first: 'prima il digitale',
  switched_off: 'solo digitale',
};

/** How many changes the feed carries, newest first: a feed reader keeps what it has seen. */
export const FEED_LIMIT = 50;

type FeedEntry = { id: string; title: string; date: string; content: string; link: string };

/** `YYYY-MM-DD` or a timestamp as a Date (dates at midnight UTC). */
function toDate(value: string): Date {
  return new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
}

function stageEntries(db: Db, comuneId: number, link: string): FeedEntry[] {
  return db
    .select({
      id: stageEvents.id,
      stage: stageEvents.stage,
      effectiveDate: stageEvents.effectiveDate,
      reason: stageEvents.reason,
      recordedAt: stageEvents.recordedAt,
      service: services.name,
      slug: services.slug,
    })
    .from(stageEvents)
    .innerJoin(services, eq(services.id, stageEvents.serviceId))
    .where(and(eq(services.comuneId, comuneId), eq(services.visibility, 'public')))
    .orderBy(desc(stageEvents.id))
    .limit(FEED_LIMIT)
    .all()
    .map((e) => ({
      id: `stage-${e.id}`,
      title: `${e.service}: ${STAGE_IT[e.stage]} dal ${mailDate('it', e.effectiveDate)}`,
      date: e.recordedAt,
      content: e.reason.trim() === '' ? `Nuovo stadio: ${STAGE_IT[e.stage]}.` : `Motivo: ${e.reason.trim()}`,
      link: `${link}/servizi/${e.slug}`,
    }));
}

function milestoneEntries(db: Db, found: ReturnType<typeof findComune>, today: string, link: string): FeedEntry[] {
  const roadmap = getRoadmap(db, { found, today, internal: false });
  const entries: FeedEntry[] = [];
  for (const m of roadmap.milestones) {
    if (m.actualDate !== null) {
      entries.push({
        id: `milestone-${m.id}-reached`,
        title: `Tappa raggiunta: ${m.title}`,
        date: m.actualDate,
        content: `Raggiunta il ${mailDate('it', m.actualDate)} (prevista il ${mailDate('it', m.plannedDate)}).`,
        link: `${link}/roadmap`,
      });
    }
    for (const r of m.replans) {
      const verb = r.kind === 'annulment' ? 'Ripianificazione annullata' : 'Tappa ripianificata';
      entries.push({
        id: `milestone-${m.id}-plan-${r.number}`,
        title: `${verb}: ${m.title}`,
        date: r.changedAt,
        content: `Dal ${mailDate('it', r.previousDate)} al ${mailDate('it', r.plannedDate)}. Motivo: ${r.reason}`,
        link: `${link}/roadmap`,
      });
    }
  }
  return entries;
}

function datasetEntries(db: Db, comuneId: number): FeedEntry[] {
  return db
    .select()
    .from(openDatasets)
    .where(eq(openDatasets.comuneId, comuneId))
    .orderBy(desc(openDatasets.publishedDate))
    .limit(FEED_LIMIT)
    .all()
    .map((d) => ({
      id: `dataset-${d.id}`,
      title: `Nuovo dataset: ${d.title}`,
      date: d.publishedDate,
      content: `Pubblicato il ${mailDate('it', d.publishedDate)} su ${d.portal} (licenza ${d.license}).`,
      link: d.url,
    }));
}

/**
 * The Atom feed of a comune's public changes: stages of its public services, public milestones
 * reached or re-planned, open datasets published; newest first. Internal items never appear.
 */
export function comuneFeed(db: Db, params: { istat: string; today: string; baseUrl: string }): string {
  const { found, notice } = findPublicComune(db, params.istat);
  const { comune } = found;
  const page = `${params.baseUrl}/comuni/${comune.istatCode}`;
  const entries = [
    ...stageEntries(db, comune.id, page),
    ...milestoneEntries(db, found, params.today, page),
    ...datasetEntries(db, comune.id),
  ]
    .sort((a, b) => toDate(b.date).getTime() - toDate(a.date).getTime() || a.id.localeCompare(b.id))
    .slice(0, FEED_LIMIT);
  const feed = new Feed({
    id: `${page}/feed.atom`,
    title: `${comune.name} – novità dello switch-off${notice === undefined ? '' : ' (dati illustrativi)'}`,
    description: `${notice === undefined ? '' : `${notice} `}Cambi di stadio dei servizi, tappe raggiunte o ripianificate e nuovi dati aperti di ${comune.name}.`,
    link: page,
    language: 'it',
    updated: entries[0] === undefined ? new Date(`${params.today}T00:00:00Z`) : toDate(entries[0].date),
    generator: 'Switch-off',
    copyright: 'CC BY 4.0',
    feedLinks: { atom: `${page}/feed.atom` },
  });
  for (const e of entries) {
    feed.addItem({ id: `${page}#${e.id}`, title: e.title, link: e.link, date: toDate(e.date), content: e.content });
  }
  return feed.atom1();
}
