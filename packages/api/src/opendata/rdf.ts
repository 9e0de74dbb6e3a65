/**
 * A small RDF graph of named nodes and the two serialisations the catalogue is published in:
 * RDF/XML and JSON-LD with an inline context (nothing to fetch to read it).
 */

export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatapit: 'http://dati.gov.it/onto/dcatapit#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  hydra: 'http://www.w3.org/ns/hydra/core#',
  locn: 'http://www.w3.org/ns/locn#',
  schema: 'http://schema.org/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

type Prefix = keyof typeof NS;
/** A property or class as `prefix:local`. */
export type CompactIri = `${Prefix}:${string}`;

export type Term = { iri: string } | { value: string; lang?: string; datatype?: string };
export type RdfNode = { id: string; types: CompactIri[]; props: [CompactIri, Term][] };

export const iri = (value: string): Term => ({ iri: value });
export const text = (value: string, lang?: string): Term => (lang ? { value, lang } : { value });
export const typed = (value: string, datatype: CompactIri): Term => ({ value, datatype: expand(datatype) });

export function expand(compact: CompactIri): string {
  const [prefix, local] = compact.split(':') as [Prefix, string];
  return `${NS[prefix]}${local}`;
}

function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** RDF/XML: one rdf:Description per node, rdf:type and property elements named by prefix. */
export function toRdfXml(nodes: readonly RdfNode[]): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<rdf:RDF'];
  for (const [prefix, ns] of Object.entries(NS)) lines.push(`  xmlns:${prefix}="${ns}"`);
  lines[lines.length - 1] += '>';
  for (const node of nodes) {
    lines.push(`  <rdf:Description rdf:about="${escapeXml(node.id)}">`);
    for (const type of node.types) lines.push(`    <rdf:type rdf:resource="${escapeXml(expand(type))}"/>`);
    for (const [property, term] of node.props) {
      if ('iri' in term) {
        lines.push(`    <${property} rdf:resource="${escapeXml(term.iri)}"/>`);
        continue;
      }
      const attributes = term.lang
        ? ` xml:lang="${term.lang}"`
        : term.datatype
          ? ` rdf:datatype="${escapeXml(term.datatype)}"`
          : '';
      lines.push(`    <${property}${attributes}>${escapeXml(term.value)}</${property}>`);
    }
    lines.push('  </rdf:Description>');
  }
  lines.push('</rdf:RDF>', '');
  return lines.join('\n');
}

type JsonLdValue = { '@id': string } | { '@value': string; '@language'?: string; '@type'?: string };

/** JSON-LD: a @graph of nodes, keys as prefixed names defined in an inline @context. */
export function toJsonLd(nodes: readonly RdfNode[]): string {
  const graph = nodes.map((node) => {
    const out: Record<string, unknown> = { '@id': node.id, '@type': node.types };
    for (const [property, term] of node.props) {
      const value: JsonLdValue =
        'iri' in term
          ? { '@id': term.iri }
          : {
              '@value': term.value,
              ...(term.lang ? { '@language': term.lang } : {}),
              ...(term.datatype ? { '@type': term.datatype } : {}),
            };
      const list = (out[property] as JsonLdValue[] | undefined) ?? [];
      list.push(value);
      out[property] = list;
    }
    return out;
  });
  return `${JSON.stringify({ '@context': { ...NS }, '@graph': graph }, null, 2)}\n`;
}
