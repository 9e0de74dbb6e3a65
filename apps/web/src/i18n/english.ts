import { MESSAGES_EN } from './app-messages';
import type { Dictionary } from './dictionaries';
import { en } from './en';

/** The English dictionary, in a chunk of its own (dictionaries.ts loads it on demand). */
export const ENGLISH: Dictionary = { m: en, catalogue: MESSAGES_EN };
