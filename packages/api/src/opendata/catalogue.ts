import { type Db, schema } from '@switchoff/db';
import { lastCompleteMonth, type MessageToken, token } from '@switchoff/domain';
import {
  OPEN_DATASET_INFO,
  OPEN_DATASETS,
  OPEN_FORMATS,
  type OpenDataset,
  type OpenFormat,
} from '@switchoff/domain/formats';
import { and, inArray, max, sql } from 'drizzle-orm';
import { notFound } from '../errors';
import { findOperator } from '../reads/backups';
import {
  agentId,
  agentNode,
  both,
  catalogueId,
  contactId,
  contactNode,
  EU,
  locationId,
  locationNode,
  periodNode,
} from './catalogue-nodes';
import { countUnits, loadUnits } from './catalogue-units';
import { CONTENT_TYPES, etagOf, type OpenDataFile } from './files';
import type { Licence } from './licences';
import { type CompactIri, iri, type RdfNode, type Term, text, toJsonLd, toRdfXml, typed } from './rdf';

const { auditLog, comuni } = schema;

/** Comuni or consortia per catalogue page (four datasets each); dati.gov.it follows hydra:nextPage. */
export const CATALOGUE_UNITS_PER_PAGE = 250;

const FILE_TYPE: Record<OpenFormat, string> = { csv: `${EU}/file-type/CSV`, json: `${EU}/file-type/JSON` };
const MEDIA_TYPE: Record<OpenFormat, string> = {
  csv: 'http://www.iana.org/assignments/media-types/text/csv',
  json: 'http://www.iana.org/assignments/media-types/application/json',
};
/** Which audited entity changes which dataset (its dct:modified). */
const DATASET_ENTITY: Record<OpenDataset, string> = {
  servizi: 'services',
  fasi: 'services',
  'dati-mensili': 'monthly_figures',
  milestone: 'milestones',
  ripianificazioni: 'milestones',
};

const day = (iso: string) => iso.slice(0, 10);

/** The last day of the last complete month: where the published data end. */
function dataEnd(today: string): string {
  const [year, month] = lastCompleteMonth(today).split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, month ?? 1, 0)).toISOString().slice(0, 10);
}

/** The latest change anywhere (or the first comune's creation), the catalogue's dct:modified. */
function catalogueModified(db: Db): string {
  const audited = db
    .select({ at: max(auditLog.at) })
    .from(auditLog)
    .where(
      and(inArray(auditLog.entity, [...new Set(Object.values(DATASET_ENTITY))]), sql`${auditLog.comuneId} IS NOT NULL`),
    )
    .get()?.at;
  const created = db
    .select({ at: max(comuni.createdAt) })
    .from(comuni)
    .get()?.at;
  return day(
    [audited, created]
      .filter((d): d is string => !!d)
      .sort()
      .at(-1) ?? new Date().toISOString(),
  );
}

/** What the title and description of illustrative data say, so nobody takes them for official figures. */
const ILLUSTRATIVE = {
  title: { it: ' (dati illustrativi)', en: ' (illustrative data)' },
  description: {
    it: 'Dati illustrativi della dimostrazione di Switch-off, non statistiche ufficiali. ',
    en: 'Illustrative data of the Switch-off demo, not official statistics. ',
  },
};

/**
 * Why the installation has no DCAT-AP_IT catalogue (a message token), or null when it has one:
 * no consortium yet, or only the demo's illustrative data without SWITCHOFF_PUBLISH_DEMO=1.
 */
export function catalogueMissing(
  db: Db,
  params: { operator: string | null; publishDemo: boolean },
): MessageToken | null {
  const operator = findOperator(db, params.operator);
  if (operator === null) return token('catalogue.empty');
  return operator.demo && !params.publishDemo ? token('catalogue.demoOnly') : null;
}

/**
 * The DCAT-AP_IT catalogue of every comune's and consortium's open datasets, one page at a
 * time (`page` from 1), as RDF/XML or JSON-LD. Every mandatory property of the profile is there:
 * catalogue (title, description, publisher as agent with identifier, modified, datasets,
 * homepage), dataset (identifier "IPA:dataset", title and description in Italian and English,
 * modified, issued, EU data theme, rights holder and publisher as agents, contact point, place
 * and period, EU accrual periodicity, distributions) and distribution (EU file type, access URL,
 * licence as licence document, title). A demo consortium's data (the demo's, the generator's)
 * are left out, unless `publishDemo` (SWITCHOFF_PUBLISH_DEMO=1), and then said to be illustrative.
 */
