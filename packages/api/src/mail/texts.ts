import type { Language } from '@switchoff/db/schema';

/** The words of every email, in Italian and English; placeholders are filled by `fill`. */
export const MAIL_TEXTS = {
  it: {
    greeting: 'Gentile {name},',
    lateSubject: 'In ritardo: {title} ({comune})',
    lateIntro: 'il traguardo «{title}» di {comune} doveva essere raggiunto il {planned} e non risulta completato.',
    lateBaseline: 'Data concordata all’inizio: {baseline} (slittamento di {days} giorni).',
    switchedOffSubject: 'Switch-off: {service} ({comune})',
    switchedOffIntro: 'il servizio «{service}» di {comune} passa al solo digitale dal {date}.',
    switchedOffReason: 'Motivo registrato: {reason}',
    digestSubject: 'Riepilogo di {month}: {comuni}',
    digestIntro: 'ecco come stanno i tuoi comuni alla fine di {month}.',
    late: 'Traguardi in ritardo',
    slipped: 'Traguardi slittati',
    dueSoon: 'Traguardi in scadenza nei prossimi 60 giorni',
    switchedOff: 'Servizi passati al solo digitale',
    stale: 'Dati non aggiornati',
    staleItem: '{service}: ultimo mese con dati {month}',
    staleNone: '{service}: nessun dato',
    takeUp: 'Adozione digitale',
    takeUpLine: '{month}: {value} (mese precedente {previous}; un anno prima {yearBefore})',
    noFigures: 'nessun dato',
    nothing: 'Nulla da segnalare.',
    milestoneItem: '{title}{service}: prevista il {planned}',
    slippedItem: '{title}{service}: prevista il {planned}, slittata di {days} giorni',
    open: 'Apri la pagina del comune: {url}',
    why: 'Ricevi questa email perché il tuo account Switch-off segue questi comuni.',
    unsubscribeDigest: 'Non ricevere più il riepilogo mensile: {url}',
    unsubscribeAlerts: 'Non ricevere più gli avvisi: {url}',
  },
  en: {
    greeting: 'Dear {name},',
    lateSubject: 'Late: {title} ({comune})',
    lateIntro: 'the milestone “{title}” of {comune} was due on {planned} and is not done.',
    lateBaseline: 'First agreed date: {baseline} (slipped by {days} days).',
    switchedOffSubject: 'Switch-off: {service} ({comune})',
    switchedOffIntro: 'the service “{service}” of {comune} goes digital only from {date}.',
    switchedOffReason: 'Recorded reason: {reason}',
    digestSubject: '{month} digest: {comuni}',
    digestIntro: 'this is where your comuni stood at the end of {month}.',
    late: 'Late milestones',
    slipped: 'Slipped milestones',
    dueSoon: 'Milestones due in the next 60 days',
    switchedOff: 'Services now digital only',
    stale: 'Figures not up to date',
    staleItem: '{service}: last month with figures {month}',
    staleNone: '{service}: no figures',
    takeUp: 'Digital take-up',
    takeUpLine: '{month}: {value} (previous month {previous}; a year before {yearBefore})',
    noFigures: 'no figures',
    nothing: 'Nothing to report.',
    milestoneItem: '{title}{service}: planned for {planned}',
    slippedItem: '{title}{service}: planned for {planned}, slipped by {days} days',
    open: 'Open the comune’s page: {url}',
    why: 'You receive this email because your Switch-off account follows these comuni.',
    unsubscribeDigest: 'Stop the monthly digest: {url}',
    unsubscribeAlerts: 'Stop the alerts: {url}',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type MailTextKey = keyof (typeof MAIL_TEXTS)['it'];

/** A text of `language` with its `{placeholders}` filled. */
export function mailText(language: Language, key: MailTextKey, values: Record<string, string | number> = {}): string {
  return MAIL_TEXTS[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

const DATE_FORMATS: Record<Language, Intl.DateTimeFormat> = {
  it: new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};
const MONTH_FORMATS: Record<Language, Intl.DateTimeFormat> = {
  it: new Intl.DateTimeFormat('it-IT', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** "15 luglio 2024" / "15 July 2024" for an ISO date. */
export function mailDate(language: Language, isoDate: string): string {
  return DATE_FORMATS[language].format(new Date(`${isoDate}T00:00:00Z`));
}

/** "giugno 2024" / "June 2024" for a YYYY-MM month. */
export function mailMonth(language: Language, month: string): string {
  return MONTH_FORMATS[language].format(new Date(`${month}-01T00:00:00Z`));
}

/** "81,5%" / "81.5%", or "nessun dato" / "no figures". */
export function mailPercent(language: Language, value: number | null): string {
  if (value === null) return mailText(language, 'noFigures');
  const locale = language === 'it' ? 'it-IT' : 'en-GB';
  return `${(value * 100).toLocaleString(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 })}%`;
}
