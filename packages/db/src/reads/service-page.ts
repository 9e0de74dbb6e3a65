import type { Category, Stage, Visibility } from '@switchoff/domain';
import { prepared, preparedTuples } from '../prepared';
import { figureValuesSql, type MonthFiguresTuple } from '../rows/figures';

/*
 * The service page's reads: the service, its stage events and its monthly figures (up to 120
 * months, read as tuples). Phase 1: 3.6 ms p50; now 0.7-0.9 ms p50 (BENCHMARKS.md).
 */

/** A service of a comune as its page reads it. */
export type ServicePageRow = {
  id: number;
  slug: string;
  name: string;
  category: Category;
  description: string;
  office: string;
  interactivityLevel: number;
  takesPayment: number;
  needsIdentity: number;
  hasAssistedDesk: number;
  visibility: Visibility;
  internalNote: string | null;
  version: number;
  catalogueSlug: string | null;
};

const SERVICE = `SELECT s.id, s.slug, s.name, s.category, s.description, s.office, s.interactivity_level AS interactivityLevel,
    s.takes_payment AS takesPayment, s.needs_identity AS needsIdentity, s.has_assisted_desk AS hasAssistedDesk, s.visibility,
    s.internal_note AS internalNote, s.version, cs.slug AS catalogueSlug
  FROM services s LEFT JOIN catalogue_services cs ON cs.id = s.catalogue_id WHERE s.comune_id = ? AND s.slug = ?`;
/** A service of a comune by slug, public or internal. */
export const anyService = prepared<[number, string], ServicePageRow>(SERVICE);
/** A public service of a comune by slug. */
export const publicService = prepared<[number, string], ServicePageRow>(`${SERVICE} AND s.visibility = 'public'`);

/** A service's stage events up to a day, oldest first. */
export const eventsUpTo = prepared<
  [number, string],
  { id: number; stage: Stage; effectiveDate: string; reason: string; recordedBy: string }
>(
  `SELECT id, stage, effective_date AS effectiveDate, reason, recorded_by AS recordedBy FROM stage_events
  WHERE service_id = ? AND effective_date <= ? ORDER BY effective_date, id`,
);

/** A service's months of figures up to a month, oldest first, as tuples. */
export const figuresUpTo = preparedTuples<[number, string], MonthFiguresTuple>(
  `SELECT month, ${figureValuesSql()} FROM monthly_figures WHERE service_id = ? AND month <= ? ORDER BY month`,
);
