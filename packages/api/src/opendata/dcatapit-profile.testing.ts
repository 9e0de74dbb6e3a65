import type { Store } from 'n3';
import { DataFactory } from 'n3';
import { expect } from 'vitest';

const { namedNode } = DataFactory;
export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatapit: 'http://dati.gov.it/onto/dcatapit#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  hydra: 'http://www.w3.org/ns/hydra/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  locn: 'http://www.w3.org/ns/locn#',
};
export const EU = 'http://publications.europa.eu/resource/authority';
export const p = (prefix: keyof typeof NS, local: string) => namedNode(`${NS[prefix]}${local}`);

/** Objects of a subject's property. */
export const objects = (store: Store, subject: string, prefix: keyof typeof NS, local: string) =>
  store.getObjects(namedNode(subject), p(prefix, local), null);
export const subjectsOfType = (store: Store, prefix: keyof typeof NS, local: string) =>
  store
    .getSubjects(p('rdf', 'type'), p(prefix, local), null)
    .map((s) => s.value)
    .sort();
export const has = (store: Store, subject: string, prefix: keyof typeof NS, local: string) =>
  objects(store, subject, prefix, local).length > 0;

/**
 * What dati.gov.it's harvester expects of a DCAT-AP_IT catalogue (the profile's mandatory properties, and the
 * recommended ones this catalogue promises), checked on every catalogue, dataset, distribution, agent, contact
 * point, place and period of a graph: controlled vocabularies for themes, frequencies, file types, languages and
 * licences (the Italian licences vocabulary), IPA codes as agents' identifiers, xsd:date dates.
 */
