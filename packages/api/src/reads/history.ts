import { type Db, schema } from '@switchoff/db';
import { addMonths, CHANGE_KINDS, type ChangeKind, token, type YearMonth } from '@switchoff/domain';
import { and, type ColumnBaseConfig, desc, eq, gte, inArray, lt, or } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { notFound } from '../errors';
import { type ComuneRow, findService } from './lookup';

const { auditLog, milestones, monthlyFigures, platformAdoptions, pnrrMeasures, services } = schema;

type AuditRow = typeof auditLog.$inferSelect;

/** One change as histories show it: who, when, what, before and after. */
function changeView(row: AuditRow) {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    before: row.before,
    after: row.after,
  };
}

export type ChangeView = ReturnType<typeof changeView>;

/** The name of the file an import's summary row records (null: not given, as before names were kept). */
function importedFile(row: AuditRow): string | null {
  const after = row.after;
  if (typeof after !== 'object' || after === null || !('file' in after)) return null;
  return typeof after.file === 'string' && after.file !== '' ? after.file : null;
}

/** How many changes one history answer carries at most, newest first. */
const MAX_CHANGES = 500;

/** Every change of a service: its fields and stages, and its monthly figures. */
export function serviceHistory(db: Db, params: { comune: ComuneRow; slug: string }) {
  const service = findService(db, { comune: params.comune, slug: params.slug, internal: true });
  const figureIds = db
    .select({ id: monthlyFigures.id })
    .from(monthlyFigures)
    .where(eq(monthlyFigures.serviceId, service.id));
  const rows = db
    .select()
    .from(auditLog)
    .where(
      or(
        and(eq(auditLog.entity, 'services'), eq(auditLog.entityId, service.id)),
        and(eq(auditLog.entity, 'monthly_figures'), inArray(auditLog.entityId, figureIds)),
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(MAX_CHANGES)
    .all();
  return { service: { slug: service.slug, name: service.name }, changes: rows.map(changeView) };
}

/** Every change of a milestone (edits, re-plans, completion). */
export function milestoneHistory(db: Db, params: { comune: ComuneRow; id: number }) {
  const milestone =
    db
      .select({ id: milestones.id, title: milestones.title })
      .from(milestones)
      .where(and(eq(milestones.comuneId, params.comune.id), eq(milestones.id, params.id)))
      .get() ?? notFound(token('milestone.notFound', { comune: params.comune.name, milestone: String(params.id) }));
  const rows = db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'milestones'), eq(auditLog.entityId, milestone.id)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(MAX_CHANGES)
    .all();
  return { milestone, changes: rows.map(changeView) };
}

/** What a month's changes can be narrowed to: a kind of change, a person (the audit log's actor). */
export type ChangeFilters = { kind?: ChangeKind | undefined; person?: string | undefined };

/** How many changes the CSV export of a month carries at most (an import writes one per row). */
export const MAX_EXPORTED_CHANGES = 20_000;

/**
 * What changed in a comune during one month (audit timestamps are UTC), newest first, each
 * change with a subject a person recognises (the service, milestone, platform or measure);
 * only those of a kind and by a person when asked, at most `limit` (500 unless said). With them
 * the kinds and the people of the whole month, to choose from.
 */
export function monthHistory(db: Db, params: { comune: ComuneRow; month: YearMonth; limit?: number } & ChangeFilters) {
  const limit = params.limit ?? MAX_CHANGES;
  const inMonth = and(
    eq(auditLog.comuneId, params.comune.id),
    gte(auditLog.at, `${params.month}-01`),
    lt(auditLog.at, `${addMonths(params.month, 1)}-01`),
  );
  const rows = db
    .select()
    .from(auditLog)
    .where(
      and(
        inMonth,
        params.kind ? eq(auditLog.entity, params.kind) : undefined,
        params.person ? eq(auditLog.actor, params.person) : undefined,
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit + 1)
    .all();
  const shown = rows.slice(0, limit);
  const subjects = subjectsOf(db, params.comune.id, shown);
  const choices = db
    .selectDistinct({ entity: auditLog.entity, actor: auditLog.actor })
    .from(auditLog)
    .where(inMonth)
    .all();
  const kinds = new Set<string>(choices.map((c) => c.entity));
  return {
    month: params.month,
    changes: shown.map((row) => ({ ...changeView(row), subject: subjects(row) })),
    truncated: rows.length > limit,
    /** The kinds of change the month holds, in the order of CHANGE_KINDS. */
    kinds: CHANGE_KINDS.filter((kind) => kinds.has(kind)),
    /** The people who changed something in the month, by name. */
    people: [...new Set(choices.map((c) => c.actor))].sort((a, b) => a.localeCompare(b, 'it')),
  };
}

function idsOf(rows: AuditRow[], entity: string): number[] {
  return rows.flatMap((r) => (r.entity === entity && r.entityId !== null ? [r.entityId] : []));
}

type Named = { id: number; name: string };

/** A comune's rows with an id, named by one of their columns. */
type NamedRows = {
  table: typeof services | typeof milestones | typeof platformAdoptions | typeof pnrrMeasures;
  name: SQLiteColumn<{ data: string } & ColumnBaseConfig<'string', string>>;
};

/** How to name the things of each kind a change may concern, given their ids (those of the comune only). */
function nameReaders(db: Db, comuneId: number): Record<string, (ids: number[]) => Named[]> {
  const named =
    ({ table, name }: NamedRows, label: (name: string) => string = (n) => n) =>
    (ids: number[]) =>
      db
        .select({ id: table.id, name })
        .from(table)
        .where(and(eq(table.comuneId, comuneId), inArray(table.id, ids)))
        .all()
        .map((r) => ({ id: r.id, name: label(r.name) }));
  return {
    services: named({ table: services, name: services.name }),
    milestones: named({ table: milestones, name: milestones.title }),
    monthly_figures: (ids) =>
      db
        .select({ id: monthlyFigures.id, month: monthlyFigures.month, name: services.name })
        .from(monthlyFigures)
        .innerJoin(services, eq(services.id, monthlyFigures.serviceId))
        .where(and(eq(services.comuneId, comuneId), inArray(monthlyFigures.id, ids)))
        .all()
        .map((f) => ({ id: f.id, name: `${f.name}, ${f.month}` })),
    platform_adoptions: named({ table: platformAdoptions, name: platformAdoptions.platform }),
    pnrr_measures: named({ table: pnrrMeasures, name: pnrrMeasures.measure }, (measure) => `PNRR ${measure}`),
  };
}

/** Names the thing each change concerns, with one query per kind of thing named. */
function subjectsOf(db: Db, comuneId: number, rows: AuditRow[]): (row: AuditRow) => string | null {
  const names = new Map<string, string>();
  for (const [entity, read] of Object.entries(nameReaders(db, comuneId))) {
    const ids = idsOf(rows, entity);
    if (ids.length === 0) continue;
    for (const { id, name } of read(ids)) names.set(`${entity}:${id}`, name);
  }
  return (row) => (row.entity === 'imports' ? importedFile(row) : (names.get(`${row.entity}:${row.entityId}`) ?? null));
}
