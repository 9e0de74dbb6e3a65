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

describe('each admin page has its own document title', () => {
  it.each([
    ['/amministrazione/utenti', 'it', 'Account del consorzio – Amministrazione | Switch-off'],
    ['/amministrazione/utenti', 'en', 'Consortium accounts – Administration | Switch-off'],
    ['/amministrazione/comuni', 'it', 'Impostazioni dei comuni – Amministrazione | Switch-off'],
    ['/amministrazione/comuni', 'en', 'Comuni settings – Administration | Switch-off'],
    ['/amministrazione/comuni/019035', 'it', 'Impostazioni di Crema – Amministrazione | Switch-off'],
    ['/amministrazione/comuni/019035', 'en', 'Settings of Crema – Administration | Switch-off'],
    ['/amministrazione/catalogo', 'it', 'Catalogo dei servizi – Amministrazione | Switch-off'],
    ['/amministrazione/catalogo', 'en', 'Service catalogue – Administration | Switch-off'],
    ['/amministrazione/copia-di-sicurezza', 'it', 'Copia di sicurezza – Amministrazione | Switch-off'],
    ['/amministrazione/copia-di-sicurezza', 'en', 'Backup – Administration | Switch-off'],
    ['/amministrazione/email', 'it', 'Email in uscita – Amministrazione | Switch-off'],
    ['/amministrazione/email', 'en', 'Outgoing email – Administration | Switch-off'],
  ] as const)('%s in %s', async (path, locale, title) => {
    document.title = '';
    renderAdmin(path, locale);
    await waitFor(() => expect(document.title).toBe(title));
    // The layout, rendered after the section, does not take the title back.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.title).toBe(title);
  });
});
