import type { Store } from 'n3';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { createTestWorld } from '../testing';
import { buildCatalogue } from './catalogue';
import { resolveLicence } from './licences';
import { parseJsonLd, parseRdfXml, refusedUrls } from './rdf-testing';

const { namedNode } = DataFactory;
const BASE = 'https://switchoff.example.it';
const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatapit: 'http://dati.gov.it/onto/dcatapit#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  hydra: 'http://www.w3.org/ns/hydra/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};
const EU = 'http://publications.europa.eu/resource/authority';
const p = (prefix: keyof typeof NS, local: string) => namedNode(`${NS[prefix]}${local}`);

/** Objects of a subject's property. */
const objects = (store: Store, subject: string, prefix: keyof typeof NS, local: string) =>
  store.getObjects(namedNode(subject), p(prefix, local), null);
const subjectsOfType = (store: Store, prefix: keyof typeof NS, local: string) =>
  store
    .getSubjects(p('rdf', 'type'), p(prefix, local), null)
    .map((s) => s.value)
    .sort();
const has = (store: Store, subject: string, prefix: keyof typeof NS, local: string) =>
  objects(store, subject, prefix, local).length > 0;

/** The mandatory properties of DCAT-AP_IT, checked on every catalogue, dataset, distribution and agent of a graph. */
function checkProfile(store: Store) {
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
    expect(objects(store, distribution, 'dct', 'format')[0]?.value, distribution).toMatch(
      new RegExp(`^${EU}/file-type/(CSV|JSON)$`),
    );
    expect(objects(store, distribution, 'dcat', 'accessURL')[0]?.value, distribution).toMatch(
      /^https:\/\/switchoff\.example\.it\/opendata\/(comuni|consorzi)\/[^/]+\/[a-z-]+\.(csv|json)$/,
    );
    expect(
      has(store, distribution, 'dct', 'title') || has(store, distribution, 'dct', 'description'),
      distribution,
    ).toBe(true);
    for (const licence of objects(store, distribution, 'dct', 'license')) licences.add(licence.value);
  }
  for (const licence of licences) {
    expect(subjectsOfType(store, 'dcatapit', 'LicenseDocument')).toContain(licence);
    expect(has(store, licence, 'dct', 'type')).toBe(true);
  }
  return { catalogue, datasets, distributions, licences: [...licences] };
}

