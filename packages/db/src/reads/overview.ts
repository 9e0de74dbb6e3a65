import type { Category, Visibility } from '@switchoff/domain';
import { prepared, preparedTuples } from '../prepared';
import { type ServiceStatus, STATUS_COLUMNS, type StatusTuple } from './status';

/*
 * The comune overview's services: each with its service_status row (stage, last month, last
 * three months, 12-month sums), read as tuples and built as literals. Phase 1 read about 1,400
 * monthly rows: 10 ms p50; now 0.6-0.9 ms p50 (BENCHMARKS.md).
 */

/** A service of a comune with its status, as the overview reads it. */
export type OverviewServiceRow = ReturnType<typeof serviceRow>;

const SERVICE_COLUMNS = `s.slug, s.name, s.category, s.interactivity_level, s.takes_payment, s.needs_identity, s.has_assisted_desk,
  ${STATUS_COLUMNS}`;
type ServiceTuple = [
  slug: string,
  name: string,
  category: Category,
  interactivityLevel: number,
  takesPayment: number,
  needsIdentity: number,
  hasAssistedDesk: number,
  ...status: StatusTuple,
];
type InternalServiceTuple = [...ServiceTuple, visibility: Visibility, internalNote: string | null, version: number];

/** A service's row from its tuple: a literal costs a fraction of the driver's object per row. */
export function serviceRow(t: ServiceTuple | InternalServiceTuple) {
  const [
    slug,
    name,
    category,
    interactivityLevel,
    takesPayment,
    needsIdentity,
    hasAssistedDesk,
    serviceId,
    stage,
    stageSince,
    lastMonth,
    recent,
    last12,
    visibility,
    internalNote,
    version,
  ]: [...ServiceTuple, Visibility?, (string | null)?, number?] = t;
  return {
    slug,
    name,
    category,
    interactivityLevel,
    takesPayment,
    needsIdentity,
    hasAssistedDesk,
    serviceId,
    stage,
    stageSince,
    lastMonth,
    recent,
    last12,
    visibility,
    internalNote,
    version,
  } satisfies ServiceStatus & Record<string, unknown>;
}

/** A comune's public services with their status; the public reads no internal field, not even selected. */
export const publicServices = preparedTuples<[number], ServiceTuple>(
  `SELECT ${SERVICE_COLUMNS} FROM services s JOIN service_status st ON st.service_id = s.id
  WHERE s.comune_id = ? AND s.visibility = 'public' ORDER BY s.name`,
);
/** Every service of a comune with its status and internal fields. */
export const allServices = preparedTuples<[number], InternalServiceTuple>(
  `SELECT ${SERVICE_COLUMNS}, s.visibility, s.internal_note, s.version FROM services s JOIN service_status st ON st.service_id = s.id
  WHERE s.comune_id = ? ORDER BY s.name`,
);

/** A comune's open datasets, by title. */
export const datasetsOf = prepared<
  [number],
  { title: string; portal: string; url: string; license: string; publishedDate: string }
>(
  'SELECT title, portal, url, license, published_date AS publishedDate FROM open_datasets WHERE comune_id = ? ORDER BY title',
);
