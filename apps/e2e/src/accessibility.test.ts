import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO, logInContext } from './accounts';
import { axeViolations } from './axe';
import { DESKTOP, launchBrowser, newVisitor, PHONE } from './chromium';
import { chartsWithoutWords, openAllForms, openChartTables } from './forms';
import { cspViolations, watchCsp } from './journey';
import { LOGGED_IN_SCREENS, PUBLIC_SCREENS, SERVER_SCREENS, type Viewer } from './screen-list';
import { horizontalOverflow, openScreen, saveScreenshot } from './screens';

const base = inject('baseUrl');
const SCREENS = [...PUBLIC_SCREENS, ...LOGGED_IN_SCREENS];

describe.each([
  { device: 'desktop', viewport: DESKTOP },
  { device: 'phone', viewport: PHONE },
])('axe (WCAG 2.1 A and AA) at $viewport.width px', ({ device, viewport }) => {
  let browser: Browser;
  const contexts = new Map<Viewer, BrowserContext>();

  async function contextFor(viewer: Viewer): Promise<BrowserContext> {
    const existing = contexts.get(viewer);
    if (existing) return existing;
    const context = await newVisitor(browser, viewport);
    await watchCsp(context);
    if (viewer !== 'public') await logInContext(context, base, DEMO[viewer]);
    contexts.set(viewer, context);
    return context;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(SCREENS)('$name ($path, $viewer) has no violations', async (screen) => {
    const page = await (await contextFor(screen.viewer)).newPage();
    try {
      await openScreen(page, base, screen.path);
      if (screen.openForms) await openAllForms(page);
      await openChartTables(page);
      expect(await chartsWithoutWords(page), 'charts without a summary or a data table').toEqual([]);
      await saveScreenshot(page, `axe-${device}`, screen.name);
      expect(await axeViolations(page)).toEqual([]);
      expect(await cspViolations(page), 'Content-Security-Policy violations').toEqual([]);
      if (device === 'phone')
        expect(await horizontalOverflow(page), 'scrolls sideways at 360 px').toBeLessThanOrEqual(0);
    } finally {
      await page.close();
    }
  });

  it.each(SERVER_SCREENS)('$name ($path, written by the server) has no violations', async (screen) => {
    const page = await (await contextFor('public')).newPage();
    try {
      await page.goto(new URL(screen.path, base).href, { waitUntil: 'load' });
      await saveScreenshot(page, `axe-${device}`, screen.name);
      expect(await axeViolations(page)).toEqual([]);
      if (device === 'phone')
        expect(await horizontalOverflow(page), 'scrolls sideways at 360 px').toBeLessThanOrEqual(0);
    } finally {
      await page.close();
    }
  });
});

describe('axe in English at 1280 px (the language a visitor may choose)', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newVisitor(browser, DESKTOP);
    // The choice the language switch remembers (apps/web i18n: LOCALE_STORAGE_KEY).
    await context.addInitScript(() => window.localStorage.setItem('switchoff.locale', 'en'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(PUBLIC_SCREENS)('$name ($path) has no violations', async (screen) => {
    const page = await context.newPage();
    try {
      await openScreen(page, base, screen.path);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await openChartTables(page);
      await saveScreenshot(page, 'axe-english', screen.name);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
