import { act, render, screen } from '@testing-library/react';
import { describe, expect, it as test } from 'vitest';
import { en } from './en';
import { I18nProvider, LOCALE_STORAGE_KEY, useI18n } from './i18n';
import { it } from './it';

/** Every path of keys in a dictionary, e.g. `stages.paper.label`; arrays count by length. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [`${prefix}[${value.length}]`];
  if (typeof value === 'function') return [`${prefix}()`];
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
  }
  return [prefix];
}

function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(collectStrings);
  return [];
}

describe('dictionaries', () => {
  test('Italian and English have the same keys', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(it).sort());
  });
  test('no string is left empty', () => {
    expect(collectStrings(it).filter((s) => s.trim() === '')).toEqual([]);
    expect(collectStrings(en).filter((s) => s.trim() === '')).toEqual([]);
  });
  test('the table toggle reads as the brief asks', () => {
    expect(it.common.showTable).toBe('Mostra i dati in tabella');
    expect(it.transitionKinds.revert).toBe('ritorno indietro');
    expect(it.forecast.insufficient).toBe('Dati insufficienti per una previsione.');
  });
});

function Probe() {
  const { m, f, locale, setLocale } = useI18n();
  return (
    <div>
      <p>{m.notFound.title}</p>
      <p>{f.percent(0.824)}</p>
      <button type="button" onClick={() => setLocale(locale === 'it' ? 'en' : 'it')}>
        switch
      </button>
    </div>
  );
}

describe('I18nProvider', () => {
  test('speaks Italian by default', () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByText('Pagina non trovata')).toBeTruthy();
    expect(screen.getByText('82,4%')).toBeTruthy();
    expect(document.documentElement.lang).toBe('it');
  });
  test('switches language and remembers the choice', () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    act(() => screen.getByRole('button').click());
    expect(screen.getByText('Page not found')).toBeTruthy();
    expect(screen.getByText('82.4%')).toBeTruthy();
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });
  test('starts in the remembered language', () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByText('Page not found')).toBeTruthy();
  });
});
