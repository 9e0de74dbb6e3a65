import { describe, expect, it } from 'vitest';
import { isPortalSearch } from './dataset-links';

describe('isPortalSearch', () => {
  it('tells a search on a portal from a dataset’s own address', () => {
    expect(isPortalSearch('https://www.dati.lombardia.it/browse?q=Ripalta%20Cremasca%20Stradario')).toBe(true);
    expect(isPortalSearch('https://www.dati.gov.it/view-dataset?q=rifiuti')).toBe(true);
    expect(isPortalSearch('https://www.dati.lombardia.it/search')).toBe(true);
    expect(isPortalSearch('https://www.dati.lombardia.it/Ambiente/Raccolta-differenziata/abcd-1234')).toBe(false);
    expect(isPortalSearch('non un indirizzo')).toBe(false);
  });
});
