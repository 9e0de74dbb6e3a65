import type { Db } from '@switchoff/db';
import type { Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { createTestWorld, TEST_TODAY } from '../testing';
import { buildCatalogue } from './catalogue';
import { checkProfile, EU, objects, subjectsOfType } from './dcatapit-profile.testing';
import { resolveLicence } from './licences';
import { parseJsonLd, parseRdfXml, refusedUrls } from './rdf-testing';

const BASE = 'https://switchoff.example.it';

/** The test world, its consortia with the contact email a real installation's init asks for. */
function worldWithContacts() {
  const world = createTestWorld();
  world.db.$client.prepare(`UPDATE consortia SET contact_email = 'dati@' || slug || '.example.it'`).run();
  return world;
}

/** The RDF/XML catalogue of a database, page 1, under BASE. */
function rdfCatalogueOf(db: Db, licence = resolveLicence(undefined)) {
  return buildCatalogue(db, { baseUrl: BASE, licence, format: 'rdf', page: 1, operator: null, today: TEST_TODAY });
}

describe('the DCAT-AP_IT catalogue', () => {
  const { db } = worldWithContacts();
  const licence = resolveLicence(undefined);
  const build = (format: 'rdf' | 'jsonld', page = 1, unitsPerPage?: number) =>
    buildCatalogue(db, {
      baseUrl: `${BASE}/`,
      licence,
      format,
      page,
      operator: null,
      today: TEST_TODAY,
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
    const file = rdfCatalogueOf(db, resolveLicence('cc0-1.0'));
    expect(checkProfile(await parseRdfXml(file.body, BASE)).licences).toEqual([
      'https://w3id.org/italia/controlled-vocabulary/licences/A11_CCO10',
    ]);
    expect(() => resolveLicence('GPL')).toThrow(
      'Unknown licence "GPL" (SWITCHOFF_LICENSE): use one of CC-BY-4.0, CC0-1.0, CC-BY-SA-4.0, IODL-2.0',
    );
  });

  it('gives a comune added after the last complete month, with no data yet, a period that ends no earlier than it starts', async () => {
    const { db: fresh } = worldWithContacts();
    fresh.$client
      .prepare(
        `INSERT INTO comuni (istat_code, name, province_code, region, population, consortium_id, ipa_code, created_at)
        VALUES ('098031', 'Lodi', 'LO', 'Lombardia', 43332, 1, 'c_e648', '2024-07-10T09:00:00.000Z')`,
      )
      .run();
    const file = rdfCatalogueOf(fresh);
    const store = await parseRdfXml(file.body, BASE);
    checkProfile(store);
    const period = objects(store, `${BASE}/opendata/comuni/098031/servizi`, 'dct', 'temporal')[0]?.value ?? '';
    // Nothing to speak of yet: from the day it was added, to that day.
    expect(objects(store, period, 'dcat', 'startDate')[0]?.value).toBe('2024-07-10');
    expect(objects(store, period, 'dcat', 'endDate')[0]?.value).toBe('2024-07-10');
  });

  it('escapes what XML must escape', async () => {
    const { db: odd } = worldWithContacts();
    odd.$client.prepare(`UPDATE comuni SET name = 'Alfa & <Beta> "d''Italia"' WHERE istat_code = '019001'`).run();
    const file = rdfCatalogueOf(odd);
    const store = await parseRdfXml(file.body, BASE);
    const holder = objects(store, `${BASE}/opendata/comuni/019001/servizi`, 'dct', 'rightsHolder')[0]?.value ?? '';
    expect(objects(store, holder, 'foaf', 'name')[0]?.value).toBe(`Comune di Alfa & <Beta> "d'Italia"`);
  });
});
