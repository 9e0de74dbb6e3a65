import { type Db, schema, type Tx, writeTransaction } from '@switchoff/db';
import { token } from '@switchoff/domain';
import type {
  addComuneInput,
  archiveComuneInput,
  createConsortiumInput,
  updateConsortiumInput,
} from '@switchoff/domain/schemas';
import { eq, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { refuseField } from '../errors';
import { type AdminComuneItem, adminComuneItem, type ConsortiumItem, consortiumItem } from '../reads/installation';
import type { ComuneRow, ConsortiumRow } from '../reads/lookup';
import { type Author, insertAudited, nowIso, recordAudit } from './audit';
import { refuseTaken } from './unique';
import { bumpVersion, checkRowVersion, updateAudited } from './versioned';

const { comuni, consortia, registryComuni } = schema;

/** The audit's picture of a consortium: what its administration changes. */
const consortiumSnapshot = (row: ConsortiumRow) => ({
  slug: row.slug,
  name: row.name,
  ipaCode: row.ipaCode,
  city: row.city,
  website: row.website,
  contactEmail: row.contactEmail,
  telephone: row.telephone,
  version: row.version,
});

type NewConsortium = { author: Author; input: z.output<typeof createConsortiumInput> };

/** Creates a consortium (not the demo's) in its own transaction; CONFLICT when its slug is taken. */
export function createConsortium(db: Db, params: NewConsortium): ConsortiumItem {
  return writeTransaction(db, (tx) => insertConsortium(tx, params));
}

/** Creates a consortium inside an open transaction (`init` adds the installation's mode with it). */
export function insertConsortium(tx: Tx, params: NewConsortium): ConsortiumItem {
  const { input } = params;
  refuseTaken(tx, {
    table: consortia,
    where: eq(consortia.slug, input.slug),
    field: 'slug',
    message: token('consortium.slugTaken', { slug: input.slug }),
  });
  const row = insertAudited(tx, consortia, {
    author: params.author,
    values: {
      slug: input.slug,
      name: input.name,
      ipaCode: input.ipaCode,
      city: input.city,
      website: input.website ?? null,
      contactEmail: input.contactEmail,
      telephone: input.telephone ?? null,
    },
    after: consortiumSnapshot,
  });
  return consortiumItem(row);
}

/** Changes the fields given of a consortium; a form's `version` must be the row's. */
export function updateConsortium(
  db: Db,
  params: { author: Author; consortium: ConsortiumRow; input: z.output<typeof updateConsortiumInput> },
): ConsortiumItem {
  const { consortium, input } = params;
  return writeTransaction(db, (tx) => {
    if (input.version !== undefined) {
      checkRowVersion(tx, consortia, consortium, input.version);
    }
    const { slug: _slug, version: _version, ...fields } = input;
    bumpVersion(tx, consortia, consortium, fields);
    const row = tx.select().from(consortia).where(eq(consortia.id, consortium.id)).get() ?? consortium;
    recordAudit(tx, {
      author: params.author,
      action: 'update',
      entity: 'consortia',
      entityId: row.id,
      comuneId: null,
      before: consortiumSnapshot(consortium),
      after: consortiumSnapshot(row),
    });
    return consortiumItem(row);
  });
}

/**
 * A comune of the ISTAT registry taken on by a consortium: name, province, region, population
 * and IPA code come from the registry (found by its code or a former one), never from the
 * person. NOT_FOUND for a code the registry lacks; CONFLICT when a consortium tracks it already.
 */
export function addComune(
  db: Db,
  params: { author: Author; consortium: ConsortiumRow; input: z.output<typeof addComuneInput> },
): AdminComuneItem {
  const { input } = params;
  return writeTransaction(db, (tx) => {
    const entry =
      tx
        .select()
        .from(registryComuni)
        .where(or(eq(registryComuni.istatCode, input.istat), eq(registryComuni.formerIstat, input.istat)))
        .orderBy(sql`${registryComuni.istatCode} = ${input.istat} DESC`)
        .get() ?? refuseField('istat', token('registry.notFound', { istat: input.istat }), 'NOT_FOUND');
    const codes = [entry.istatCode, entry.formerIstat].filter((c): c is string => c !== null);
    const tracked = tx
      .select({ consortium: consortia.name })
      .from(comuni)
      .innerJoin(consortia, eq(consortia.id, comuni.consortiumId))
      .where(or(...codes.map((code) => eq(comuni.istatCode, code))))
      .get();
    if (tracked) {
      refuseField(
        'istat',
        token('comune.alreadyTracked', { comune: entry.name, consortium: tracked.consortium }),
        'CONFLICT',
      );
    }
    if (entry.population === null) refuseField('istat', token('registry.populationMissing', { comune: entry.name }));
    const ipaCode = entry.ipaCode ?? input.ipaCode;
    if (ipaCode === undefined) refuseField('ipaCode', token('registry.ipaMissing', { comune: entry.name }));
    const row = insertAudited(tx, comuni, {
      author: params.author,
      values: {
        istatCode: entry.istatCode,
        name: entry.name,
        provinceCode: entry.provinceCode,
        region: entry.regionName,
        population: entry.population,
        consortiumId: params.consortium.id,
        ipaCode,
      },
      after: (r) => ({ ...adminComuneItem(r), consortium: params.consortium.slug }),
    });
    return adminComuneItem(row);
  });
}

/** Archives a comune (hidden from lists and public pages, every row kept) or brings it back. */
export function archiveComune(
  db: Db,
  params: { author: Author; comune: ComuneRow; input: z.output<typeof archiveComuneInput> },
): AdminComuneItem {
  const { comune, input } = params;
  return writeTransaction(db, (tx) => {
    checkRowVersion(tx, comuni, comune, input.version);
    const archivedAt = input.archived ? (comune.archivedAt ?? nowIso()) : null;
    updateAudited(tx, comuni, comune, {
      author: params.author,
      comuneId: comune.id,
      action: input.archived ? 'archive' : 'restore',
      fields: { archivedAt },
      before: { archivedAt: comune.archivedAt },
      after: { archivedAt },
    });
    return adminComuneItem(tx.select().from(comuni).where(eq(comuni.id, comune.id)).get() ?? comune);
  });
}
