import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp } from '../../test-utils';
import MyComuniScreen from './my-comuni';

const councillor = {
  name: 'Consigliera',
  email: 'consigliera@test.it',
  role: 'council',
  consortium: { slug: 'consorzio-it', name: 'Consorzio.IT' },
  comuni: [
    { istat: '019035', name: 'Crema' },
    { istat: '019081', name: 'Ripalta Cremasca' },
  ],
};

describe('the chooser of one’s comuni', () => {
  it('lists a council member’s comuni as links, with its own title', async () => {
    renderInApp(<MyComuniScreen />, { api: { 'auth.me': () => councillor } });
    const list = await screen.findByRole('list', { name: 'I comuni di cui leggi i dati interni' });
    const links = within(list).getAllByRole('link');
    expect(links.map((a) => [a.getAttribute('aria-label'), a.getAttribute('href')])).toEqual([
      ['Apri Crema', '/comuni/019035'],
      ['Apri Ripalta Cremasca', '/comuni/019081'],
    ]);
    expect(document.title).toBe('I tuoi comuni | Switch-off');
  });

  it('points staff to their consortium’s portfolio, in English too', async () => {
    renderInApp(<MyComuniScreen />, {
      locale: 'en',
      api: { 'auth.me': () => ({ ...councillor, role: 'editor', comuni: [] }) },
    });
    const link = await screen.findByRole('link', { name: 'Open the consortium’s portfolio' });
    expect(link.getAttribute('href')).toBe('/consorzi/consorzio-it');
    expect(document.title).toBe('Your comuni | Switch-off');
  });

  it('asks a visitor to log in', async () => {
    renderInApp(<MyComuniScreen />);
    expect(await screen.findByRole('heading', { name: 'Accesso riservato' })).toBeTruthy();
  });
});
