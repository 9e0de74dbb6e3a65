import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../app';
import { renderInApp } from '../../test-utils';

const consortium = (slug: string, name: string, comuni: number, firstComuni: { istat: string; name: string }[]) => ({
  slug,
  name,
  city: 'Crema',
  comuni,
  firstComuni,
});

describe('home', () => {
  it('links each consortium’s first comuni and says how many more its portfolio has, reading no portfolio', async () => {
    const { calls } = renderInApp(<AppRoutes />, {
      path: '/',
      api: {
        'consortia.list': () => [
          consortium('piccolo', 'Consorzio Piccolo', 2, [
            { istat: '019001', name: 'Alfa' },
            { istat: '019002', name: 'Beta' },
          ]),
          consortium('grande', 'Consorzio Grande', 40, [{ istat: '001001', name: 'Agliè' }]),
        ],
      },
    });
    const small = (await screen.findByRole('heading', { name: 'Consorzio Piccolo' })).closest('.card');
    const big = screen.getByRole('heading', { name: 'Consorzio Grande' }).closest('.card');
    if (!(small instanceof HTMLElement) || !(big instanceof HTMLElement)) throw new Error('each consortium is a card');
    expect(within(small).getByRole('link', { name: 'Beta' }).getAttribute('href')).toBe('/comuni/019002');
    expect(within(small).queryByText(/altri/)).toBeNull();
    const more = within(big).getByRole('link', { name: 'e altri 39 comuni: apri il portafoglio' });
    expect(more.getAttribute('href')).toBe('/consorzi/grande');
    expect(calls.some((call) => call.path === 'consortia.portfolio')).toBe(false);
  });
});
