import { type Db, schema } from '@switchoff/db';
import type { OpenDataset } from '@switchoff/domain/formats';
import { and, asc, count, eq, inArray, isNull, max, min, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { CatalogueAgent, CatalogueContact } from './catalogue-nodes';

const { auditLog, comuni, consortia, milestones, monthlyFigures, services, stageEvents } = schema;

/** A comune, or a consortium for all its comuni: what one group of datasets of the catalogue is about. */
export type CatalogueUnit = {
  /** Path under /opendata: comuni/019081 or consorzi/consorzio-it. */
  path: string;
  /** The public page of the comune or consortium. */
  page: string;
  name: string;
  label: { it: string; en: string };
  /** dct:identifier of one of its datasets: "<IPA code>:switchoff-<dataset>-<comune or consortium>". */
  identifier: (dataset: OpenDataset) => string;
  holder: CatalogueAgent;
  publisher: CatalogueAgent;
  contact: CatalogueContact;
  /** The demo's (or the generator's) illustrative data, published only when asked for. */
  illustrative: boolean;
  /** The comuni the data are about (dct:spatial). */
  places: { istat: string; name: string }[];
  /** The first day the data speak of (a stage, a month of figures, a milestone's baseline), if any. */
  firstDate: string | null;
  created: string;
  /** Latest audited change per entity (ISO timestamps). */
  changes: Map<string, string>;
};

/**
 * Which consortia and comuni the catalogue lists: never an archived comune, and nothing of a demo
 * consortium (the demo's, the generator's) unless the installation publishes the demo as such.
 */
function filters(publishDemo: boolean): { consortium: SQL | undefined; comune: SQL | undefined } {
  return {
    consortium: publishDemo ? undefined : eq(consortia.demo, false),
    comune: and(isNull(comuni.archivedAt), publishDemo ? undefined : eq(consortia.demo, false)),
  };
}

/** How many consortia and comuni the catalogue lists. */
export function countUnits(db: Db, publishDemo: boolean) {
  const where = filters(publishDemo);
  const consortiumCount = db.select({ n: count() }).from(consortia).where(where.consortium).get()?.n ?? 0;
  const comuneCount =
    db
      .select({ n: count() })
      .from(comuni)
      .innerJoin(consortia, eq(consortia.id, comuni.consortiumId))
      .where(where.comune)
      .get()?.n ?? 0;
  return { consortiumCount, total: consortiumCount + comuneCount };
}

/** The earliest date the public data of each comune speak of. */
function firstDates(db: Db, comuneIds: number[]): Map<number, string> {
  const ids = comuneIds.concat(-1);
  const publicService = and(inArray(services.comuneId, ids), eq(services.visibility, 'public'));
  /** The earliest `date` per comune of the rows of a table that belong to its public services. */
  const earliestOfServices = (
    table: SQLiteTable,
    serviceId: AnySQLiteColumn,
    date: AnySQLiteColumn<{ data: string }>,
  ) =>
    db
      .select({ id: services.comuneId, at: min(date) })
      .from(table)
      .innerJoin(services, eq(services.id, serviceId))
      .where(publicService)
      .groupBy(services.comuneId)
      .all();
  const candidates = [
    ...earliestOfServices(monthlyFigures, monthlyFigures.serviceId, monthlyFigures.month).map((r) => ({
      id: r.id,
      at: r.at ? `${r.at}-01` : null,
    })),
    ...earliestOfServices(stageEvents, stageEvents.serviceId, stageEvents.effectiveDate),
    ...db
      .select({ id: milestones.comuneId, at: min(milestones.baselineDate) })
      .from(milestones)
      .where(and(inArray(milestones.comuneId, ids), eq(milestones.visibility, 'public')))
      .groupBy(milestones.comuneId)
      .all(),
  ];
  const first = new Map<number, string>();
  for (const { id, at } of candidates) {
    const known = first.get(id);
    if (at && (!known || at < known)) first.set(id, at);
  }
  return first;
}

const earliest = (dates: (string | undefined)[]) => dates.filter((d): d is string => !!d).sort()[0] ?? null;

type ConsortiumRow = typeof consortia.$inferSelect;
const contactOf = (c: ConsortiumRow): CatalogueContact => ({
  slug: c.slug,
  name: c.name,
  email: c.contactEmail,
  telephone: c.telephone,
  website: c.website,
});

function consortiumUnits(db: Db, rows: ConsortiumRow[], where: SQL | undefined): CatalogueUnit[] {
  const ids = rows.map((r) => r.id).concat(-1);
  const changes = db
    .select({ consortiumId: comuni.consortiumId, entity: auditLog.entity, at: max(auditLog.at) })
    .from(auditLog)
    .innerJoin(comuni, eq(comuni.id, auditLog.comuneId))
    .where(inArray(comuni.consortiumId, ids))
    .groupBy(comuni.consortiumId, auditLog.entity)
    .all();
  const members = db
    .select({
      id: comuni.id,
      consortiumId: comuni.consortiumId,
      istat: comuni.istatCode,
      name: comuni.name,
      illustrative: comuni.figuresIllustrative,
    })
    .from(comuni)
    .innerJoin(consortia, eq(consortia.id, comuni.consortiumId))
    .where(and(inArray(comuni.consortiumId, ids), where))
    .orderBy(asc(comuni.istatCode))
    .all();
  const first = firstDates(
    db,
    members.map((m) => m.id),
  );
  return rows.map((c) => {
    const agent = { ipa: c.ipaCode, name: c.name };
    const own = members.filter((m) => m.consortiumId === c.id);
    return {
      path: `consorzi/${c.slug}`,
      page: `consorzi/${c.slug}`,
      name: c.slug,
      label: { it: c.name, en: c.name },
      identifier: (dataset) => `${c.ipaCode}:switchoff-${dataset}-${c.slug}`,
      holder: agent,
      publisher: agent,
      contact: contactOf(c),
      illustrative: c.demo || own.some((m) => m.illustrative),
      places: own.map(({ istat, name }) => ({ istat, name })),
      firstDate: earliest(own.map((m) => first.get(m.id))),
      created: c.createdAt,
      changes: new Map(changes.filter((x) => x.consortiumId === c.id && x.at).map((x) => [x.entity, x.at ?? ''])),
    };
  });
}

/** The consortia, then the comuni, of one page of the catalogue. */
export function loadUnits(db: Db, params: { offset: number; limit: number; publishDemo: boolean }): CatalogueUnit[] {
  const { offset, limit } = params;
  const where = filters(params.publishDemo);
  const { consortiumCount } = countUnits(db, params.publishDemo);
  const units: CatalogueUnit[] = [];
  if (offset < consortiumCount) {
    const rows = db
      .select()
      .from(consortia)
      .where(where.consortium)
      .orderBy(asc(consortia.slug))
      .limit(limit)
      .offset(offset)
      .all();
    units.push(...consortiumUnits(db, rows, where.comune));
  }
  const left = limit - units.length;
  if (left <= 0) return units;
  const rows = db
    .select({ comune: comuni, consortium: consortia })
    .from(comuni)
    .innerJoin(consortia, eq(consortia.id, comuni.consortiumId))
    .where(where.comune)
    .orderBy(asc(comuni.istatCode))
    .limit(left)
    .offset(Math.max(0, offset - consortiumCount))
    .all();
  const ids = rows.map((r) => r.comune.id);
  const changes = db
    .select({ comuneId: auditLog.comuneId, entity: auditLog.entity, at: max(auditLog.at) })
    .from(auditLog)
    .where(inArray(auditLog.comuneId, ids.concat(-1)))
    .groupBy(auditLog.comuneId, auditLog.entity)
    .all();
  const first = firstDates(db, ids);
  for (const { comune: c, consortium } of rows) {
    units.push({
      path: `comuni/${c.istatCode}`,
      page: `comuni/${c.istatCode}`,
      name: c.istatCode,
      label: { it: `Comune di ${c.name}`, en: `Comune di ${c.name} (Italy)` },
      identifier: (dataset) => `${c.ipaCode}:switchoff-${dataset}-${c.istatCode}`,
      holder: { ipa: c.ipaCode, name: `Comune di ${c.name}` },
      publisher: { ipa: consortium.ipaCode, name: consortium.name },
      contact: contactOf(consortium),
      illustrative: consortium.demo || c.figuresIllustrative,
      places: [{ istat: c.istatCode, name: c.name }],
      firstDate: first.get(c.id) ?? null,
      created: c.createdAt,
      changes: new Map(changes.filter((x) => x.comuneId === c.id && x.at).map((x) => [x.entity, x.at ?? ''])),
    });
  }
  return units;
}
