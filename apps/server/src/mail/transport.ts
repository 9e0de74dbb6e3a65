import nodemailer from 'nodemailer';
import type { SendMail } from './sender';

/**
 * nodemailer over the SMTP server of SMTP_URL (`smtp://user:pass@host:587`, `smtps://…:465`).
 * One connection per message, closed after it: a digest run is a few hundred messages a month.
 */
export function smtpTransport(smtpUrl: string): { send: SendMail; close: () => void } {
  const transport = nodemailer.createTransport(smtpUrl);
  return { send: (mail) => transport.sendMail(mail), close: () => transport.close() };
}
