import { type Db, schema } from '@switchoff/db';
import { and, eq } from 'drizzle-orm';
import { notFound } from '../errors';
import type { Tx } from './audit';
import { withInternal } from './visibility';

const { comuni, consortia, services } = schema;

export type ComuneRow = typeof comuni.$inferSelect;
export type ServiceRow = typeof services.$inferSelect;
export type ConsortiumRow = typeof consortia.$inferSelect;

export function findConsortium(db: Db, slug: string) {
  const row = db.select().from(consortia).where(eq(consortia.slug, slug)).get();
  return row ?? notFound(`Nessun consorzio con indirizzo "${slug}"`);
}

export type FoundComune = ReturnType<typeof findComune>;

/** The comune with its consortium; NOT_FOUND names the code that was asked for. */
export function findComune(db: Db, istat: string) {
  const row = db
    .select({ comune: comuni, consortium: { slug: consortia.slug, name: consortia.name } })
    .from(comuni)
    .innerJoin(consortia, eq(consortia.id, comuni.consortiumId))
    .where(eq(comuni.istatCode, istat))
    .get();
  return row ?? notFound(`Nessun comune con codice ISTAT ${istat}`);
}

/** A public service of a comune; an internal one is as unknown to the public as a missing one. */
export function findPublicService(db: Db, comune: ComuneRow, slug: string) {
  return findService(db, { comune, slug, internal: false });
}

/** A service of a comune; internal ones only for readers of internal data (`internal`). */
export function findService(db: Db | Tx, params: { comune: ComuneRow; slug: string; internal: boolean }) {
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
  return row ?? notFound(`Il comune di ${comune.name} non ha un servizio "${slug}"`);
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
