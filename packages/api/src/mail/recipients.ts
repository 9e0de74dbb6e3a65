import { type Db, prepared, type Tx } from '@switchoff/db';
import type { Language } from '@switchoff/db/schema';
import type { Recipient } from './outbox';

type RecipientRow = { id: number; email: string; name: string; language: Language };

/** Council members of a comune who take alerts: the people an alert about that comune is for. */
const alertRecipients = prepared<[number], RecipientRow>(
  `SELECT u.id, u.email, u.name, u.language FROM users u JOIN user_comuni uc ON uc.user_id = u.id
  WHERE uc.comune_id = ? AND u.role = 'council' AND u.disabled_at IS NULL AND u.email_alerts = 1
  ORDER BY u.id`,
);

/**
 * Who is alerted about a comune: its council members (mayors, councillors) with alerts on.
 * Staff follow every comune of the consortium and read about them in the monthly digest.
 */
export function listAlertRecipients(tx: Db | Tx, comuneId: number): Recipient[] {
  return alertRecipients.all(tx, comuneId);
}

export type DigestComuneRef = { id: number; istat: string; name: string };
export type DigestRecipient = Recipient & { comuni: DigestComuneRef[] };

/**
 * Council members' comuni, and for editors every comune of their consortium that it tracks
 * (has at least one service): the comuni each digest is about.
 */
const digestRows = prepared<[], RecipientRow & { comuneId: number; istat: string; comuneName: string }>(
  `SELECT u.id, u.email, u.name, u.language, c.id AS comuneId, c.istat_code AS istat, c.name AS comuneName
  FROM users u JOIN user_comuni uc ON uc.user_id = u.id JOIN comuni c ON c.id = uc.comune_id
  WHERE u.role = 'council' AND u.disabled_at IS NULL AND u.email_digest = 1
  UNION ALL
  SELECT u.id, u.email, u.name, u.language, c.id, c.istat_code, c.name
  FROM users u JOIN comuni c ON c.consortium_id = u.consortium_id
  WHERE u.role = 'editor' AND u.disabled_at IS NULL AND u.email_digest = 1
    AND EXISTS (SELECT 1 FROM services s WHERE s.comune_id = c.id)
  ORDER BY 1, 6`,
);

/** Every account that takes the monthly digest (council members and editors), with its comuni. */
export function listDigestRecipients(db: Db): DigestRecipient[] {
  const byUser = new Map<number, DigestRecipient>();
  for (const row of digestRows.all(db)) {
    const comune = { id: row.comuneId, istat: row.istat, name: row.comuneName };
    const found = byUser.get(row.id);
    if (found === undefined) {
      byUser.set(row.id, { id: row.id, email: row.email, name: row.name, language: row.language, comuni: [comune] });
    } else found.comuni.push(comune);
  }
  return [...byUser.values()];
}