describe('the DCAT-AP_IT catalogue', () => {
  const { db } = createTestWorld();
  const licence = resolveLicence(undefined);
  const build = (format: 'rdf' | 'jsonld', page = 1, unitsPerPage?: number) =>
    buildCatalogue(db, {
      baseUrl: `${BASE}/`,
      licence,
      format,
      page,
      operator: null,
      ...(unitsPerPage ? { unitsPerPage } : {}),
    });

  it('has every mandatory property, read back from RDF/XML with a real parser', async () => {
    const file = build('rdf');
    expect(file.contentType).toBe('application/rdf+xml; charset=utf-8');
    const store = await parseRdfXml(file.body, `${BASE}/opendata/catalogo.rdf`);
    const { catalogue, datasets, distributions, licences } = checkProfile(store);
    expect(catalogue).toBe(`${BASE}/opendata/catalogo`);
    // Two consortia and three comuni, five datasets each, in CSV and JSON.
    expect(datasets).toHaveLength(25);
    expect(distributions).toHaveLength(50);
    expect(licences).toEqual(['https://w3id.org/italia/controlled-vocabulary/licences/A21_CCBY40']);
    const alfa = `${BASE}/opendata/comuni/019001/dati-mensili`;
    expect(objects(store, alfa, 'dct', 'identifier')[0]?.value).toBe('c_a001:switchoff-dati-mensili-019001');
    expect(objects(store, alfa, 'dct', 'accrualPeriodicity')[0]?.value).toBe(`${EU}/frequency/MONTHLY`);
    expect(objects(store, objects(store, alfa, 'dct', 'rightsHolder')[0]?.value ?? '', 'foaf', 'name')[0]?.value).toBe(
      'Comune di Alfa',
    );
    expect(
      objects(store, objects(store, catalogue, 'dct', 'publisher')[0]?.value ?? '', 'dct', 'identifier')[0]?.value,
    ).toBe('ctest');
  });

  it('says the same in JSON-LD, read with jsonld.toRDF and a document loader that refuses every URL', async () => {
    const rdf = await parseRdfXml(build('rdf').body, `${BASE}/opendata/catalogo.rdf`);
    const file = build('jsonld');
    expect(file.contentType).toBe('application/ld+json; charset=utf-8');
    const store = await parseJsonLd(file.body);
    checkProfile(store);
    // Same triples but the page node, whose address names the format.
    const withoutPaging = (s: Store) =>
      s
        .getQuads(null, null, null, null)
        .filter((q) => !q.subject.value.includes('/opendata/catalogo.'))
        .map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}`)
        .sort();
    expect(withoutPaging(store)).toEqual(withoutPaging(rdf));
    expect(store.size).toBe(rdf.size);
  });

  it('never fetches a remote context: the test loader refuses it', async () => {
    await expect(
      parseJsonLd(JSON.stringify({ '@context': 'https://example.org/context.jsonld', '@id': 'urn:x', name: 'x' })),
    ).rejects.toThrow(/Dereferencing a URL/);
    expect(refusedUrls).toEqual(['https://example.org/context.jsonld']);
  });

  it('pages a large catalogue with hydra, as dati.gov.it harvests it', async () => {
    const first = await parseRdfXml(build('rdf', 1, 2).body, BASE);
    const paging = (store: Store) => subjectsOfType(store, 'hydra', 'PagedCollection')[0] ?? '';
    expect(objects(first, paging(first), 'hydra', 'totalItems')[0]?.value).toBe('25');
    expect(objects(first, paging(first), 'hydra', 'nextPage')[0]?.value).toBe(`${BASE}/opendata/catalogo.rdf?page=2`);
    expect(objects(first, paging(first), 'hydra', 'lastPage')[0]?.value).toBe(`${BASE}/opendata/catalogo.rdf?page=3`);
    const last = await parseRdfXml(build('rdf', 3, 2).body, BASE);
    checkProfile(last);
    expect(objects(last, paging(last), 'hydra', 'nextPage')).toEqual([]);
    expect(subjectsOfType(last, 'dcatapit', 'Dataset').every((d) => d.includes('/comuni/098001/'))).toBe(true);
    expect(() => build('rdf', 4, 2)).toThrow('Pagina 4 inesistente: il catalogo ha le pagine da 1 a 3');
  });

  it('follows the configured licence', async () => {
    const file = buildCatalogue(db, {
      baseUrl: BASE,
      licence: resolveLicence('cc0-1.0'),
      format: 'rdf',
      page: 1,
      operator: null,
    });
    expect(checkProfile(await parseRdfXml(file.body, BASE)).licences).toEqual([
      'https://w3id.org/italia/controlled-vocabulary/licences/A11_CCO10',
    ]);
    expect(() => resolveLicence('GPL')).toThrow(
      'Unknown licence "GPL" (SWITCHOFF_LICENSE): use one of CC-BY-4.0, CC0-1.0, CC-BY-SA-4.0, IODL-2.0',
    );
  });

  it('escapes what XML must escape', async () => {
    const { db: odd } = createTestWorld();
    odd.$client.prepare(`UPDATE comuni SET name = 'Alfa & <Beta> "d''Italia"' WHERE istat_code = '019001'`).run();
    const file = buildCatalogue(odd, { baseUrl: BASE, licence, format: 'rdf', page: 1, operator: null });
    const store = await parseRdfXml(file.body, BASE);
    const holder = objects(store, `${BASE}/opendata/comuni/019001/servizi`, 'dct', 'rightsHolder')[0]?.value ?? '';
    expect(objects(store, holder, 'foaf', 'name')[0]?.value).toBe(`Comune di Alfa & <Beta> "d'Italia"`);
  });
});
