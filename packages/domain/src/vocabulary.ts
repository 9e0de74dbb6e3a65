/**
 * Controlled vocabularies of the domain. The database stores the codes; labels live in the UI.
 * Order matters where it is a scale (stages, interactivity).
 */

/** Channel stages, from paper only to digital only (with an assisted desk). */
export const STAGES = ['paper', 'hybrid', 'digital_first', 'switched_off'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * The 15 subject matters of Italian public services ("Materie dei Servizi Pubblici"),
 * the vocabulary the Designers Italia comune website model requires.
 */
export const CATEGORIES = [
  { code: 'educazione-formazione', label: 'Educazione e formazione' },
  { code: 'salute-benessere-assistenza', label: 'Salute, benessere e assistenza' },
  { code: 'vita-lavorativa', label: 'Vita lavorativa' },
  { code: 'mobilita-trasporti', label: 'Mobilità e trasporti' },
  { code: 'catasto-urbanistica', label: 'Catasto e urbanistica' },
  { code: 'anagrafe-stato-civile', label: 'Anagrafe e stato civile' },
  { code: 'turismo', label: 'Turismo' },
  { code: 'giustizia-sicurezza', label: 'Giustizia e sicurezza pubblica' },
  { code: 'tributi-finanze-contravvenzioni', label: 'Tributi, finanze e contravvenzioni' },
  { code: 'cultura-tempo-libero', label: 'Cultura e tempo libero' },
  { code: 'ambiente', label: 'Ambiente' },
  { code: 'impresa-commercio', label: 'Impresa e commercio' },
  { code: 'autorizzazioni', label: 'Autorizzazioni' },
  { code: 'appalti-pubblici', label: 'Appalti pubblici' },
  { code: 'agricoltura-pesca', label: 'Agricoltura e pesca' },
] as const;
export type Category = (typeof CATEGORIES)[number]['code'];
export const CATEGORY_CODES = CATEGORIES.map((c) => c.code) as [Category, ...Category[]];

/** AgID interactivity scale: 0 not online … 5 personalised/proactive. */
export const INTERACTIVITY_LEVELS = [0, 1, 2, 3, 4, 5] as const;
export type InteractivityLevel = (typeof INTERACTIVITY_LEVELS)[number];

export const VISIBILITIES = ['public', 'internal'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const MILESTONE_KINDS = [
  'digital_launch',
  'switch_off',
  'national_platform',
  'open_data',
  'training',
  'other',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** Milestone statuses, derived (milestones.ts): slipped and done late measure against the baseline. */
export const MILESTONE_STATUSES = [
  'done',
  'done_late',
  'on_track',
  'at_risk',
  'slipped',
  'late',
  'not_started',
] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** National platforms a comune adopts. ANPR has its own states; the others share one scale. */
export const PLATFORMS = [
  'pagopa',
  'app_io',
  'spid',
  'cie',
  'anpr',
  'ansc',
  'send',
  'pdnd',
  'cloud',
  'open_data',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export const PLATFORM_STATES = ['not_active', 'in_progress', 'active'] as const;
export const ANPR_STATES = ['inattivo', 'presubentro', 'subentro'] as const;
export type PlatformState = (typeof PLATFORM_STATES)[number] | (typeof ANPR_STATES)[number];
export const ALL_PLATFORM_STATES = [...PLATFORM_STATES, ...ANPR_STATES] as const;

/** States allowed for a platform: ANPR uses inattivo → presubentro → subentro. */
export function platformStates(platform: Platform): readonly PlatformState[] {
  return platform === 'anpr' ? ANPR_STATES : PLATFORM_STATES;
}

/** Whether a platform counts as in service for the comune (readiness uses this). */
export function isPlatformActive(platform: Platform, state: PlatformState): boolean {
  return platform === 'anpr' ? state === 'subentro' : state === 'active';
}

/** PNRR measures of the "PA digitale 2026" programme that concern comuni. */
export const PNRR_MEASURES = ['1.2', '1.4.1', '1.4.3', '1.4.4', '1.4.5', '1.3.1'] as const;
export type PnrrMeasure = (typeof PNRR_MEASURES)[number];

export const PNRR_STATES = ['candidatura', 'finanziata', 'completata', 'rinunciata'] as const;
export type PnrrState = (typeof PNRR_STATES)[number];
