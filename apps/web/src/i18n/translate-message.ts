import { MESSAGE_TEMPLATES, MESSAGES, type MessageTemplateKey } from '@switchoff/domain';
import type { Locale } from '../format';
import { DOMAIN_MESSAGES_EN, DOMAIN_TEMPLATES_EN } from './domain-messages-en';
import { SERVER_MESSAGES_EN, SERVER_TEMPLATES_EN } from './server-messages-en';

type Template = (...values: string[]) => string;
type Pattern = { regex: RegExp; english: Template; literal: number };

const MARK = '\u0001';

/**
 * A regular expression matching what an Italian template writes, whatever its values: the
 * template is called with markers, the rest of its text escaped, each marker a capture group.
 */
export function templatePattern(template: Template): RegExp {
  const markers = Array.from({ length: Math.max(template.length, 1) }, (_, i) => `${MARK}${i}${MARK}`);
  const text = template(...markers);
  const source = text
    .split(new RegExp(`${MARK}\\d+${MARK}`))
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('([\\s\\S]*?)');
  return new RegExp(`^${source}$`);
}

const EXACT = new Map<string, string>([
  ...(Object.keys(MESSAGES) as (keyof typeof MESSAGES)[]).map(
    (key) => [MESSAGES[key], DOMAIN_MESSAGES_EN[key]] as const,
  ),
  ...Object.entries(SERVER_MESSAGES_EN),
]);

const pattern = (italian: Template, english: Template): Pattern => ({
  regex: templatePattern(italian),
  english,
  literal: italian(...Array.from({ length: italian.length }, () => '')).length,
});

/** Longest fixed text first, so "Nessun comune … ${i} nel consorzio ${c}" wins over "Nessun comune … ${i}". */
const PATTERNS: Pattern[] = [
  ...(Object.keys(MESSAGE_TEMPLATES) as MessageTemplateKey[]).map((key) =>
    pattern(MESSAGE_TEMPLATES[key] as Template, DOMAIN_TEMPLATES_EN[key]),
  ),
  ...SERVER_TEMPLATES_EN.map(([italian, english]) => pattern(italian, english)),
].sort((a, b) => b.literal - a.literal);

/** The English text of an Italian message from the domain or the API, or null when unknown. */
export function messageInEnglish(message: string): string | null {
  const exact = EXACT.get(message);
  if (exact !== undefined) return exact;
  for (const { regex, english } of PATTERNS) {
    const match = regex.exec(message);
    if (match) return english(...match.slice(1).map((value) => translateValue(value)));
  }
  return null;
}

/** A value inside a message may itself be a message (a CSV parse error quoting one). */
function translateValue(value: string): string {
  return EXACT.get(value) ?? value;
}

/** A message in the chosen language: Italian as written, English when known, otherwise as written. */
export function translateMessage(message: string, locale: Locale): string {
  if (locale === 'it') return message;
  return messageInEnglish(message) ?? message;
}
