import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, newVisitor } from './chromium';
import { saveScreenshot, waitForScreen } from './screens';

/** Collects what the page reports as broken: uncaught exceptions and console errors. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  return errors;
}

type CspWindow = { __cspViolations?: string[] };

/**
 * Records Content-Security-Policy violations on every page of the context (Chromium reports
 * even a caught one, e.g. a library probing `new Function`); read them with `cspViolations`.
 */
export async function watchCsp(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const record: string[] = [];
    (window as CspWindow).__cspViolations = record;
    document.addEventListener('securitypolicyviolation', (event) => {
      record.push(
        `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} in ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as CspWindow).__cspViolations ?? []);
}

/** Numbered screenshots of a journey, in the order its screens were seen: artifacts/<folder>/01-<name>.png. */
export function screenshotter(page: Page, folder: string): (name: string) => Promise<string> {
  let count = 0;
  return (name) => saveScreenshot(page, folder, `${String(++count).padStart(2, '0')}-${name}`);
}

/**
 * Runs an action that leads to another screen (a click, Enter on a link) and waits for it: the
 * SPA keeps the old screen while the new one loads, so wait for the address and the title to change.
 */
export async function navigateBy(page: Page, action: () => Promise<void>): Promise<void> {
  const before = { url: page.url(), title: await page.title() };
  await action();
  await page.waitForURL((url) => url.href !== before.url);
  await page.waitForFunction((title) => document.title !== title, before.title, { timeout: 30_000 });
  await waitForScreen(page);
}

/** Follows a link (or presses a button that navigates) and waits for the next screen. */
export function follow(page: Page, link: Locator): Promise<void> {
  return navigateBy(page, () => link.click());
}

/**
 * The visible text of a locator (first match), spaces collapsed: what a reader sees scrolling
 * through it. A section the browser has not drawn yet (content-visibility: auto, below the first
 * screen) is left out of innerText; selected, it is drawn, as when a reader selects the page.
 */
export async function textOf(locator: Locator): Promise<string> {
  const text = await locator.first().evaluate((element: HTMLElement) => {
    const selection = document.getSelection();
    if (!selection) return element.innerText;
    const ranges = Array.from({ length: selection.rangeCount }, (_, index) => selection.getRangeAt(index));
    selection.selectAllChildren(element);
    const drawn = element.innerText;
    selection.removeAllRanges();
    for (const range of ranges) selection.addRange(range);
    return drawn;
  });
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The text of the page's main content. */
export function mainText(page: Page): Promise<string> {
  return textOf(page.locator('main'));
}

/** A browser with one visitor's page: its errors watched, its screenshots numbered in a folder. */
export type Visit = {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  errors: string[];
  shot: (name: string) => Promise<string>;
};

/**
 * The visit the tests of a describe block share: a browser and a visitor launched before them
 * (`prepare` runs before the page opens, e.g. to log the visitor in) and closed after them;
 * screenshots go to artifacts/<folder>/.
 */
export function useVisit(
  folder: string,
  prepare?: (browser: Browser, context: BrowserContext) => Promise<void>,
): Visit {
  const visit = {} as Visit;
  beforeAll(async () => {
    visit.browser = await launchBrowser();
    visit.context = await newVisitor(visit.browser);
    await prepare?.(visit.browser, visit.context);
    visit.page = await visit.context.newPage();
    visit.errors = watchErrors(visit.page);
    visit.shot = screenshotter(visit.page, folder);
  });
  afterAll(async () => {
    await visit.browser?.close();
  });
  return visit;
}
