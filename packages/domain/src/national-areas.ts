/**
 * Regions and provinces as the maps show them: names the registry's 2020 list predates, and the
 * classes of the choropleths (shared by the API's tests and the SPA's legend).
 */

/**
 * Sardinia's provinces of 2025 (regional law 9/2023), under the codes PA digitale 2026 uses: the
 * registry (ISTAT 2020 list) still names their comuni by the provinces they had before.
 */
const PROVINCES_2025: Readonly<Record<string, string>> = {
  '112': 'Sassari',
  '113': 'Gallura Nord-Est Sardegna',
  '114': 'Nuoro',
  '115': 'Oristano',
  '116': 'Ogliastra',
  '117': 'Medio Campidano',
  '118': 'Città metropolitana di Cagliari',
  '119': 'Sulcis Iglesiente',
};

/**
 * Sardinia's provinces abolished in 2025. A few comuni appear in PA digitale only under their
 * former code, so no shipped list gives their 2025 province: they stay under the former one, named
 * as such (the registry's reconciliation lists them).
 */
export const PROVINCES_ABOLISHED_2025: Readonly<Record<string, string>> = {
  '090': 'Sassari (provincia soppressa nel 2025)',
  '091': 'Nuoro (provincia soppressa nel 2025)',
  '092': 'Cagliari (provincia soppressa nel 2025)',
  '095': 'Oristano (provincia soppressa nel 2025)',
  '111': 'Sud Sardegna (provincia soppressa nel 2025)',
};

/** The current name of the province with this ISTAT code, or the registry's when it has not changed. */
export function provinceName(code: string, registryName: string): string {
  return PROVINCES_2025[code] ?? PROVINCES_ABOLISHED_2025[code] ?? registryName;
}

/** A share of comuni (0..1) or null when the area has none to count. */
export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** Upper bounds of five classes of a share when the shares shown span little: 0–20 %, … 80–100 %. */
export const SHARE_CLASSES = [0.2, 0.4, 0.6, 0.8, 1] as const;

/**
 * Upper bounds of the map's five classes: equal steps of whole percents from the lowest share
 * shown to the highest, so areas that differ are told apart (most regions completed 1.4.5 at
 * 80–95 %: fixed fifths would paint them all alike); fixed fifths when the shares span under 5 points.
 */
export function shareBreaks(shares: readonly (number | null)[]): number[] {
  const known = shares.filter((s): s is number => s !== null);
  if (known.length === 0) return [...SHARE_CLASSES];
  const low = Math.floor(Math.min(...known) * 100);
  const high = Math.ceil(Math.max(...known) * 100);
  if (high - low < 5) return [...SHARE_CLASSES];
  const step = (high - low) / 5;
  return [1, 2, 3, 4, 5].map((i) => (i === 5 ? high : Math.round(low + step * i)) / 100);
}

/** The lower bound of the classes `breaks` describe (the lowest share shown, in whole percents). */
export function breaksFloor(shares: readonly (number | null)[], breaks: readonly number[]): number {
  const known = shares.filter((s): s is number => s !== null);
  if (known.length === 0 || breaks.every((b, i) => b === SHARE_CLASSES[i])) return 0;
  return Math.floor(Math.min(...known) * 100) / 100;
}

/** The class (0–4) of a share among `breaks` (upper bounds); null (no data) stays null. */
export function shareClass(share: number | null, breaks: readonly number[] = SHARE_CLASSES): number | null {
  if (share === null) return null;
  const index = breaks.findIndex((upper) => share < upper);
  return index === -1 ? breaks.length - 1 : index;
}
