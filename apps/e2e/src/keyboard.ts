import type { Page } from 'playwright-core';

/** Where keyboard focus is and whether a person can see it. */
export type FocusStop = {
  tag: string;
  name: string;
  inMain: boolean;
  isMain: boolean;
  focusVisible: boolean;
  /** The outline or box-shadow that marks focus (on the element, or on the label drawn for a radio or checkbox); null when none. */
  indicator: string | null;
  /** Whether the element has a size and sits, at least in part, in the viewport. */
  onScreen: boolean;
};

/** Describes the focused element (null when focus is on the page itself). */
export function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    // No helper functions in here: the bundler would wrap them in a __name() the page lacks.
    const marked: Element[] = [el];
    if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') && el.id) {
      const label = document.querySelector(`label[for="${CSS.escape(el.id)}"]`);
      if (label) marked.push(label);
    }
    let indicator: string | null = null;
    for (const node of marked) {
      const style = getComputedStyle(node);
      // A transparent outline is only for Windows high contrast mode: it shows nothing here.
      const transparent = /^rgba\(.*,\s*0\)$|^transparent$/;
      if (
        style.outlineStyle !== 'none' &&
        Number.parseFloat(style.outlineWidth) > 0 &&
        !transparent.test(style.outlineColor)
      ) {
        indicator = `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`;
      } else if (style.boxShadow && style.boxShadow !== 'none' && !/^rgba\([^)]*,\s*0\)\s/.test(style.boxShadow)) {
        indicator = `box-shadow ${style.boxShadow}`;
      }
      if (indicator) break;
    }
    const rect = el.getBoundingClientRect();
    const label =
      el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement
        ? (el.labels?.[0]?.innerText ?? '')
        : '';
    const text = (el.getAttribute('aria-label') ?? (label || (el as HTMLElement).innerText || el.textContent || ''))
      .replace(/\s+/g, ' ')
      .trim();
    return {
      tag: el.tagName.toLowerCase() + (el.id ? `#${el.id}` : ''),
      name: text.slice(0, 80),
      inMain: el.closest('main') !== null,
      isMain: el.tagName === 'MAIN',
      focusVisible: el.matches(':focus-visible'),
      indicator,
      onScreen:
        rect.width > 1 &&
        rect.height > 1 &&
        rect.bottom > 0 &&
        rect.right > 0 &&
        rect.top < window.innerHeight &&
        rect.left < window.innerWidth,
    };
  });
}

/** A focus stop a sighted keyboard user could not follow, in words; null when it is fine. */
export function focusProblem(stop: FocusStop | null): string | null {
  if (!stop) return 'focus left the page content';
  if (stop.isMain) return null; // the skip link's target: focused by script to move on from, not an interactive stop
  if (!stop.onScreen) return `${stop.tag} “${stop.name}” is focused off screen`;
  if (!stop.indicator) return `${stop.tag} “${stop.name}” shows no focus indicator`;
  return null;
}

/**
 * Presses Tab until the focused element matches, checking every stop on the way; returns the
 * problems met (empty when every stop was visible). Throws when nothing matched in `limit` presses.
 */
export async function tabTo(page: Page, matches: (stop: FocusStop) => boolean, limit = 80): Promise<string[]> {
  const problems: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    const problem = focusProblem(stop);
    if (problem) problems.push(problem);
    if (stop && matches(stop)) return problems;
  }
  throw new Error(`no focus stop matched after ${limit} Tab presses`);
}
