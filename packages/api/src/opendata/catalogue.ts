import { type Db, schema } from '@switchoff/db';
import { token } from '@switchoff/domain';
import {
  OPEN_DATASET_INFO,
  OPEN_DATASETS,
  OPEN_FORMATS,
  type OpenDataset,
  type OpenFormat,
} from '@switchoff/domain/formats';
import { and, asc, count, eq, inArray, max, sql } from 'drizzle-orm';
import { notFound } from '../errors';
import { findOperator } from '../reads/backups';
import { CONTENT_TYPES, etagOf, type OpenDataFile } from './files';
import type { Licence } from './licences';
import { type CompactIri, iri, type RdfNode, type Term, text, toJsonLd, toRdfXml, typed } from './rdf';

const { auditLog, comuni, consortia } = schema;

/** Comuni or consortia per catalogue page (four datasets each); dati.gov.it follows hydra:nextPage. */
export const CATALOGUE_UNITS_PER_PAGE = 250;

const EU = 'http://publications.europa.eu/resource/authority';
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

type Unit = {
  /** Path under /opendata: comuni/019081 or consorzi/consorzio-it. */
  path: string;
  /** The public page of the comune or consortium. */
  page: string;
  name: string;
  label: { it: string; en: string };
  /** dct:identifier of one of its datasets: "<IPA code>:switchoff-<dataset>-<comune or consortium>". */
  identifier: (dataset: OpenDataset) => string;
  holder: { ipa: string; name: string };
  publisher: { ipa: string; name: string };
  created: string;
  /** Latest audited change per entity (ISO timestamps). */
  changes: Map<string, string>;
};

const day = (iso: string) => iso.slice(0, 10);

function countUnits(db: Db) {
  const consortiumCount = db.select({ n: count() }).from(consortia).get()?.n ?? 0;
  const comuneCount = db.select({ n: count() }).from(comuni).get()?.n ?? 0;
  return { consortiumCount, total: consortiumCount + comuneCount };
}

