import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.1 levels A and AA, the level Italian public-sector sites must meet. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core on the page as a reader who scrolls it sees it, and returns its violations in words (rule, impact,
 * what to fix, where), so a failing expectation reads like a report; [] when there are none.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // The sections below the first screen are drawn as they near it (content-visibility: auto,
  // styles.css). axe lays one not drawn yet out at its own height inside its placeholder, and on
  // a loaded machine read its rows over the footer's colour: each is drawn first, as scrolling does.
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('main *'))
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
  });
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.map((violation) => {
    const nodes = violation.nodes
      .slice(0, 5)
      .map((node) => `    ${node.target.join(' ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`)
      .join('\n');
    const more = violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : '';
    return `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n${nodes}${more}`;
  });
}
