import { type Db, schema, type Tx, writeTransaction } from '@switchoff/db';
import { currentStage, token } from '@switchoff/domain';
import {
  type createServiceInput,
  type recordStageInput,
  SERVICE_FIELD_KEYS,
  type updateServiceInput,
} from '@switchoff/domain/schemas';
import { and, eq } from 'drizzle-orm';
import { refuseField } from '../errors';
import { enqueueSwitchOffAlerts } from '../mail/alerts';
import { catalogueSlugOf, usableBy } from '../reads/catalogue';
import { findService, type ServiceRow } from '../reads/lookup';
import { loadStageEvents, stageAsOf } from '../reads/stages';
import { insertAudited, recordAudit, snapshot } from './audit';
import type { EditOf, EditParams } from './edit-params';
import { refuseTaken } from './unique';
import { bumpVersion, editVersioned, updateChangedFields } from './versioned';

const { catalogueServices, services, stageEvents } = schema;

/** A service as the editing screens get it back: every editable field, its stage and version. */
export function serviceItem(tx: Tx, row: ServiceRow, today: string) {
  const { stage, since } = stageAsOf(loadStageEvents(tx, [row.id]).get(row.id), today);
  return {
    slug: row.slug,
    name: row.name,
    category: row.category,
    description: row.description,
    office: row.office,
    interactivityLevel: row.interactivityLevel,
    takesPayment: row.takesPayment,
    needsIdentity: row.needsIdentity,
    hasAssistedDesk: row.hasAssistedDesk,
    visibility: row.visibility,
    internalNote: row.internalNote,
    catalogueSlug: catalogueSlugOf(tx, row.catalogueId),
    stage,
    stageSince: since,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

export type ServiceItem = ReturnType<typeof serviceItem>;

/**
 * An edit of one service of the comune, in one transaction: the service is found (internal ones
 * too) and checked against the version the form was read with before `change` runs.
 */
function editService(
  db: Db,
  params: EditParams & { input: { slug: string; version: number } },
  change: (tx: Tx, service: ServiceRow) => ServiceItem,
): ServiceItem {
  const { comune, input } = params;
  return editVersioned(db, {
    table: services,
    version: input.version,
    find: (tx) => findService(tx, { comune, slug: input.slug, internal: true }),
    change,
  });
}

/** The service's row as this transaction now has it. */
function reloadService(tx: Tx, service: ServiceRow): ServiceRow {
  return tx.select().from(services).where(eq(services.id, service.id)).get() ?? service;
}

/**
 * Records a dated stage change (a step back is allowed and shows as a revert). The event is
 * appended, never updated; the service's version moves so two editors cannot both record.
 * `publisher` is what the public page shows as "recorded by" (the consortium, not a person:
 * the audit log keeps who).
 */
export function recordStageChange(db: Db, params: EditOf<typeof recordStageInput>): ServiceItem {
  const { comune, input } = params;
  return editService(db, params, (tx, service) => {
    const events = loadStageEvents(tx, [service.id]).get(service.id) ?? [];
    if (currentStage(events, input.effectiveDate) === input.stage) {
      refuseField('stage', token('service.sameStage', { date: input.effectiveDate }));
    }
    const before = currentStage(events, params.today);
    const event = tx
      .insert(stageEvents)
      .values({
        serviceId: service.id,
        stage: input.stage,
        effectiveDate: input.effectiveDate,
        reason: input.reason,
        recordedBy: params.publisher,
      })
      .returning()
      .get();
    bumpVersion(tx, services, service);
    const updated = reloadService(tx, service);
    if (input.stage === 'switched_off') {
      enqueueSwitchOffAlerts(tx, {
        comune,
        service: { slug: service.slug, name: service.name },
        stageEventId: event.id,
        effectiveDate: input.effectiveDate,
        reason: input.reason,
      });
    }
    recordAudit(tx, {
      author: params.author,
      action: 'record_stage',
      entity: 'services',
      entityId: service.id,
      comuneId: comune.id,
      before: { stage: before, version: service.version },
      after: {
        stage: input.stage,
        effectiveDate: input.effectiveDate,
        reason: input.reason,
        stageEventId: event.id,
        version: updated.version,
      },
    });
    return serviceItem(tx, updated, params.today);
  });
}

/** Adds a service to the comune, from the catalogue or new, starting at its first stage. */
export function createService(db: Db, params: EditOf<typeof createServiceInput>): ServiceItem {
  return writeTransaction(db, (tx) => insertService(tx, params));
}

/** Adds a service inside an open transaction (one of a setup's, or `createService`'s own). */
export function insertService(tx: Tx, params: EditOf<typeof createServiceInput>): ServiceItem {
  const { comune, input } = params;
  // Shared entries and the comune's consortium's own; another consortium's are not offered.
  const entry = input.catalogue
    ? (tx
        .select()
        .from(catalogueServices)
        .where(and(eq(catalogueServices.slug, input.catalogue), usableBy(comune.consortiumId)))
        .get() ??
      refuseField('catalogue', token('catalogue.serviceNotFound', { service: input.catalogue }), 'NOT_FOUND'))
    : null;
  const slug = input.slug ?? entry?.slug;
  const name = input.name ?? entry?.name;
  const category = input.category ?? entry?.category;
  // The schema requires these without a catalogue entry; this keeps the types honest.
  if (!slug || !name || !category) return refuseField('slug', token('service.fieldsRequired'));
  refuseTaken(tx, {
    table: services,
    where: and(eq(services.comuneId, comune.id), eq(services.slug, slug)),
    field: 'slug',
    message: token('service.slugTaken', { comune: comune.name, slug }),
  });
  if (entry) {
    const twin = tx
      .select({ slug: services.slug })
      .from(services)
      .where(and(eq(services.comuneId, comune.id), eq(services.catalogueId, entry.id)))
      .get();
    if (twin) refuseField('catalogue', token('service.catalogueTwin', { slug: twin.slug }), 'CONFLICT');
  }
  const effectiveDate = input.effectiveDate ?? params.today;
  const row = insertAudited(tx, services, {
    author: params.author,
    values: {
      comuneId: comune.id,
      catalogueId: entry?.id ?? null,
      slug,
      name,
      category,
      description: input.description ?? entry?.description ?? '',
      office: input.office ?? '',
      interactivityLevel: input.interactivityLevel ?? 0,
      takesPayment: input.takesPayment ?? entry?.takesPayment ?? false,
      needsIdentity: input.needsIdentity ?? entry?.needsIdentity ?? false,
      hasAssistedDesk: input.hasAssistedDesk ?? false,
      visibility: input.visibility ?? 'public',
      internalNote: input.internalNote ?? null,
    },
    after: (r) => ({ ...snapshot(r), stage: input.stage, effectiveDate }),
  });
  tx.insert(stageEvents)
    .values({
      serviceId: row.id,
      stage: input.stage,
      effectiveDate,
      reason: 'Servizio aggiunto',
      recordedBy: params.publisher,
    })
    .run();
  return serviceItem(tx, row, params.today);
}

/** Changes a service's fields; a save that changes nothing writes nothing. */
export function updateService(db: Db, params: EditOf<typeof updateServiceInput>): ServiceItem {
  const { comune, input } = params;
  return editService(db, params, (tx, service) => {
    const change = { author: params.author, comuneId: comune.id, input, fields: SERVICE_FIELD_KEYS };
    return serviceItem(tx, updateChangedFields(tx, services, service, change), params.today);
  });
}
