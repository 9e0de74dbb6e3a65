import type { Category, Visibility } from '@switchoff/domain';
import { prepared, preparedTuples } from '../prepared';
import { type TupleOf, tupleToRowOf } from '../rows/tuple-rows';
import { type ServiceStatus, STATUS_COLUMNS } from './status';

/*
 * The comune overview's services: each with its service_status row (stage, last month, last
 * three months, 12-month sums), read as tuples and built as literals. Phase 1 read about 1,400
 * monthly rows: 10 ms p50; now 0.6-0.9 ms p50 (BENCHMARKS.md).
 */

/** A service of a comune with its status, as the overview reads it (booleans as SQLite's 0 or 1). */
export type OverviewServiceRow = {
  slug: string;
  name: string;
  category: Category;
  takesPayment: number;
  needsIdentity: number;
  hasAssistedDesk: number;
  last12: string;
  /** Read for readers of internal data only, as are the note and the version. */
  visibility?: Visibility;
  internalNote?: string | null;
  version?: number;
} & ServiceStatus;

/** The properties of a service's tuple, in SERVICE_COLUMNS order; the internal reads add INTERNAL_KEYS. */
const SERVICE_KEYS = [
  'slug',
  'name',
  'category',
  'takesPayment',
  'needsIdentity',
  'hasAssistedDesk',
  'serviceId',
  'stage',
  'stageSince',
  'lastMonth',
  'recent',
  'last12',
] as const;
const INTERNAL_KEYS = ['visibility', 'internalNote', 'version'] as const;

const SERVICE_COLUMNS = `s.slug, s.name, s.category, s.takes_payment, s.needs_identity, s.has_assisted_desk,
  ${STATUS_COLUMNS}`;
type ServiceTuple = TupleOf<Required<OverviewServiceRow>, typeof SERVICE_KEYS>;
type InternalServiceTuple = [...ServiceTuple, ...TupleOf<Required<OverviewServiceRow>, typeof INTERNAL_KEYS>];

/** A service's row from its tuple (the public one lacks the internal properties: undefined). */
export const serviceRow: (tuple: ServiceTuple | InternalServiceTuple) => OverviewServiceRow = tupleToRowOf([
  ...SERVICE_KEYS,
  ...INTERNAL_KEYS,
]);

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
