import { MESSAGES_IT, type MessageCatalogue } from '@switchoff/domain';
import type { Locale } from '../format';
import { it, type Messages } from './it';

/** A language's words: the SPA's strings and the catalogue of the API's and the domain's codes. */
export type Dictionary = { m: Messages; catalogue: MessageCatalogue };

const ITALIAN: Dictionary = { m: it, catalogue: MESSAGES_IT };

/**
 * Italian, the default, is in the first load; English is a chunk of its own, fetched when a
 * visitor picks it (or comes back having picked it): an Italian visitor's phone never gets it.
 */
const LOADERS: Record<Locale, () => Promise<Dictionary>> = {
  it: async () => ITALIAN,
  en: async () => (await import('./english')).ENGLISH,
};

const loaded: Partial<Record<Locale, Dictionary>> = { it: ITALIAN };
const loading = new Map<Locale, Promise<Dictionary>>();

/** A language's dictionary if it has arrived (Italian always has). */
export function loadedDictionary(locale: Locale): Dictionary | undefined {
  return loaded[locale];
}

/** Fetches a language's dictionary once; a failed fetch (offline) may be tried again later. */
export function loadDictionary(locale: Locale): Promise<Dictionary> {
  const known = loaded[locale];
  if (known) return Promise.resolve(known);
  const pending = loading.get(locale);
  if (pending) return pending;
  const load = LOADERS[locale]().then(
    (dictionary) => {
      loaded[locale] = dictionary;
      return dictionary;
    },
    (error: unknown) => {
      loading.delete(locale);
      throw error;
    },
  );
  loading.set(locale, load);
  return load;
}
