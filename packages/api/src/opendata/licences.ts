/**
 * Licences open data may carry (SWITCHOFF_LICENSE, CC-BY-4.0 unless said), each with its entry
 * in the Italian licences vocabulary that DCAT-AP_IT and dati.gov.it use.
 */
export type Licence = {
  /** SPDX-style identifier, as SWITCHOFF_LICENSE names it. */
  id: string;
  name: string;
  /** The licence text. */
  url: string;
  /** Entry of https://w3id.org/italia/controlled-vocabulary/licences (dct:license in the catalogue). */
  vocabulary: string;
  /** ADMS licence type. */
  type: string;
};

const VOCABULARY = 'https://w3id.org/italia/controlled-vocabulary/licences';
const ADMS = 'http://purl.org/adms/licencetype';

export const LICENCES: readonly Licence[] = [
  {
    id: 'CC-BY-4.0',
    name: 'Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    vocabulary: `${VOCABULARY}/A21_CCBY40`,
    type: `${ADMS}/Attribution`,
  },
  {
    id: 'CC0-1.0',
    name: 'Creative Commons CC0 1.0 Universale - Public Domain Dedication (CC0 1.0)',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/',
    vocabulary: `${VOCABULARY}/A11_CCO10`,
    type: `${ADMS}/PublicDomain`,
  },
  {
    id: 'CC-BY-SA-4.0',
    name: 'Creative Commons Attribuzione-Condividi allo stesso modo 4.0 Internazionale (CC BY-SA 4.0)',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    vocabulary: `${VOCABULARY}/A31_CCBYSA40`,
    type: `${ADMS}/Attribution`,
  },
  {
    id: 'IODL-2.0',
    name: 'Italian Open Data License 2.0 (IODL 2.0)',
    url: 'https://www.dati.gov.it/content/italian-open-data-license-v20',
    vocabulary: `${VOCABULARY}/A29_IODL20`,
    type: `${ADMS}/Attribution`,
  },
];

export const DEFAULT_LICENCE = 'CC-BY-4.0';

/** The licence an identifier names (case aside); throws listing the known ones otherwise. */
export function resolveLicence(id: string | undefined | null): Licence {
  const wanted = (id ?? '').trim() || DEFAULT_LICENCE;
  const found = LICENCES.find((l) => l.id.toLowerCase() === wanted.toLowerCase());
  if (!found)
    throw new Error(
      `Unknown licence "${wanted}" (SWITCHOFF_LICENSE): use one of ${LICENCES.map((l) => l.id).join(', ')}`,
    );
  return found;
}
