import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../app';
import type { Locale } from '../../format';
import { renderInApp } from '../../test-utils';
import { admin } from '../../testing/fixtures';

/** The app's own routes, so each title is checked at the address a person visits. */
function renderAdmin(path: string, locale: Locale) {
  return renderInApp(<AppRoutes />, {
    path,
    locale,
    api: {
      'auth.me': () => admin,
      'admin.users.list': () => [],
      'consortia.portfolio': () => ({ comuni: [] }),
      'admin.comuni.list': () => ({ comuni: [] }),
      'admin.catalogue.list': () => [],
      'backups.info': () => ({
        allowed: true,
        reason: null,
        operator: { slug: 'consorzio-it', name: 'Consorzio.IT' },
        downloadUrl: '/api/backup',
        contains: 'all-consortia',
        history: [],
      }),
      'admin.outbox.list': () => ({
        rows: [],
        counts: { pending: 0, retrying: 0, sending: 0, sent: 0, failed: 0 },
        total: 0,
        page: 1,
        pageSize: 50,
      }),
      'comuni.overview': () => ({ comune: { name: 'Crema', consortium: { slug: 'altro' } } }),
    },
  });
}

/** Each admin page's address and its own name, in Italian and in English. */
const PAGES = [
  ['/amministrazione/utenti', 'Account del consorzio', 'Consortium accounts'],
  ['/amministrazione/comuni', 'Impostazioni dei comuni', 'Comuni settings'],
  ['/amministrazione/comuni/019035', 'Impostazioni di Crema', 'Settings of Crema'],
  ['/amministrazione/catalogo', 'Catalogo dei servizi', 'Service catalogue'],
  ['/amministrazione/copia-di-sicurezza', 'Copia di sicurezza', 'Backup'],
  ['/amministrazione/email', 'Email in uscita', 'Outgoing email'],
] as const;

const CASES = PAGES.flatMap(
  ([path, italian, english]) =>
    [
      [path, 'it', `${italian} – Amministrazione | Switch-off`],
      [path, 'en', `${english} – Administration | Switch-off`],
    ] as const,
);

describe('each admin page has its own document title', () => {
  it.each(CASES)('%s in %s', async (path, locale, title) => {
    document.title = '';
    renderAdmin(path, locale);
    await waitFor(() => expect(document.title).toBe(title));
    // The layout, rendered after the section, does not take the title back.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.title).toBe(title);
  });
});
