import { type Db, writeTransaction } from '@switchoff/db';
import { addMonths, lastCompleteMonth } from '@switchoff/domain';
import { findComune } from '../reads/lookup';
import { loadMilestones } from '../reads/milestones';
import { getComuneOverview } from '../reads/overview';
import { enqueueEmail } from './outbox';
import type { DigestComune, DigestPayload, MailMilestone, TakeUpMonth } from './payloads';
import { type DigestComuneRef, type DigestRecipient, listDigestRecipients } from './recipients';

/** Milestones due within this many days are listed as coming up. */
export const DUE_SOON_DAYS = 60;

function daysAfter(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

type MilestoneView = ReturnType<typeof loadMilestones>[number];

function mailMilestone(m: MilestoneView): MailMilestone {
  return {
    id: m.id,
    title: m.title,
    service: m.service?.name ?? null,
    baselineDate: m.baselineDate,
    plannedDate: m.plannedDate,
    slippageDays: m.slippageDays,
  };
}

/** Still open and not late: neither done nor past its plan. */
function isOpen(m: MilestoneView): boolean {
  return m.status !== 'done' && m.status !== 'late';
}

/**
 * What the digest says about one comune on `today`, internal items included (its readers are
 * the comune's council members and the consortium's editors): late milestones, open ones planned
 * later than first agreed (slipped), open ones due within 60 days, services that became digital
 * only since the start of the month the digest covers, services with stale figures, and the
 * digital take-up of the month against the month before and the same month a year before.
 */
export function buildDigestComune(db: Db, params: { istat: string; today: string }): DigestComune {
  const { today } = params;
  const found = findComune(db, params.istat);
  const overview = getComuneOverview(db, { found, today, internal: true });
  const milestones = loadMilestones(db, { comuneId: found.comune.id, today, internal: true });
  const month = lastCompleteMonth(today);
  const takeUpOf = (m: string): TakeUpMonth => ({
    month: m,
    value: overview.trend.find((point) => point.month === m)?.takeUp ?? null,
  });
  const dueBy = daysAfter(today, DUE_SOON_DAYS);
  return {
    istat: found.comune.istatCode,
    name: found.comune.name,
    late: milestones.filter((m) => m.status === 'late').map(mailMilestone),
    slipped: milestones.filter((m) => isOpen(m) && m.slippageDays > 0).map(mailMilestone),
    dueSoon: milestones.filter((m) => isOpen(m) && m.plannedDate >= today && m.plannedDate <= dueBy).map(mailMilestone),
    switchedOff: overview.services
      .filter((s) => s.stage === 'switched_off' && s.stageSince !== null && s.stageSince >= `${month}-01`)
      .map((s) => ({ slug: s.slug, name: s.name, since: s.stageSince ?? today })),
    stale: overview.services
      .filter((s) => s.stale)
      .map((s) => ({ slug: s.slug, name: s.name, lastMonth: s.lastMonth })),
    takeUp: {
      current: takeUpOf(month),
      previousMonth: takeUpOf(addMonths(month, -1)),
      previousYear: takeUpOf(addMonths(month, -12)),
    },
  };
}

export type PlannedDigest = { recipient: DigestRecipient; payload: DigestPayload };

/**
 * The digests that would go out on `today`: one per account that takes them, about its comuni
 * (only `istat`, and only accounts following it, when given). Each comune is read once.
 */
export function planDigests(db: Db, params: { today: string; istat?: string | undefined }): PlannedDigest[] {
  const { today, istat } = params;
  if (istat !== undefined) findComune(db, istat);
  const cache = new Map<string, DigestComune>();
  const comuneOf = (c: DigestComuneRef) => {
    let found = cache.get(c.istat);
    if (found === undefined) {
      found = buildDigestComune(db, { istat: c.istat, today });
      cache.set(c.istat, found);
    }
    return found;
  };
  return listDigestRecipients(db).flatMap((recipient) => {
    const comuni = recipient.comuni.filter((c) => istat === undefined || c.istat === istat);
    if (comuni.length === 0) return [];
    const payload: DigestPayload = {
      kind: 'digest',
      language: recipient.language,
      recipientName: recipient.name,
      month: lastCompleteMonth(today),
      today,
      comuni: comuni.map(comuneOf),
    };
    return [{ recipient, payload }];
  });
}

/**
 * Writes the digests into the outbox in one transaction. `scheduled` (the monthly run) keys
 * them by month, so the month's digest goes once however often the loop looks; a digest asked
 * for by hand (`pnpm switchoff digest --send`) is keyed by day and comune filter instead, so it
 * goes now, once per day. Returns how many were written.
 */
export function enqueueDigests(
  db: Db,
  params: { today: string; istat?: string | undefined; scheduled: boolean },
): number {
  const planned = planDigests(db, params);
  const month = lastCompleteMonth(params.today);
  return writeTransaction(db, (tx) => {
    let written = 0;
    for (const { recipient, payload } of planned) {
      const key = params.scheduled
        ? `digest:${month}:${recipient.id}`
        : `digest:manual:${params.today}:${params.istat ?? 'all'}:${recipient.id}`;
      if (enqueueEmail(tx, { key, recipient, comuneId: null, payload })) written += 1;
    }
    return written;
  });
}
