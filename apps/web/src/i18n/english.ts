import { MESSAGES_EN } from './app-messages';
import { en } from './en';

/** The English dictionary (a `Dictionary`), in a chunk of its own: dictionaries.ts loads it on demand. */
export const ENGLISH = { m: en, catalogue: MESSAGES_EN };