export function buildCatalogue(
  db: Db,
  params: {
    baseUrl: string;
    licence: Licence;
    format: 'rdf' | 'jsonld';
    page: number;
    operator: string | null;
    today: string;
    publishDemo?: boolean;
    unitsPerPage?: number;
  },
): OpenDataFile {
  const base = params.baseUrl.replace(/\/+$/, '');
  const perPage = params.unitsPerPage ?? CATALOGUE_UNITS_PER_PAGE;
  const publishDemo = params.publishDemo ?? false;
  const missing = catalogueMissing(db, { operator: params.operator, publishDemo });
  if (missing !== null) notFound(missing);
  const operator = findOperator(db, params.operator) ?? notFound(token('catalogue.empty'));
  const { total } = countUnits(db, publishDemo);
  const lastPage = Math.max(1, Math.ceil(total / perPage));
  if (!Number.isInteger(params.page) || params.page < 1 || params.page > lastPage) {
    notFound(token('catalogue.pageNotFound', { page: params.page, last: lastPage }));
  }
  const units = loadUnits(db, { offset: (params.page - 1) * perPage, limit: perPage, publishDemo });
  const end = dataEnd(params.today);
  const nodes = new Map<string, RdfNode>();
  const add = (node: RdfNode) => {
    if (!nodes.has(node.id)) nodes.set(node.id, node);
  };
  add(agentNode(base, { ipa: operator.ipaCode, name: operator.name }));
  const datasets: RdfNode[] = [];
  const distributions: RdfNode[] = [];
  for (const unit of units) {
    add(agentNode(base, unit.holder));
    add(agentNode(base, unit.publisher));
    add(contactNode(base, unit.contact));
    for (const place of unit.places) add(locationNode(base, place));
    const marked = (value: { it: string; en: string }, what: 'title' | 'description') =>
      unit.illustrative
        ? what === 'title'
          ? { it: value.it + ILLUSTRATIVE.title.it, en: value.en + ILLUSTRATIVE.title.en }
          : { it: ILLUSTRATIVE.description.it + value.it, en: ILLUSTRATIVE.description.en + value.en }
        : value;
    for (const dataset of OPEN_DATASETS) {
      const info = OPEN_DATASET_INFO[dataset];
      const id = `${base}/opendata/${unit.path}/${dataset}`;
      const modified = day(
        [unit.changes.get(DATASET_ENTITY[dataset]), unit.created]
          .filter((d): d is string => !!d)
          .sort()
          .at(-1) ?? unit.created,
      );
      const period = `${id}#periodo`;
      // A unit with nothing to speak of before the last complete month (added since, or with a
      // first date still to come) covers the days from its start: a period never ends before it starts.
      const start = unit.firstDate ?? day(unit.created);
      add(periodNode(period, { start, end: start > end ? start : end }));
      const distributionIds = OPEN_FORMATS.map((format) => `${id}#${format}`);
      datasets.push({
        id,
        types: ['dcatapit:Dataset', 'dcat:Dataset'],
        props: [
          ['dct:identifier', text(unit.identifier(dataset))],
          ...both(
            'dct:title',
            marked({ it: `${info.title.it} — ${unit.label.it}`, en: `${info.title.en} — ${unit.label.en}` }, 'title'),
          ),
          ...both('dct:description', marked(info.description, 'description')),
          ['dct:issued', typed(day(unit.created), 'xsd:date')],
          ['dct:modified', typed(modified, 'xsd:date')],
          ['dcat:theme', iri(`${EU}/data-theme/GOVE`)],
          ['dct:rightsHolder', iri(agentId(base, unit.holder.ipa))],
          ['dct:publisher', iri(agentId(base, unit.publisher.ipa))],
          ['dcat:contactPoint', iri(contactId(base, unit.contact.slug))],
          ...unit.places.map((p): [CompactIri, Term] => ['dct:spatial', iri(locationId(base, p.istat))]),
          ['dct:temporal', iri(period)],
          ['dct:accrualPeriodicity', iri(`${EU}/frequency/${info.monthly ? 'MONTHLY' : 'IRREG'}`)],
          ['dct:language', iri(`${EU}/language/ITA`)],
          ['dcat:landingPage', iri(`${base}/${unit.page}`)],
          ['dcat:keyword', text('switch-off', 'it')],
          ['dcat:keyword', text('servizi digitali', 'it')],
          ['dcat:keyword', text(unit.name, 'it')],
          ...(unit.illustrative ? [['dcat:keyword', text('dati illustrativi', 'it')] as [CompactIri, Term]] : []),
          ...distributionIds.map((d): [CompactIri, Term] => ['dcat:distribution', iri(d)]),
        ],
      });
      for (const format of OPEN_FORMATS) {
        const url = `${base}/opendata/${unit.path}/${dataset}.${format}`;
        distributions.push({
          id: `${id}#${format}`,
          types: ['dcatapit:Distribution', 'dcat:Distribution'],
          props: [
            ['dct:format', iri(FILE_TYPE[format])],
            ['dcat:accessURL', iri(url)],
            ['dcat:downloadURL', iri(url)],
            ['dcat:mediaType', iri(MEDIA_TYPE[format])],
            ['dct:license', iri(params.licence.vocabulary)],
            ...both(
              'dct:title',
              marked(
                {
                  it: `${info.title.it} (${format.toUpperCase()})`,
                  en: `${info.title.en} (${format.toUpperCase()})`,
                },
                'title',
              ),
            ),
            [
              'dct:description',
              text(
                `${unit.illustrative ? ILLUSTRATIVE.description.it : ''}${info.title.it}, ${unit.label.it}: file ${format.toUpperCase()} con le colonne documentate in ${base}/opendata`,
                'it',
              ),
            ],
          ],
        });
      }
    }
  }
  const ext = params.format;
  const pageUrl = (n: number) => `${base}/opendata/catalogo.${ext}?page=${n}`;
  const graph: RdfNode[] = [
    {
      id: catalogueId(base),
      types: ['dcatapit:Catalog', 'dcat:Catalog'],
      props: [
        ...both('dct:title', { it: 'Switch-off — dati aperti dei comuni', en: 'Switch-off — open data of the comuni' }),
        ...both('dct:description', {
          it: 'Servizi pubblici dei comuni, fasi del passaggio dalla carta al solo digitale, dati mensili per canale e traguardi delle roadmap, per comune e per consorzio.',
          en: 'Public services of the comuni, their move from paper to digital only, monthly figures by channel and roadmap milestones, per comune and per consortium.',
        }),
        ['dct:publisher', iri(agentId(base, operator.ipaCode))],
        ['dct:modified', typed(catalogueModified(db), 'xsd:date')],
        ['foaf:homepage', iri(`${base}/`)],
        ['dct:language', iri(`${EU}/language/ITA`)],
        ['dcat:themeTaxonomy', iri(`${EU}/data-theme`)],
        ...datasets.map((d): [CompactIri, Term] => ['dcat:dataset', iri(d.id)]),
      ],
    },
    ...datasets,
    ...distributions,
    ...nodes.values(),
    {
      id: params.licence.vocabulary,
      types: ['dcatapit:LicenseDocument', 'dct:LicenseDocument'],
      props: [
        ['dct:type', iri(params.licence.type)],
        ['foaf:name', text(params.licence.name, 'it')],
      ],
    },
    {
      id: pageUrl(params.page),
      types: ['hydra:PagedCollection'],
      props: [
        ['hydra:totalItems', typed(String(total * OPEN_DATASETS.length), 'xsd:integer')],
        ['hydra:itemsPerPage', typed(String(perPage * OPEN_DATASETS.length), 'xsd:integer')],
        ['hydra:firstPage', iri(pageUrl(1))],
        ['hydra:lastPage', iri(pageUrl(lastPage))],
        ...(params.page > 1 ? [['hydra:previousPage', iri(pageUrl(params.page - 1))] as [CompactIri, Term]] : []),
        ...(params.page < lastPage ? [['hydra:nextPage', iri(pageUrl(params.page + 1))] as [CompactIri, Term]] : []),
      ],
    },
  ];
  const body = params.format === 'rdf' ? toRdfXml(graph) : toJsonLd(graph);
  return { body, contentType: CONTENT_TYPES[params.format], filename: `catalogo.${ext}`, etag: etagOf(body) };
}
