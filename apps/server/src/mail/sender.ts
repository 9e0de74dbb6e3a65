import { createHash } from 'node:crypto';
import {
  claimDueEmails,
  type MailPayload,
  markEmailFailed,
  markEmailSent,
  type OutboxRow,
  renderMail,
  topicOf,
  unsubscribeSecret,
  unsubscribeToken,
} from '@switchoff/api/server';
import type { Db } from '@switchoff/db';

/** What a message goes out as: nodemailer's sendMail options, the part the sender uses. */
export type OutgoingMail = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
};

/** Hands one message to the SMTP server; rejects when the server refuses it or the connection fails. */
export type SendMail = (mail: OutgoingMail) => Promise<unknown>;

export type SenderOptions = {
  db: Db;
  send: SendMail;
  /** The sender's address, e.g. `Switch-off <switchoff@consorzioit.net>`. */
  from: string;
  /** The installation's address for links, without a trailing slash. */
  baseUrl: string;
  now?: () => Date;
  /** Messages claimed per round. */
  batch?: number;
};

/** The address that turns a message's kind of email off for its account (GET shows a page, POST does it). */
export function unsubscribeUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/email/disiscrizione?token=${encodeURIComponent(token)}`;
}

/** The same message always has the same Message-ID, so a receiver can tell a resend from a new one. */
function messageIdOf(row: OutboxRow, baseUrl: string): string {
  const host = new URL(baseUrl).hostname || 'switchoff';
  return `<${createHash('sha256').update(row.idempotencyKey).digest('hex').slice(0, 32)}@${host}>`;
}

/** The outbox row as it is sent: rendered with the links, the RFC 8058 one-click unsubscribe headers. */
export function composeMail(row: OutboxRow, options: { secret: Buffer; from: string; baseUrl: string }): OutgoingMail {
  const payload = row.payload as MailPayload;
  const token = unsubscribeToken(options.secret, { userId: row.userId, topic: topicOf(row.kind) });
  const url = unsubscribeUrl(options.baseUrl, token);
  const rendered = renderMail(payload, { baseUrl: options.baseUrl, unsubscribeUrl: url });
  return {
    from: options.from,
    to: row.recipient,
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    messageId: messageIdOf(row, options.baseUrl),
    headers: { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

/**
 * One round: claims the due messages and sends each; a refusal or a dropped connection puts it
 * back with a longer wait (markEmailFailed), success marks it sent. Returns what happened.
 */
export async function sendDueEmails(options: SenderOptions): Promise<{ sent: number; failed: number }> {
  const now = options.now ?? (() => new Date());
  const rows = claimDueEmails(options.db, { now: now(), limit: options.batch ?? 20 });
  if (rows.length === 0) return { sent: 0, failed: 0 };
  const secret = unsubscribeSecret(options.db);
  let sent = 0;
  let failed = 0;
  for (const row of rows) {
    try {
      await options.send(composeMail(row, { secret, from: options.from, baseUrl: options.baseUrl }));
      markEmailSent(options.db, { id: row.id, now: now() });
      sent += 1;
    } catch (error) {
      markEmailFailed(options.db, { row, now: now(), error: error instanceof Error ? error.message : String(error) });
      failed += 1;
    }
  }
  return { sent, failed };
}