function loadUnits(db: Db, offset: number, limit: number): Unit[] {
  const { consortiumCount } = countUnits(db);
  const units: Unit[] = [];
  if (offset < consortiumCount) {
    const rows = db.select().from(consortia).orderBy(asc(consortia.slug)).limit(limit).offset(offset).all();
    const changes = db
      .select({ consortiumId: comuni.consortiumId, entity: auditLog.entity, at: max(auditLog.at) })
      .from(auditLog)
      .innerJoin(comuni, eq(comuni.id, auditLog.comuneId))
      .where(inArray(comuni.consortiumId, rows.map((r) => r.id).concat(-1)))
      .groupBy(comuni.consortiumId, auditLog.entity)
      .all();
    for (const c of rows) {
      const agent = { ipa: c.ipaCode, name: c.name };
      units.push({
        path: `consorzi/${c.slug}`,
        page: `consorzi/${c.slug}`,
        name: c.slug,
        label: { it: c.name, en: c.name },
        identifier: (dataset) => `${c.ipaCode}:switchoff-${dataset}-${c.slug}`,
        holder: agent,
        publisher: agent,
        created: c.createdAt,
        changes: new Map(changes.filter((x) => x.consortiumId === c.id && x.at).map((x) => [x.entity, x.at ?? ''])),
      });
    }
  }
  const left = limit - units.length;
  if (left > 0) {
    const rows = db
      .select({ comune: comuni, consortium: { ipaCode: consortia.ipaCode, name: consortia.name } })
      .from(comuni)
      .innerJoin(consortia, eq(consortia.id, comuni.consortiumId))
      .orderBy(asc(comuni.istatCode))
      .limit(left)
      .offset(Math.max(0, offset - consortiumCount))
      .all();
    const changes = db
      .select({ comuneId: auditLog.comuneId, entity: auditLog.entity, at: max(auditLog.at) })
      .from(auditLog)
      .where(inArray(auditLog.comuneId, rows.map((r) => r.comune.id).concat(-1)))
      .groupBy(auditLog.comuneId, auditLog.entity)
      .all();
    for (const { comune: c, consortium } of rows) {
      units.push({
        path: `comuni/${c.istatCode}`,
        page: `comuni/${c.istatCode}`,
        name: c.istatCode,
        label: { it: `Comune di ${c.name}`, en: `Comune di ${c.name} (Italy)` },
        identifier: (dataset) => `${c.ipaCode}:switchoff-${dataset}-${c.istatCode}`,
        holder: { ipa: c.ipaCode, name: `Comune di ${c.name}` },
        publisher: { ipa: consortium.ipaCode, name: consortium.name },
        created: c.createdAt,
        changes: new Map(changes.filter((x) => x.comuneId === c.id && x.at).map((x) => [x.entity, x.at ?? ''])),
      });
    }
  }
  return units;
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

function agentNode(base: string, agent: { ipa: string; name: string }): RdfNode {
  return {
    id: agentId(base, agent.ipa),
    types: ['dcatapit:Agent', 'foaf:Agent'],
    props: [
      ['dct:identifier', text(agent.ipa)],
      ['foaf:name', text(agent.name)],
    ],
  };
}

const agentId = (base: string, ipa: string) => `${base}/opendata/catalogo#ipa-${encodeURIComponent(ipa)}`;
const both = (property: CompactIri, value: { it: string; en: string }): [CompactIri, Term][] => [
  [property, text(value.it, 'it')],
  [property, text(value.en, 'en')],
];

/**
 * The DCAT-AP_IT catalogue of every comune's and consortium's open datasets, one page at a
 * time (`page` from 1), as RDF/XML or JSON-LD. Every mandatory property of the profile is there:
 * catalogue (title, description, publisher as agent with identifier, modified, datasets,
 * homepage), dataset (identifier "IPA:dataset", title and description in Italian and English,
 * modified, EU data theme, rights holder as agent, EU accrual periodicity, distributions) and
 * distribution (EU file type, access URL, licence as licence document, title).
 */
export function buildCatalogue(
  db: Db,
  params: {
    baseUrl: string;
    licence: Licence;
    format: 'rdf' | 'jsonld';
    page: number;
    operator: string | null;
    unitsPerPage?: number;
  },
): OpenDataFile {
  const base = params.baseUrl.replace(/\/+$/, '');
  const perPage = params.unitsPerPage ?? CATALOGUE_UNITS_PER_PAGE;
  const operator = findOperator(db, params.operator) ?? notFound(token('catalogue.empty'));
  const { total } = countUnits(db);
  const lastPage = Math.max(1, Math.ceil(total / perPage));
  if (!Number.isInteger(params.page) || params.page < 1 || params.page > lastPage) {
    notFound(token('catalogue.pageNotFound', { page: params.page, last: lastPage }));
  }
  const units = loadUnits(db, (params.page - 1) * perPage, perPage);
  const catalogueId = `${base}/opendata/catalogo`;
  const agents = new Map<string, RdfNode>([
    [operator.ipaCode, agentNode(base, { ipa: operator.ipaCode, name: operator.name })],
  ]);
  const datasets: RdfNode[] = [];
  const distributions: RdfNode[] = [];
  for (const unit of units) {
    for (const agent of [unit.holder, unit.publisher])
      if (!agents.has(agent.ipa)) agents.set(agent.ipa, agentNode(base, agent));
    for (const dataset of OPEN_DATASETS) {
      const info = OPEN_DATASET_INFO[dataset];
      const id = `${base}/opendata/${unit.path}/${dataset}`;
      const modified = day(
        [unit.changes.get(DATASET_ENTITY[dataset]), unit.created]
          .filter((d): d is string => !!d)
          .sort()
          .at(-1) ?? unit.created,
      );
      const distributionIds = OPEN_FORMATS.map((format) => `${id}#${format}`);
      datasets.push({
        id,
        types: ['dcatapit:Dataset', 'dcat:Dataset'],
        props: [
          ['dct:identifier', text(unit.identifier(dataset))],
          ...both('dct:title', {
            it: `${info.title.it} — ${unit.label.it}`,
            en: `${info.title.en} — ${unit.label.en}`,
          }),
          ...both('dct:description', info.description),
          ['dct:modified', typed(modified, 'xsd:date')],
          ['dcat:theme', iri(`${EU}/data-theme/GOVE`)],
          ['dct:rightsHolder', iri(agentId(base, unit.holder.ipa))],
          ['dct:publisher', iri(agentId(base, unit.publisher.ipa))],
          ['dct:accrualPeriodicity', iri(`${EU}/frequency/${info.monthly ? 'MONTHLY' : 'IRREG'}`)],
          ['dct:language', iri(`${EU}/language/ITA`)],
          ['dcat:landingPage', iri(`${base}/${unit.page}`)],
          ['dcat:keyword', text('switch-off', 'it')],
          ['dcat:keyword', text('servizi digitali', 'it')],
          ['dcat:keyword', text(unit.name, 'it')],
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
            ...both('dct:title', {
              it: `${info.title.it} (${format.toUpperCase()})`,
              en: `${info.title.en} (${format.toUpperCase()})`,
            }),
            [
              'dct:description',
              text(
                `${info.title.it}, ${unit.label.it}: file ${format.toUpperCase()} con le colonne documentate in ${base}/opendata`,
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
  const nodes: RdfNode[] = [
    {
      id: catalogueId,
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
    ...agents.values(),
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
  const body = params.format === 'rdf' ? toRdfXml(nodes) : toJsonLd(nodes);
  return { body, contentType: CONTENT_TYPES[params.format], filename: `catalogo.${ext}`, etag: etagOf(body) };
}
