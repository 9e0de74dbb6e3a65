import { type Db, prepared, type Tx, writeTransaction } from '@switchoff/db';
import { datePhaseSql, milestoneStatus, slippageDays } from '@switchoff/domain';
import { enqueueEmail } from './outbox';
import type { MailComune } from './payloads';
import { listAlertRecipients } from './recipients';

/**
 * A milestone is alerted about when the periodic check finds it late within this many days of
 * its planned date: nothing is written at the moment a date passes, so the check looks back,
 * and not further, so that a new installation or a new account is not flooded with old news
 * (the monthly digest lists every late milestone).
 */
export const LATE_ALERT_WINDOW_DAYS = 7;

type LateCandidate = {
  id: number;
  comuneId: number;
  istat: string;
  comuneName: string;
  title: string;
  service: string | null;
  baselineDate: string;
  plannedDate: string;
  actualDate: string | null;
  progress: number;
};

/** The milestone's dates in the query below, for the domain's date rule in SQL (datePhaseSql). */
const DATE_COLUMNS = {
  baseline: 'm.baseline_date',
  planned: 'm.planned_date',
  actual: 'm.actual_date',
  today: '@today',
};

// Late by the domain's date rule, planned within the window: milestoneStatus below confirms each.
const lateCandidates = prepared<[{ from: string; today: string }], LateCandidate>(
  `SELECT m.id, m.comune_id AS comuneId, c.istat_code AS istat, c.name AS comuneName, m.title, s.name AS service,
    m.baseline_date AS baselineDate, m.planned_date AS plannedDate, m.actual_date AS actualDate, m.progress
  FROM milestones m JOIN comuni c ON c.id = m.comune_id LEFT JOIN services s ON s.id = m.service_id
  WHERE m.planned_date >= @from AND ${datePhaseSql(DATE_COLUMNS)} = 'late'
  ORDER BY m.id`,
);

function daysBefore(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The periodic check: writes an alert for each council member of each milestone that is late
 * today (the domain's status rule) and became so within the window. The key holds the planned
 * date, so a milestone re-planned and late again is alerted about again, and a check run twice
 * writes nothing new. Returns how many messages were written.
 */
export function enqueueLateAlerts(db: Db, params: { today: string }): number {
  return writeTransaction(db, (tx) => {
    let written = 0;
    const from = daysBefore(params.today, LATE_ALERT_WINDOW_DAYS);
    for (const m of lateCandidates.all(tx, { from, today: params.today })) {
      const status = milestoneStatus({ ...m, dependsOn: [] }, params.today);
      if (status !== 'late') continue;
      const comune: MailComune = { istat: m.istat, name: m.comuneName };
      for (const recipient of listAlertRecipients(tx, m.comuneId)) {
        const payload = {
          kind: 'milestone_late' as const,
          language: recipient.language,
          recipientName: recipient.name,
          comune,
          milestone: {
            id: m.id,
            title: m.title,
            service: m.service,
            baselineDate: m.baselineDate,
            plannedDate: m.plannedDate,
            slippageDays: slippageDays(m, params.today),
          },
        };
        const key = `late:${m.id}:${m.plannedDate}:${recipient.id}`;
        if (enqueueEmail(tx, { key, recipient, comuneId: m.comuneId, payload })) written += 1;
      }
    }
    return written;
  });
}

/**
 * Alerts about a service recorded as switched off, written in the transaction that records the
 * stage change (one message per council member of the comune, keyed by the stage event).
 */
export function enqueueSwitchOffAlerts(
  tx: Tx,
  params: {
    comune: { id: number; istatCode: string; name: string };
    service: { slug: string; name: string };
    stageEventId: number;
    effectiveDate: string;
    reason: string;
  },
): void {
  const { comune } = params;
  for (const recipient of listAlertRecipients(tx, comune.id)) {
    enqueueEmail(tx, {
      key: `switched_off:${params.stageEventId}:${recipient.id}`,
      recipient,
      comuneId: comune.id,
      payload: {
        kind: 'service_switched_off',
        language: recipient.language,
        recipientName: recipient.name,
        comune: { istat: comune.istatCode, name: comune.name },
        service: params.service,
        effectiveDate: params.effectiveDate,
        reason: params.reason,
      },
    });
  }
}
