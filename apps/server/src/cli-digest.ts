import { parseArgs } from 'node:util';
import { planDigests, renderMail } from '@switchoff/api/server';
import { isIsoDate, todayIso } from '@switchoff/domain';
import { type DataCliContext, DataCommandError, DataUsageError } from './cli-data';
import { mailBaseUrl, mailSettings } from './mail/mail-config';
import { sendDigestsNow } from './mail/send-now';

type Env = Record<string, string | undefined>;

function optionsOf(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        'dry-run': { type: 'boolean' },
        send: { type: 'boolean' },
        comune: { type: 'string' },
        today: { type: 'string' },
      },
      allowPositionals: false,
      strict: true,
    }).values;
  } catch (error) {
    throw new DataUsageError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * digest --dry-run [--comune <ISTAT>]: prints each account's digest as it would be sent (plain
 * text part), writing nothing; digest --send [--comune <ISTAT>]: writes them into the outbox and
 * sends them through SMTP_URL now (once a day for the same accounts and filter).
 */
export async function runDigest(args: string[], ctx: DataCliContext, env: Env = process.env): Promise<number> {
  const values = optionsOf(args);
  if (values['dry-run'] === values.send) throw new DataUsageError('Give either --dry-run or --send');
  const today = values.today ?? todayIso(ctx.now());
  if (!isIsoDate(today)) throw new DataUsageError(`--today must be a date (YYYY-MM-DD), not "${today}"`);
  if (values.comune !== undefined && !/^\d{6}$/.test(values.comune)) {
    throw new DataUsageError(`--comune must be an ISTAT code of 6 digits, not "${values.comune}"`);
  }
  const settings = mailSettings(env);
  const db = ctx.openDb();
  if (values['dry-run']) {
    const baseUrl = settings?.baseUrl ?? mailBaseUrl(env);
    const planned = planDigests(db, { today, istat: values.comune });
    for (const { recipient, payload } of planned) {
      const mail = renderMail(payload, { baseUrl, unsubscribeUrl: `${baseUrl}/email/disiscrizione?token=…` });
      ctx.out(`=== To: ${recipient.name} <${recipient.email}> (${recipient.language})`);
      ctx.out(`Subject: ${mail.subject}`);
      ctx.out('');
      ctx.out(mail.text);
    }
    ctx.out(`${planned.length} digests would be sent (nothing written).`);
    return 0;
  }
  if (settings === null) throw new DataCommandError('SMTP_URL is not set: nothing can be sent (nothing written)');
  const result = await sendDigestsNow(db, { today, istat: values.comune, settings });
  ctx.out(`${result.written} digests written to the outbox; ${result.sent} sent, ${result.failed} to retry.`);
  return result.failed > 0 ? 1 : 0;
}
