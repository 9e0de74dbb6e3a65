import type {
  MilestoneKind,
  Platform,
  PlatformState,
  PnrrMeasure,
  PnrrState,
  Stage,
  Visibility,
  YearMonth,
} from '@switchoff/domain';
import { addDays, earliest } from './dates';

/** What the seed writes for one comune, before any id exists. Dates are ISO dates (YYYY-MM-DD). */
export type ComunePlan = {
  istatCode: string;
  takeUpTarget: number;
  assistedDesk: string;
  internalNote: string | null;
  services: ServicePlan[];
  milestones: MilestonePlan[];
  platforms: PlatformPlan[];
  pnrr: PnrrPlan[];
  datasets: DatasetPlan[];
};

export type StagePlan = { stage: Stage; date: string; reason: string };

export type ServicePlan = {
  /** Catalogue slug, also the service's slug in the comune. */
  slug: string;
  /** Chronological stage events; the first one is where monitoring starts (2016). */
  stages: StagePlan[];
  visibility: Visibility;
  internalNote: string | null;
  /** Overrides the catalogue's office. */
  office: string | null;
  /** Overrides the level derived from the current stage. */
  interactivityLevel: number | null;
  /** Where the digital share of a hybrid service levels off; null lets the generator choose. */
  digitalCeiling: number | null;
  /** Months with no figures at all (missing, not zero). */
  missingMonths: YearMonth[];
  /** Last month with figures when the data went stale before `until`; null when up to date. */
  lastMonth: YearMonth | null;
};

export type ReplanPlan = { plannedDate: string; reason: string; changedAt: string };

export type MilestonePlan = {
  /** Key within the comune, for dependencies. */
  key: string;
  serviceSlug: string | null;
  title: string;
  description: string;
  kind: MilestoneKind;
  baselineDate: string;
  plannedDate: string;
  actualDate: string | null;
  owner: string;
  progress: number;
  visibility: Visibility;
  internalNote: string | null;
  dependsOn: string[];
  /** Each re-plan moves the planned date; previous dates are derived from the chain. */
  replans: ReplanPlan[];
  createdAt: string;
};

export type PlatformPlan = { platform: Platform; state: PlatformState; activationDate: string | null; note: string };

export type PnrrPlan = { measure: PnrrMeasure; state: PnrrState; amountCents: number; stateDate: string | null };

export type DatasetPlan = { title: string; portal: string; url: string; license: string; publishedDate: string };

export function servicePlan(slug: string, stages: StagePlan[], extra: Partial<ServicePlan> = {}): ServicePlan {
  return {
    slug,
    stages,
    visibility: 'public',
    internalNote: null,
    office: null,
    interactivityLevel: null,
    digitalCeiling: null,
    missingMonths: [],
    lastMonth: null,
    ...extra,
  };
}

export type MilestoneInput = Pick<MilestonePlan, 'key' | 'title' | 'kind' | 'baselineDate' | 'owner'> &
  Partial<Omit<MilestonePlan, 'plannedDate' | 'createdAt'>> & { createdAt?: string };

/**
 * A milestone whose planned date follows from its baseline and re-plans, so the two never
 * disagree. Created some months before its baseline, never after `today`.
 */
export function milestonePlan(input: MilestoneInput, today: string): MilestonePlan {
  const replans = input.replans ?? [];
  const last = replans[replans.length - 1];
  const done = input.actualDate !== undefined && input.actualDate !== null;
  const created = input.createdAt ?? earliest(addDays(input.baselineDate, -150), addDays(today, -20));
  return {
    serviceSlug: null,
    description: '',
    actualDate: null,
    progress: done ? 100 : 0,
    visibility: 'public',
    internalNote: null,
    dependsOn: [],
    ...input,
    replans,
    plannedDate: last === undefined ? input.baselineDate : last.plannedDate,
    createdAt: earliest(created, replans[0]?.changedAt ?? created),
  };
}

export const OPEN_DATA_LICENSE = 'CC-BY-4.0';
export const LOMBARDIA_PORTAL = 'dati.lombardia.it';

/**
 * Address of a dataset on dati.lombardia.it. The demo does not know the real dataset ids, so it
 * links the portal's search for the comune and title rather than inventing an id.
 */
export function lombardiaUrl(comuneName: string, title: string): string {
  return `https://www.dati.lombardia.it/browse?q=${encodeURIComponent(`${comuneName} ${title}`)}`;
}
