import type { EmailKind, Language } from '@switchoff/db/schema';

/** A comune as a message names it and links to it. */
export type MailComune = { istat: string; name: string };

/** A milestone as a message lists it. */
export type MailMilestone = {
  id: number;
  title: string;
  service: string | null;
  baselineDate: string;
  plannedDate: string;
  slippageDays: number;
};

/** An immediate alert: a milestone's planned date passed and it is not done. */
export type MilestoneLatePayload = {
  kind: 'milestone_late';
  language: Language;
  recipientName: string;
  comune: MailComune;
  milestone: MailMilestone;
};

/** An immediate alert: a service was recorded as switched off (digital only). */
export type SwitchedOffPayload = {
  kind: 'service_switched_off';
  language: Language;
  recipientName: string;
  comune: MailComune;
  service: { slug: string; name: string };
  effectiveDate: string;
  reason: string;
};

/** Digital take-up of a comune's services in a month (0..1), null without figures. */
export type TakeUpMonth = { month: string; value: number | null };

/** What the monthly digest says about one comune. */
export type DigestComune = MailComune & {
  late: MailMilestone[];
  slipped: MailMilestone[];
  dueSoon: MailMilestone[];
  switchedOff: { slug: string; name: string; since: string }[];
  stale: { slug: string; name: string; lastMonth: string | null }[];
  takeUp: { current: TakeUpMonth; previousMonth: TakeUpMonth; previousYear: TakeUpMonth };
};

/** The monthly digest of an account: each of its comuni. */
export type DigestPayload = {
  kind: 'digest';
  language: Language;
  recipientName: string;
  /** The month it covers: the last complete month when it was written. */
  month: string;
  /** The day it was written, from which "the next 60 days" count. */
  today: string;
  comuni: DigestComune[];
};

export type MailPayload = MilestoneLatePayload | SwitchedOffPayload | DigestPayload;

/** Which preference an email falls under, and so what its unsubscribe link turns off. */
export type MailTopic = 'digest' | 'alerts';

export function topicOf(kind: EmailKind): MailTopic {
  return kind === 'digest' ? 'digest' : 'alerts';
}
