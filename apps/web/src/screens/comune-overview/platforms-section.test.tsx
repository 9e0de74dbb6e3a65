import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp } from '../../test-utils';
import { DatasetsTable } from './platforms-section';

const search = {
  title: 'Stradario comunale',
  portal: 'dati.lombardia.it',
  url: 'https://www.dati.lombardia.it/browse?q=Ripalta%20Cremasca%20Stradario%20comunale',
  license: 'CC-BY-4.0',
  publishedDate: '2018-10-01',
};
const direct = {
  ...search,
  title: 'Raccolta differenziata',
  url: 'https://www.dati.lombardia.it/Ambiente/Raccolta-differenziata/abcd-1234',
};

describe('published open datasets', () => {
  it('labels a search on the portal as a search, and links a known dataset by its title', () => {
    renderInApp(<DatasetsTable datasets={[search, direct]} />);
    const searchLink = screen.getByRole('link', { name: /Cerca “Stradario comunale” su dati\.lombardia\.it/ });
    expect(searchLink.getAttribute('href')).toBe(search.url);
    expect(searchLink.textContent).toBe('Cerca su dati.lombardia.it');
    expect(screen.queryByRole('link', { name: /^Stradario comunale/ })).toBeNull();
    expect(screen.getByRole('link', { name: /^Raccolta differenziata/ }).getAttribute('href')).toBe(direct.url);
    expect(screen.getByText(/porta a una ricerca sul portale: Switch-off non conosce l’indirizzo/)).toBeTruthy();
  });

  it('says nothing of searches when every link is a dataset’s own', () => {
    renderInApp(<DatasetsTable datasets={[direct]} />);
    expect(screen.queryByText(/ricerca sul portale/)).toBeNull();
  });
});
