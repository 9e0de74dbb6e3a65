import { appMessage } from '@switchoff/domain';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp } from '../../test-utils';
import { type BackupInfo, BackupView } from './backup';

const operator = { slug: 'consorzio-it', name: 'Consorzio.IT' };

describe('backup page', () => {
  it('says a backup holds every consortium and password hashes, and offers the download to the operator’s admins', () => {
    const info = {
      allowed: true,
      reason: null,
      operator,
      downloadUrl: '/api/backup',
      contains: 'all-consortia',
      history: [{ at: '2026-11-27T09:30:00.000Z', actor: 'Admin Demo', action: 'backup', details: {} }],
    } as unknown as BackupInfo;
    renderInApp(<BackupView info={info} />);
    expect(screen.getByText('i dati di tutti i consorzi dell’installazione, non solo del tuo;')).toBeTruthy();
    expect(screen.getByText('gli account con le impronte (hash) delle password.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Scarica la copia di sicurezza' }).getAttribute('href')).toBe(
      '/api/backup',
    );
    const history = screen.getByRole('table', { name: /Le ultime copie di sicurezza/ });
    expect(within(history).getByText('Admin Demo')).toBeTruthy();
    expect(within(history).getByText(/27 novembre 2026/)).toBeTruthy();
  });

  it('gives another consortium’s admin the reason instead of the download, in the chosen language', () => {
    const info = {
      allowed: false,
      reason: appMessage('backup.operatorAdminsOnly', { operator: 'Consorzio.IT' }),
      operator,
      downloadUrl: '/api/backup',
      contains: 'all-consortia',
      history: [],
    } as unknown as BackupInfo;
    renderInApp(<BackupView info={info} />, { locale: 'en' });
    expect(screen.queryByRole('link', { name: 'Download the backup' })).toBeNull();
    expect(
      screen.getByText(
        'A backup holds the data of every consortium: only the admins of Consorzio.IT, which runs the installation, download one',
      ),
    ).toBeTruthy();
  });
});
