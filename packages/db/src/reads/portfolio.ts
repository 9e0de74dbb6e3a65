import type { Category, ChannelCounts, Platform, PlatformState, Stage, Visibility } from '@switchoff/domain';
import { prepared, preparedTuples } from '../prepared';

/*
 * A consortium's portfolio: one service_status row per service (2,000 for 50 comuni) read as
 * tuples, each comune's 12 months from its roll-up, milestones counted in SQL (milestone-counts.ts); an
 * archived comune is left out, as comuniOfConsortium leaves it out of the list. Phase 1 read
 * the raw rows: 240 ms p50, 428 ms p95; now 11-17 ms p50 (BENCHMARKS.md). Tuples, because the
 * driver's object per row cost up to half of a read.
 */

/** One service of a consortium, as a tuple (thousands are read at once): see SERVICES. */
export type ConsortiumServiceTuple = [
  serviceId: number,
  stage: Stage | null,
  stageSince: string | null,
  lastMonth: string | null,
  recent: string,
  comuneId: number,
  slug: string,
  visibility: Visibility,
  takesPayment: number,
  needsIdentity: number,
  hasAssistedDesk: number,
  catalogueId: number | null,
];

// In the order of the comuni_consortium and services_comune_slug indexes: no sort of wide rows.
// The catalogue entry by its id (catalogueEntries): its slug, name and category on each of 2,000
// rows were 3 of every 14 columns and a fifth of the statement (4.1 against 5.2 ms at national scale).
const SERVICES = `SELECT st.service_id, st.stage, st.stage_since, st.last_month, st.recent, s.comune_id, s.slug, s.visibility,
    s.takes_payment, s.needs_identity, s.has_assisted_desk, s.catalogue_id
  FROM comuni c JOIN services s ON s.comune_id = c.id JOIN service_status st ON st.service_id = s.id
  WHERE c.consortium_id = @consortium AND c.archived_at IS NULL`;

type Filter = { consortium: number };
type CatalogueFilter = Filter & { catalogue: number };
/** The services of a consortium's comuni with their status: public or all, of any or one catalogue entry. */
export const consortiumServices = {
  public: preparedTuples<[Filter], ConsortiumServiceTuple>(`${SERVICES} AND s.visibility = 'public'`),
  all: preparedTuples<[Filter], ConsortiumServiceTuple>(`${SERVICES}`),
  publicOfCatalogue: preparedTuples<[CatalogueFilter], ConsortiumServiceTuple>(
    `${SERVICES} AND s.catalogue_id = @catalogue AND s.visibility = 'public'`,
  ),
  allOfCatalogue: preparedTuples<[CatalogueFilter], ConsortiumServiceTuple>(
    `${SERVICES} AND s.catalogue_id = @catalogue`,
  ),
};

/** The platform adoptions of a consortium's comuni. */
export const consortiumPlatforms = prepared<[number], { comuneId: number; platform: Platform; state: PlatformState }>(
  `SELECT p.comune_id AS comuneId, p.platform, p.state FROM comuni c JOIN platform_adoptions p ON p.comune_id = c.id
  WHERE c.consortium_id = ? AND c.archived_at IS NULL`,
);

/** The catalogue's services (a few dozen) by id, as the stage matrix names its columns. */
export const catalogueEntries = prepared<[], { id: number; slug: string; name: string; category: Category }>(
  'SELECT id, slug, name, category FROM catalogue_services',
);

/** A catalogue service by slug. */
export const catalogueBySlug = prepared<
  [string],
  { id: number; slug: string; name: string; category: Category; description: string }
>('SELECT id, slug, name, category, description FROM catalogue_services WHERE slug = ?');

type SumsFilter = { consortium: number; catalogue: number; from: string; to: string };
/** Transactions by channel over a window of each service of a catalogue entry in a consortium. */
export const catalogueServiceSums = prepared<[SumsFilter], ChannelCounts & { serviceId: number }>(
  `SELECT f.service_id AS serviceId, sum(f.online) AS online, sum(f.assisted) AS assisted, sum(f.paper) AS paper
  FROM comuni c JOIN services s ON s.comune_id = c.id JOIN monthly_figures f ON f.service_id = s.id
  WHERE c.consortium_id = @consortium AND c.archived_at IS NULL AND s.catalogue_id = @catalogue AND f.month BETWEEN @from AND @to
  GROUP BY f.service_id`,
);
