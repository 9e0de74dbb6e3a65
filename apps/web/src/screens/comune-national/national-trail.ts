import { provinceName } from '@switchoff/domain';
import type { ComuneNational } from '../../api-types';
import type { Crumb } from '../../layout/breadcrumbs';

/** Italia › Regione › Provincia above a comune's page, each step a link to its map. */
export function nationalTrail(comune: ComuneNational['comune'], italy: string): Crumb[] {
  return [
    { label: italy, to: '/italia' },
    { label: comune.regionName, to: `/regioni/${comune.regionCode}` },
    { label: provinceName(comune.provinceIstat, comune.provinceName), to: `/province/${comune.provinceIstat}` },
  ];
}
