import { enqueueDigests } from '@switchoff/api/server';
import type { Db } from '@switchoff/db';
import type { MailSettings } from './mail-config';
import { sendDueEmails } from './sender';
import { smtpTransport } from './transport';

/**
 * Writes today's digests (by hand: keyed by day) and sends what is due in the outbox at once,
 * round after round until nothing is left to send now; a message the server refused waits in
 * the outbox for the server's loop to retry it.
 */
export async function sendDigestsNow(
  db: Db,
  params: { today: string; istat?: string | undefined; settings: MailSettings },
): Promise<{ written: number; sent: number; failed: number }> {
  const written = enqueueDigests(db, { today: params.today, istat: params.istat, scheduled: false });
  const transport = smtpTransport(params.settings.smtpUrl);
  let sent = 0;
  let failed = 0;
  try {
    for (;;) {
      const round = await sendDueEmails({
        db,
        send: transport.send,
        from: params.settings.from,
        baseUrl: params.settings.baseUrl,
      });
      sent += round.sent;
      failed += round.failed;
      if (round.sent === 0) break;
    }
  } finally {
    transport.close();
  }
  return { written, sent, failed };
}
