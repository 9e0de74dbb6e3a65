import { type CompactIri, iri, type RdfNode, type Term, text, typed } from './rdf';

/** The EU Publications Office's authority tables (data themes, frequencies, file types, languages). */
export const EU = 'http://publications.europa.eu/resource/authority';

/** An agent of the catalogue (publisher, rights holder): its name and its IPA code. */
export type CatalogueAgent = { ipa: string; name: string };
/** Who answers questions about a consortium's data (dcat:contactPoint). */
export type CatalogueContact = {
  slug: string;
  name: string;
  email: string | null;
  telephone: string | null;
  website: string | null;
};

/** Every node the catalogue names lives under its own address, so each resolves to the catalogue. */
export const catalogueId = (base: string) => `${base}/opendata/catalogo`;
export const agentId = (base: string, ipa: string) => `${catalogueId(base)}#ipa-${encodeURIComponent(ipa)}`;
export const contactId = (base: string, slug: string) => `${catalogueId(base)}#contatto-${encodeURIComponent(slug)}`;
export const locationId = (base: string, istat: string) => `${catalogueId(base)}#comune-${istat}`;

/** A property in Italian and in English. */
export const both = (property: CompactIri, value: { it: string; en: string }): [CompactIri, Term][] => [
  [property, text(value.it, 'it')],
  [property, text(value.en, 'en')],
];

export function agentNode(base: string, agent: CatalogueAgent): RdfNode {
  return {
    id: agentId(base, agent.ipa),
    types: ['dcatapit:Agent', 'foaf:Agent'],
    props: [
      ['dct:identifier', text(agent.ipa)],
      ['foaf:name', text(agent.name)],
    ],
  };
}

/** DCAT-AP_IT's contact point: an organisation (vcard) with its name, email and, when known, telephone and site. */
export function contactNode(base: string, contact: CatalogueContact): RdfNode {
  return {
    id: contactId(base, contact.slug),
    types: ['dcatapit:Organization', 'vcard:Organization', 'vcard:Kind'],
    props: [
      ['vcard:fn', text(contact.name)],
      ...(contact.email ? [['vcard:hasEmail', iri(`mailto:${contact.email}`)] as [CompactIri, Term]] : []),
      ...(contact.telephone
        ? [['vcard:hasTelephone', iri(`tel:${contact.telephone.replace(/[^\d+]/g, '')}`)] as [CompactIri, Term]]
        : []),
      ...(contact.website ? [['vcard:hasURL', iri(contact.website)] as [CompactIri, Term]] : []),
    ],
  };
}

/**
 * The comune as a place (dct:Location): its ISTAT code as dcatapit:geographicalIdentifier and its name.
 * Not OntoPiA's city URI: that one ends with the date the code was instituted, which the lists shipped
 * with the project do not hold, and an invented date would name another resource.
 */
export function locationNode(base: string, comune: { istat: string; name: string }): RdfNode {
  return {
    id: locationId(base, comune.istat),
    types: ['dct:Location'],
    props: [
      ['dcatapit:geographicalIdentifier', text(comune.istat)],
      ['locn:geographicalName', text(comune.name, 'it')],
    ],
  };
}

/** A period of time (dct:temporal), with the start and end dates both vocabularies harvesters read. */
export function periodNode(id: string, period: { start: string; end: string }): RdfNode {
  return {
    id,
    types: ['dct:PeriodOfTime'],
    props: [
      ['dcat:startDate', typed(period.start, 'xsd:date')],
      ['dcat:endDate', typed(period.end, 'xsd:date')],
      ['schema:startDate', typed(period.start, 'xsd:date')],
      ['schema:endDate', typed(period.end, 'xsd:date')],
    ],
  };
}
