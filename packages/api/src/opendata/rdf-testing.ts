/// <reference path="./jsonld.d.ts" />
import jsonld from 'jsonld';
import { DataFactory, Parser, Store } from 'n3';
import { RdfXmlParser } from 'rdfxml-streaming-parser';

/**
 * Test helpers: read the catalogue back with real RDF libraries. Nothing is ever fetched: the
 * JSON-LD document loader refuses every URL, so a remote @context would fail the test.
 */
/** Every URL jsonld asked the loader for (and was refused). */
export const refusedUrls: string[] = [];

export const refuseRemote = async (url: string): Promise<never> => {
  refusedUrls.push(url);
  throw new Error(`jsonld tried to load ${url}: a remote context is never fetched`);
};

export function parseRdfXml(body: string, baseIRI: string): Promise<Store> {
  const store = new Store();
  const parser = new RdfXmlParser({ baseIRI });
  return new Promise((resolve, reject) => {
    parser.on('data', (quad) => store.addQuad(quad));
    parser.on('error', reject);
    parser.on('end', () => resolve(store));
    parser.write(body);
    parser.end();
  });
}

export async function parseJsonLd(body: string): Promise<Store> {
  const nquads = await jsonld.toRDF(JSON.parse(body), {
    format: 'application/n-quads',
    documentLoader: refuseRemote,
    safe: true,
  });
  const store = new Store();
  store.addQuads(new Parser({ format: 'N-Quads' }).parse(nquads));
  return store;
}

/** The values of a subject's property (full IRIs), for tests that do not import n3 themselves. */
export function valuesOf(store: Store, subject: string, predicate: string): string[] {
  return store.getObjects(DataFactory.namedNode(subject), DataFactory.namedNode(predicate), null).map((o) => o.value);
}

/** The subjects of a type (full IRI). */
export function subjectsOf(store: Store, type: string): string[] {
  return store
    .getSubjects(
      DataFactory.namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'),
      DataFactory.namedNode(type),
      null,
    )
    .map((s) => s.value);
}
