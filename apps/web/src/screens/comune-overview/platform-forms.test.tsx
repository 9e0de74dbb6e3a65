import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderInApp } from '../../test-utils';
import { PlatformForm, PnrrForm } from './platform-forms';

describe('national platforms form', () => {
  it('sends the chosen platform with its version and says what was saved', async () => {
    const onDone = vi.fn();
    const platforms: ComponentProps<typeof PlatformForm>['platforms'] = [
      { platform: 'app_io', state: 'active', activationDate: '2023-05-01', active: true, version: 4 },
    ];
    const { calls } = renderInApp(
      <PlatformForm istat="019081" platforms={platforms} onDone={onDone} today="2024-07-15" />,
      { api: { 'platforms.set': () => ({ version: 5 }) } },
    );
    fireEvent.change(screen.getByLabelText('Piattaforma'), { target: { value: 'app_io' } });
    expect((screen.getByLabelText(/^Data di attivazione/) as HTMLInputElement).value).toBe('2023-05-01');
    fireEvent.change(screen.getByLabelText(/^Data di attivazione/), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva lo stato' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Stato di App IO salvato.'));
    expect(calls.find((c) => c.path === 'platforms.set')?.input).toEqual({
      istat: '019081',
      platform: 'app_io',
      state: 'active',
      activationDate: null,
      version: 4,
    });
  });
});

describe('PNRR measures form', () => {
  it('refuses an amount that is not a number, then sends it in cents', async () => {
    const onDone = vi.fn();
    const { calls } = renderInApp(<PnrrForm istat="019081" pnrr={[]} onDone={onDone} today="2024-07-15" />, {
      api: { 'pnrr.set': () => ({ version: 1 }) },
    });
    expect((screen.getByLabelText('Misura') as HTMLSelectElement).value).toBe('1.4.1');
    fireEvent.change(screen.getByLabelText(/^Importo finanziato/), { target: { value: 'molti' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva la misura' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(calls.some((c) => c.path === 'pnrr.set')).toBe(false);
    fireEvent.change(screen.getByLabelText(/^Importo finanziato/), { target: { value: '14.000,50' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva la misura' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Misura 1.4.1 salvata.'));
    expect(calls.find((c) => c.path === 'pnrr.set')?.input).toMatchObject({
      istat: '019081',
      measure: '1.4.1',
      amountCents: 1_400_050,
      version: null,
    });
  });
});
