import { type Db, schema, type Tx } from '@switchoff/db';
import { comuneByIstat, comuneRow, consortiumById, consortiumBySlug, consortiumRow } from '@switchoff/db/reads/comuni';
import { token } from '@switchoff/domain';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { notFound } from '../errors';
import { withInternal } from './visibility';

const { comuni, consortia, services } = schema;

export type ComuneRow = typeof comuni.$inferSelect;
export type ServiceRow = typeof services.$inferSelect;
export type ConsortiumRow = typeof consortia.$inferSelect;

export function findConsortium(db: Db, slug: string) {
  const row = consortiumBySlug.get(db, slug);
  return row ? consortiumRow(row) : notFound(token('consortium.notFound', { slug }));
}

export function findConsortiumById(db: Db, id: number): ConsortiumRow | null {
  return db.select().from(consortia).where(eq(consortia.id, id)).get() ?? null;
}

export type FoundComune = ReturnType<typeof findComune>;

/** The comune with its consortium; NOT_FOUND names the code that was asked for. */
export function findComune(db: Db, istat: string): { comune: ComuneRow; consortium: { slug: string; name: string } } {
  const row = comuneByIstat.get(db, istat);
  if (row === undefined) return notFound(token('comune.notFound', { istat }));
  return { comune: comuneRow(row), consortium: { slug: row[16], name: row[17] } };
}

/** What a spreadsheet import or export covers: one comune, or every comune of a consortium (archived ones aside). */
export type DataScope = {
  kind: 'comune' | 'consortium';
  consortium: ConsortiumRow;
  comuni: ComuneRow[];
};

/** The scope named by `{ istat }` or `{ consortium }`; NOT_FOUND names what was asked for. */
export function findDataScope(db: Db, scope: { istat: string } | { consortium: string }): DataScope {
  if ('istat' in scope) {
    const found = comuneByIstat.get(db, scope.istat) ?? notFound(token('comune.notFound', { istat: scope.istat }));
    const comune = comuneRow(found);
    const owner = consortiumById.get(db, comune.consortiumId);
    const consortium = owner
      ? consortiumRow(owner)
      : notFound(token('consortium.ofComuneMissing', { comune: comune.name }));
    return { kind: 'comune', consortium, comuni: [comune] };
  }
  const consortium = findConsortium(db, scope.consortium);
  const rows = db
    .select()
    .from(comuni)
    .where(and(eq(comuni.consortiumId, consortium.id), isNull(comuni.archivedAt)))
    .orderBy(asc(comuni.istatCode))
    .all();
  return { kind: 'consortium', consortium, comuni: rows };
}

/** A comune's services by name: its public ones only, unless the reader sees internal data. */
export function loadComuneServices(db: Db, comuneId: number, internal: boolean): ServiceRow[] {
  return db
    .select()
    .from(services)
    .where(and(eq(services.comuneId, comuneId), internal ? undefined : eq(services.visibility, 'public')))
    .orderBy(asc(services.name))
    .all();
}

/** A public service of a comune; an internal one is as unknown to the public as a missing one. */
export function findPublicService(db: Db, comune: ComuneRow, slug: string) {
  return findService(db, { comune, slug, internal: false });
}

/** A service of a comune; internal ones only for readers of internal data (`internal`). */
export function findService(db: Tx, params: { comune: ComuneRow; slug: string; internal: boolean }) {
  const { comune, slug } = params;
  const row = db
    .select()
    .from(services)
    .where(
      and(
        eq(services.comuneId, comune.id),
        eq(services.slug, slug),
        params.internal ? undefined : eq(services.visibility, 'public'),
      ),
    )
    .get();
  return row ?? notFound(token('service.notFound', { comune: comune.name, service: slug }));
}

/** The fields of a comune the public may read. */
export function publicComune(row: { comune: ComuneRow; consortium: { slug: string; name: string } }) {
  const { comune } = row;
  return {
    istat: comune.istatCode,
    name: comune.name,
    provinceCode: comune.provinceCode,
    region: comune.region,
    population: comune.population,
    takeUpTarget: comune.takeUpTarget,
    assistedDesk: comune.assistedDesk,
    figuresIllustrative: comune.figuresIllustrative,
    consortium: row.consortium,
  };
}

/** The comune as a screen shows it: its internal note and version too for readers of internal data. */
export function comuneView(row: { comune: ComuneRow; consortium: { slug: string; name: string } }, internal: boolean) {
  return withInternal(publicComune(row), internal, () => ({
    internalNote: row.comune.internalNote,
    version: row.comune.version,
  }));
}
