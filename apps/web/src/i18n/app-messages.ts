import {
  type AppMessage,
  formatMessage,
  MESSAGES_IT,
  type MessageCatalogue,
  type MessageToken,
} from '@switchoff/domain';
import type { Locale } from '../format';
import { FIELD_MESSAGES_EN } from './messages-en-fields';
import { SERVER_MESSAGES_EN } from './messages-en-server';

/** The English text of every code of the domain's catalogue (the Italian one is the catalogue itself). */
export const MESSAGES_EN: MessageCatalogue = { ...FIELD_MESSAGES_EN, ...SERVER_MESSAGES_EN };

/** Each language's dictionary of the API's and the domain's codes. */
export const MESSAGE_CATALOGUES: Record<Locale, MessageCatalogue> = { it: MESSAGES_IT, en: MESSAGES_EN };

/** A message of the API or of the domain (a code and its parameters) in the chosen language. */
export function sayMessage(message: AppMessage | MessageToken, locale: Locale): string {
  return formatMessage(MESSAGE_CATALOGUES[locale], message);
}