export function checkProfile(store: Store) {
  const [catalogue, ...others] = subjectsOfType(store, 'dcatapit', 'Catalog');
  expect(others).toEqual([]);
  if (!catalogue) throw new Error('no dcatapit:Catalog');
  expect(subjectsOfType(store, 'dcat', 'Catalog')).toEqual([catalogue]);
  for (const property of [
    ['dct', 'title'],
    ['dct', 'description'],
    ['dct', 'publisher'],
    ['dct', 'modified'],
    ['dcat', 'dataset'],
    ['foaf', 'homepage'],
  ] as const) {
    expect(has(store, catalogue, property[0], property[1]), `catalogue ${property.join(':')}`).toBe(true);
  }
  const langs = (subject: string, local: string) =>
    objects(store, subject, 'dct', local)
      .map((o) => (o.termType === 'Literal' ? o.language : ''))
      .sort();
  expect(langs(catalogue, 'title')).toEqual(['en', 'it']);
  expect(objects(store, catalogue, 'dct', 'modified')[0]).toMatchObject({
    termType: 'Literal',
    datatype: { value: `${NS.xsd}date` },
  });

  const agents = new Set<string>();
  const datasets = objects(store, catalogue, 'dcat', 'dataset')
    .map((d) => d.value)
    .sort();
  expect(subjectsOfType(store, 'dcatapit', 'Dataset')).toEqual(datasets);
  expect(subjectsOfType(store, 'dcat', 'Dataset')).toEqual(datasets);
  const distributions: string[] = [];
  for (const dataset of datasets) {
    for (const property of [
      ['dct', 'identifier'],
      ['dct', 'modified'],
      ['dcat', 'theme'],
      ['dct', 'rightsHolder'],
      ['dct', 'accrualPeriodicity'],
      ['dcat', 'distribution'],
      ['dct', 'publisher'],
      ['dcat', 'contactPoint'],
      ['dct', 'issued'],
      ['dct', 'spatial'],
      ['dct', 'temporal'],
    ] as const) {
      expect(has(store, dataset, property[0], property[1]), `${dataset} ${property.join(':')}`).toBe(true);
    }
    expect(langs(dataset, 'title'), dataset).toEqual(['en', 'it']);
    expect(langs(dataset, 'description'), dataset).toEqual(['en', 'it']);
    expect(objects(store, dataset, 'dct', 'identifier')[0]?.value).toMatch(/^[a-z0-9_]+:switchoff-[a-z-]+-[a-z0-9-]+$/);
    expect(objects(store, dataset, 'dcat', 'theme').map((t) => t.value)).toEqual([`${EU}/data-theme/GOVE`]);
    expect(objects(store, dataset, 'dct', 'accrualPeriodicity')[0]?.value).toMatch(
      new RegExp(`^${EU}/frequency/(MONTHLY|IRREG)$`),
    );
    for (const agent of [
      ...objects(store, dataset, 'dct', 'rightsHolder'),
      ...objects(store, dataset, 'dct', 'publisher'),
    ])
      agents.add(agent.value);
    distributions.push(...objects(store, dataset, 'dcat', 'distribution').map((d) => d.value));
    for (const local of ['issued', 'modified'] as const)
      expect(objects(store, dataset, 'dct', local)[0], `${dataset} dct:${local}`).toMatchObject({
        datatype: { value: `${NS.xsd}date` },
        value: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
    expect(objects(store, dataset, 'dct', 'language').map((l) => l.value)).toEqual([`${EU}/language/ITA`]);
    checkContactPoint(store, objects(store, dataset, 'dcat', 'contactPoint')[0]?.value ?? '');
    for (const place of objects(store, dataset, 'dct', 'spatial')) {
      expect(subjectsOfType(store, 'dct', 'Location'), place.value).toContain(place.value);
      expect(objects(store, place.value, 'dcatapit', 'geographicalIdentifier')[0]?.value).toMatch(/^\d{6}$/);
      expect(has(store, place.value, 'locn', 'geographicalName'), place.value).toBe(true);
    }
    const [period] = objects(store, dataset, 'dct', 'temporal');
    expect(subjectsOfType(store, 'dct', 'PeriodOfTime'), dataset).toContain(period?.value);
    const start = objects(store, period?.value ?? '', 'dcat', 'startDate')[0]?.value ?? '';
    const end = objects(store, period?.value ?? '', 'dcat', 'endDate')[0]?.value ?? '';
    expect(start, `${dataset} period`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(start <= end, `${dataset}: ${start} to ${end}`).toBe(true);
  }
  for (const agent of objects(store, catalogue, 'dct', 'publisher')) agents.add(agent.value);
  for (const agent of agents) {
    expect(subjectsOfType(store, 'dcatapit', 'Agent'), agent).toContain(agent);
    expect(objects(store, agent, 'dct', 'identifier')[0]?.value, agent).toMatch(/^[a-z0-9_]+$/);
    expect(has(store, agent, 'foaf', 'name'), agent).toBe(true);
  }
  expect(subjectsOfType(store, 'dcatapit', 'Distribution')).toEqual([...distributions].sort());
  const licences = new Set<string>();
  for (const distribution of distributions) {
    expect(objects(store, distribution, 'dcat', 'mediaType')[0]?.value, distribution).toMatch(
      /^http:\/\/www\.iana\.org\/assignments\/media-types\/(text\/csv|application\/json)$/,
    );
    expect(objects(store, distribution, 'dct', 'license'), distribution).toHaveLength(1);
    expect(objects(store, distribution, 'dct', 'format')[0]?.value, distribution).toMatch(
      new RegExp(`^${EU}/file-type/(CSV|JSON)$`),
    );
    expect(objects(store, distribution, 'dcat', 'accessURL')[0]?.value, distribution).toMatch(
      /^https:\/\/[^/]+\/opendata\/(comuni|consorzi)\/[^/]+\/[a-z-]+\.(csv|json)$/,
    );
    expect(
      has(store, distribution, 'dct', 'title') || has(store, distribution, 'dct', 'description'),
      distribution,
    ).toBe(true);
    for (const licence of objects(store, distribution, 'dct', 'license')) licences.add(licence.value);
  }
  for (const licence of licences) {
    expect(licence).toMatch(/^https:\/\/w3id\.org\/italia\/controlled-vocabulary\/licences\/[A-Z]\d+_\w+$/);
    expect(subjectsOfType(store, 'dcatapit', 'LicenseDocument')).toContain(licence);
    expect(has(store, licence, 'dct', 'type')).toBe(true);
  }
  return { catalogue, datasets, distributions, licences: [...licences] };
}

/** A contact point as DCAT-AP_IT wants it: an organisation (vcard) with a name and an email address. */
function checkContactPoint(store: Store, contact: string) {
  expect(subjectsOfType(store, 'dcatapit', 'Organization'), contact).toContain(contact);
  expect(has(store, contact, 'vcard', 'fn'), `${contact} vcard:fn`).toBe(true);
  expect(objects(store, contact, 'vcard', 'hasEmail')[0]?.value, `${contact} vcard:hasEmail`).toMatch(
    /^mailto:[^@\s]+@[^@\s]+\.[a-z]{2,}$/,
  );
}
