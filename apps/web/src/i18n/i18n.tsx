import { type AppMessage, formatMessage, type MessageToken } from '@switchoff/domain';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { createFormatters, type Formatters, LOCALES, type Locale } from '../format';
import { type Dictionary, loadDictionary, loadedDictionary } from './dictionaries';
import type { Messages } from './it';

/** Where the chosen language is remembered between visits. */
export const LOCALE_STORAGE_KEY = 'switchoff.locale';

type I18n = {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** The strings of the chosen language. */
  m: Messages;
  /** Number, percent and date formatters of the chosen language. */
  f: Formatters;
  /** A message of the domain or the API (a code and its parameters) in the chosen language. */
  msg: (message: AppMessage | MessageToken) => string;
};

const I18nContext = createContext<I18n | null>(null);

function isLocale(value: string | null): value is Locale {
  return LOCALES.some((locale) => locale === value);
}

function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : 'it';
  } catch {
    return 'it';
  }
}

/**
 * Fetches the dictionary of the language the visitor chose on an earlier visit (nothing for
 * Italian): the browser's entry waits for it before drawing a screen itself, so an English
 * reader never sees the screen in Italian first.
 */
export async function loadStoredDictionary(): Promise<void> {
  await loadDictionary(readStoredLocale()).catch(() => undefined);
}

type I18nProviderProps = {
  children: ReactNode;
  initialLocale?: Locale | undefined;
  /**
   * Start in `initialLocale`, then switch to the language the visitor chose once mounted: a page
   * the server rendered (in Italian) hydrates as it was written, then reads the visitor's choice
   * and changes language (fetching its dictionary first).
   */
  followStoredLocale?: boolean | undefined;
};

const localeTools = new Map<Locale, Formatters>();

/**
 * A language's formatters, made once: each holds Intl formatters, costly to build, and the
 * server renders every page with them (a new set per render cost a tenth of a page's time).
 */
function formattersOf(locale: Locale, dictionary: Dictionary): Formatters {
  const known = localeTools.get(locale);
  if (known) return known;
  const f = createFormatters(locale, dictionary.m.common.notAvailable);
  localeTools.set(locale, f);
  return f;
}

/** Holds the chosen language (Italian unless the visitor picked another) and remembers it. */
export function I18nProvider({ children, initialLocale, followStoredLocale = false }: I18nProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? readStoredLocale());

  useEffect(() => {
    if (!followStoredLocale) return;
    // In a task of its own, after hydration's: the first read of localStorage waits on the
    // browser's storage, and the effects' task is part of the page's start-up.
    const timer = setTimeout(() => setLocaleState(readStoredLocale()), 0);
    return () => clearTimeout(timer);
  }, [followStoredLocale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // Private browsing may refuse storage; the choice still holds for this visit.
    }
  }, []);

  // A language chosen but not arrived yet is shown once its dictionary comes; Italian meanwhile.
  const [, setArrived] = useState(0);
  const chosen = loadedDictionary(locale);
  useEffect(() => {
    if (chosen) return;
    let current = true;
    loadDictionary(locale).then(
      () => current && setArrived((count) => count + 1),
      // Offline: the page stays in Italian, and the next choice tries again.
      (error: unknown) => console.error(`The ${locale} dictionary could not be loaded:`, error),
    );
    return () => {
      current = false;
    };
  }, [locale, chosen]);
  const shown: Locale = chosen ? locale : 'it';

  useEffect(() => {
    // Written only when it changes: setting `lang` on the root element, even to the value it
    // has, makes the browser restyle the whole page (70-120 ms of a page's start-up in
    // Lighthouse's trace, four times that on its simulated phone).
    if (document.documentElement.lang !== shown) document.documentElement.lang = shown;
  }, [shown]);

  const value = useMemo<I18n>(() => {
    const dictionary = loadedDictionary(shown) ?? loadedDictionary('it');
    if (!dictionary) throw new Error('the Italian dictionary is always loaded');
    const f = formattersOf(shown, dictionary);
    return {
      locale: shown,
      setLocale,
      m: dictionary.m,
      f,
      msg: (message: AppMessage | MessageToken) => formatMessage(dictionary.catalogue, message),
    };
  }, [shown, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The strings and formatters of the chosen language. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (value === null) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
