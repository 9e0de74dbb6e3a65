import type { DigestComune, DigestPayload, MailMilestone, MailPayload } from './payloads';
import { mailDate, mailMonth, mailPercent, mailText } from './texts';

/** A message in parts, written out once as plain text and once as HTML. */
type Section = { heading: string; items: string[] };
type MailModel = { greeting: string; paragraphs: string[]; sections: Section[]; footer: string[] };

export type RenderedMail = { subject: string; text: string; html: string };

/** Where the message's links point: the installation's address and this message's unsubscribe link. */
export type MailLinks = { baseUrl: string; unsubscribeUrl: string };

/** The subject of a message, in the language it was written for. */
export function subjectOf(payload: MailPayload): string {
  const { language } = payload;
  switch (payload.kind) {
    case 'milestone_late':
      return mailText(language, 'lateSubject', { title: payload.milestone.title, comune: payload.comune.name });
    case 'service_switched_off':
      return mailText(language, 'switchedOffSubject', { service: payload.service.name, comune: payload.comune.name });
    case 'digest':
      return mailText(language, 'digestSubject', {
        month: mailMonth(language, payload.month),
        comuni: payload.comuni.map((c) => c.name).join(', '),
      });
  }
}

function comuneUrl(baseUrl: string, istat: string, path = ''): string {
  return `${baseUrl}/comuni/${istat}${path}`;
}

function milestoneLine(language: DigestPayload['language'], m: MailMilestone, slipped: boolean): string {
  const values = {
    title: m.title,
    service: m.service === null ? '' : ` (${m.service})`,
    planned: mailDate(language, m.plannedDate),
    days: m.slippageDays,
  };
  return mailText(language, slipped ? 'slippedItem' : 'milestoneItem', values);
}

function digestSections(payload: DigestPayload, c: DigestComune, baseUrl: string): Section[] {
  const { language } = payload;
  const t = c.takeUp;
  const lists: Section[] = [
    { heading: mailText(language, 'late'), items: c.late.map((m) => milestoneLine(language, m, false)) },
    { heading: mailText(language, 'slipped'), items: c.slipped.map((m) => milestoneLine(language, m, true)) },
    { heading: mailText(language, 'dueSoon'), items: c.dueSoon.map((m) => milestoneLine(language, m, false)) },
    {
      heading: mailText(language, 'switchedOff'),
      items: c.switchedOff.map((s) => `${s.name}: ${mailDate(language, s.since)}`),
    },
    {
      heading: mailText(language, 'stale'),
      items: c.stale.map((s) =>
        s.lastMonth === null
          ? mailText(language, 'staleNone', { service: s.name })
          : mailText(language, 'staleItem', { service: s.name, month: mailMonth(language, s.lastMonth) }),
      ),
    },
  ].filter((s) => s.items.length > 0);
  const takeUp = mailText(language, 'takeUpLine', {
    month: mailMonth(language, t.current.month),
    value: mailPercent(language, t.current.value),
    previous: mailPercent(language, t.previousMonth.value),
    yearBefore: mailPercent(language, t.previousYear.value),
  });
  return [
    {
      heading: `${c.name} (${c.istat})`,
      items: [
        ...(lists.length === 0 ? [mailText(language, 'nothing')] : []),
        mailText(language, 'open', { url: comuneUrl(baseUrl, c.istat) }),
      ],
    },
    { heading: mailText(language, 'takeUp'), items: [takeUp] },
    ...lists,
  ];
}

function modelOf(payload: MailPayload, links: MailLinks): MailModel {
  const { language } = payload;
  const greeting = mailText(language, 'greeting', { name: payload.recipientName });
  const unsubscribe = mailText(language, payload.kind === 'digest' ? 'unsubscribeDigest' : 'unsubscribeAlerts', {
    url: links.unsubscribeUrl,
  });
  const footer = [mailText(language, 'why'), unsubscribe];
  switch (payload.kind) {
    case 'milestone_late': {
      const m = payload.milestone;
      const paragraphs = [
        mailText(language, 'lateIntro', {
          title: m.title,
          comune: payload.comune.name,
          planned: mailDate(language, m.plannedDate),
        }),
      ];
      if (m.slippageDays > 0) {
        paragraphs.push(
          mailText(language, 'lateBaseline', { baseline: mailDate(language, m.baselineDate), days: m.slippageDays }),
        );
      }
      paragraphs.push(mailText(language, 'open', { url: comuneUrl(links.baseUrl, payload.comune.istat, '/roadmap') }));
      return { greeting, paragraphs, sections: [], footer };
    }
    case 'service_switched_off': {
      const paragraphs = [
        mailText(language, 'switchedOffIntro', {
          service: payload.service.name,
          comune: payload.comune.name,
          date: mailDate(language, payload.effectiveDate),
        }),
      ];
      if (payload.reason !== '') paragraphs.push(mailText(language, 'switchedOffReason', { reason: payload.reason }));
      paragraphs.push(
        mailText(language, 'open', {
          url: comuneUrl(links.baseUrl, payload.comune.istat, `/servizi/${payload.service.slug}`),
        }),
      );
      return { greeting, paragraphs, sections: [], footer };
    }
    case 'digest':
      return {
        greeting,
        paragraphs: [mailText(language, 'digestIntro', { month: mailMonth(language, payload.month) })],
        sections: payload.comuni.flatMap((c) => digestSections(payload, c, links.baseUrl)),
        footer,
      };
  }
}

function toText(model: MailModel): string {
  const sections = model.sections.map((s) => [s.heading, ...s.items.map((i) => `- ${i}`)].join('\n'));
  return [model.greeting, ...model.paragraphs, ...sections, '--', ...model.footer].join('\n\n').concat('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Escapes a line and makes its address, if any, a link. */
function htmlLine(line: string): string {
  return escapeHtml(line).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
}

function toHtml(model: MailModel, subject: string, lang: string): string {
  const sections = model.sections
    .map((s) => `<h2>${htmlLine(s.heading)}</h2>\n<ul>${s.items.map((i) => `<li>${htmlLine(i)}</li>`).join('')}</ul>`)
    .join('\n');
  return [
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:sans-serif;line-height:1.5;max-width:40em">',
    `<p>${htmlLine(model.greeting)}</p>`,
    ...model.paragraphs.map((p) => `<p>${htmlLine(p)}</p>`),
    sections,
    `<hr><p style="font-size:0.9em">${model.footer.map(htmlLine).join('<br>')}</p>`,
    '</body></html>',
  ].join('\n');
}

/** The message as sent: subject, plain text and HTML, in the payload's language. */
export function renderMail(payload: MailPayload, links: MailLinks): RenderedMail {
  const subject = subjectOf(payload);
  const model = modelOf(payload, links);
  return { subject, text: toText(model), html: toHtml(model, subject, payload.language) };
}
