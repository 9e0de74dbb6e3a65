import type { AppMessage, MessageToken } from '@switchoff/domain';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { createFormatters, type Formatters, LOCALES, type Locale } from '../format';
import { sayMessage } from './app-messages';
import { en } from './en';
import { it, type Messages } from './it';
import { type Counted, countedIn } from './plural';

export const DICTIONARIES: Record<Locale, Messages> = { it, en };

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
  /** A count with its noun in the right number: `counted(1, 'riga', 'righe')` is "1 riga". */
  counted: Counted;
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

type I18nProviderProps = {
  children: ReactNode;
  initialLocale?: Locale | undefined;
  /**
   * Start in `initialLocale`, then switch to the language the visitor chose once mounted: a page
   * the server rendered (in Italian) hydrates as it was written, then changes language.
   */
  followStoredLocale?: boolean | undefined;
};

type LocaleTools = { f: Formatters; counted: Counted };

const localeTools = new Map<Locale, LocaleTools>();

/**
 * A language's formatters, made once: each holds Intl formatters, costly to build, and the
 * server renders every page with them (a new set per render cost a tenth of a page's time).
 */
function toolsOf(locale: Locale): LocaleTools {
  const known = localeTools.get(locale);
  if (known) return known;
  const f = createFormatters(locale, DICTIONARIES[locale].common.notAvailable);
  const tools = { f, counted: countedIn(locale, f.number) };
  localeTools.set(locale, tools);
  return tools;
}

/** Holds the chosen language (Italian unless the visitor picked another) and remembers it. */
export function I18nProvider({ children, initialLocale, followStoredLocale = false }: I18nProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? readStoredLocale());

  useEffect(() => {
    if (followStoredLocale) setLocaleState(readStoredLocale());
  }, [followStoredLocale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // Private browsing may refuse storage; the choice still holds for this visit.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18n>(() => {
    const { f, counted } = toolsOf(locale);
    return {
      locale,
      setLocale,
      m: DICTIONARIES[locale],
      f,
      counted,
      msg: (message: AppMessage | MessageToken) => sayMessage(message, locale),
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The strings and formatters of the chosen language. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (value === null) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
