/**
 * Which axis labels a drawing shows at which width, decided without measuring it: the server
 * writes every label that fits some width, each with the least width of its box from which it
 * is shown, and charts.css hides it in a narrower box (a container query per tier, `tick-from-N`).
 * So the drawing the browser hydrates is the final one at any width, and a resized box keeps
 * its labels apart without a render.
 */

/** Widths of a chart's query container (pixels) from which more labels are shown: charts.css has one rule per tier. */
export const TICK_TIERS = [0, 240, 320, 480, 640, 800, 960] as const;
/** The width assumed for a box narrower than the second tier (a 320-pixel phone's plot). */
const NARROWEST = 160;
/** Label steps, each dividing the next: a label shown at one step is shown at every smaller one. */
const STEP_CHAIN = [1, 3, 6, 12, 24, 48] as const;
const LONGEST_STEP = 96;
/** Width of a character of a 12-pixel label, and the least gap between two labels. */
export const CHAR_WIDTH = 6.5;
const MIN_GAP = 12;

/** A label and the least width of its box from which it is shown. */
export type TieredLabel<T> = { value: T; minWidth: number };

/** The smallest step of the chain at least `every` (the largest when none is). */
export function chainStep(every: number): number {
  return STEP_CHAIN.find((step) => step >= every) ?? LONGEST_STEP;
}

/**
 * The least tier from which a label is shown, `stepAt` giving the step used in a box of a tier's
 * width (never growing with the width) and `shownAt` whether the label is among a step's labels;
 * null when it is shown at no tier.
 */
export function leastTier(stepAt: (width: number) => number, shownAt: (step: number) => boolean): number | null {
  return TICK_TIERS.find((tier) => shownAt(stepAt(Math.max(tier, NARROWEST)))) ?? null;
}

/**
 * Of `count` labels spread evenly over a box (less `reserved` pixels), each at most `longest`
 * characters, those shown at some width (every step-th from the first) with their least width.
 */
export function labelTiers(count: number, longest: number, reserved: number): { index: number; minWidth: number }[] {
  const room = longest * CHAR_WIDTH + MIN_GAP;
  const stepAt = (width: number) => chainStep(Math.ceil(room / (Math.max(width - reserved, 1) / Math.max(count, 1))));
  return Array.from({ length: count }, (_, index) => ({
    index,
    minWidth: leastTier(stepAt, (step) => index % step === 0),
  })).flatMap((label) => (label.minWidth === null ? [] : [{ index: label.index, minWidth: label.minWidth }]));
}

/** The class hiding a label in a box narrower than its least width (none when always shown). */
export function tierClass(minWidth: number): string | undefined {
  return minWidth > 0 ? `tick-from-${minWidth}` : undefined;
}
