import { createDb } from '@switchoff/db';
import { describeSmtpUrl, type MailSettings } from './mail-config';
import { startMailLoop } from './mail-loop';
import { smtpTransport } from './transport';

/**
 * Starts the outbox's sender in this process (the primary: one sender for every worker) on a
 * connection of its own; without SMTP_URL, says that messages wait in the outbox.
 */
export function startMailer(dbPath: string, settings: MailSettings | null): void {
  if (settings === null) {
    console.log('Email: SMTP_URL not set, messages wait in the outbox');
    return;
  }
  const transport = smtpTransport(settings.smtpUrl);
  startMailLoop({ db: createDb(dbPath), send: transport.send, from: settings.from, baseUrl: settings.baseUrl });
  console.log(`Email: sending through ${describeSmtpUrl(settings.smtpUrl)} as ${settings.from}`);
}
