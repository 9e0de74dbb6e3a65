type Env = Record<string, string | undefined>;

export type MailSettings = { smtpUrl: string; from: string; baseUrl: string };

/**
 * Email settings: SMTP_URL (`smtp://user:password@host:587` or `smtps://…`; unset: nothing is
 * sent and messages wait in the outbox), SWITCHOFF_MAIL_FROM (the sender), and the address
 * links point to: SWITCHOFF_PUBLIC_URL, or http://localhost:PORT. A malformed SMTP_URL stops
 * the server at start, naming it.
 */
export function mailSettings(env: Env = process.env): MailSettings | null {
  const smtpUrl = (env.SMTP_URL ?? '').trim();
  const baseUrl = mailBaseUrl(env);
  if (smtpUrl === '') return null;
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    throw new Error('SMTP_URL is not an address (smtp://user:password@host:587 or smtps://…)');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new Error(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//`);
  }
  const host = new URL(baseUrl).hostname;
  const from = (env.SWITCHOFF_MAIL_FROM ?? '').trim() || `Switch-off <switchoff@${host}>`;
  return { smtpUrl, from, baseUrl };
}

/** The address emails link to: SWITCHOFF_PUBLIC_URL, or http://localhost:PORT. */
export function mailBaseUrl(env: Env = process.env): string {
  return (env.SWITCHOFF_PUBLIC_URL ?? '').trim().replace(/\/+$/, '') || `http://localhost:${env.PORT ?? 3000}`;
}

/** SMTP_URL without its password, for the log. */
export function describeSmtpUrl(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  if (url.password !== '') url.password = '***';
  return url.toString();
}
