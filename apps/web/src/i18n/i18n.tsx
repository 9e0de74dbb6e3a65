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

/** Holds the chosen language (Italian unless the visitor picked another) and remembers it. */
export function I18nProvider({ children, initialLocale }: { children: ReactNode; initialLocale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? readStoredLocale());

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
    const m = DICTIONARIES[locale];
    const f = createFormatters(locale, m.common.notAvailable);
    return {
      locale,
      setLocale,
      m,
      f,
      counted: countedIn(locale, f.number),
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
