import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO, DEMO_PASSWORD } from './accounts';
import { launchBrowser, newVisitor } from './chromium';
import { navigateBy, screenshotter, textOf } from './journey';
import { type FocusStop, focusProblem, focusStop, tabTo } from './keyboard';
import { COMUNE_NAME, CONSORTIUM, ISTAT, PUBLIC_SCREENS } from './screen-list';
import { openScreen } from './screens';

const base = inject('baseUrl');
const MAIN_SCREENS = PUBLIC_SCREENS.filter((screen) => screen.name !== 'not-found');

const link = (name: string) => (stop: FocusStop) => stop.inMain && stop.tag === 'a' && stop.name === name;
const button = (name: string) => (stop: FocusStop) => stop.inMain && stop.tag === 'button' && stop.name === name;

describe('keyboard only (Tab, Enter, Space)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let shot: (name: string) => Promise<string>;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newVisitor(browser);
    page = await context.newPage();
    shot = screenshotter(page, 'keyboard');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(MAIN_SCREENS)('$name: the first Tab shows the skip link, Enter moves to the main content', async (screen) => {
    await openScreen(page, base, screen.path);
    await page.keyboard.press('Tab');
    const skip = await focusStop(page);
    expect(skip?.name).toBe('Vai al contenuto principale');
    expect(focusProblem(skip)).toBeNull();
    await page.keyboard.press('Enter');
    expect((await focusStop(page))?.isMain).toBe(true);
    await page.keyboard.press('Tab');
    const next = await focusStop(page);
    expect(next?.inMain, `after the skip link, Tab reaches ${next?.tag} “${next?.name}”`).toBe(true);
    expect(focusProblem(next)).toBeNull();
  });

  it('browses home → consortium → comune → service → its data table → roadmap, every focus visible', async () => {
    await openScreen(page, base, '/');
    const problems: string[] = [];
    problems.push(...(await tabTo(page, link('Consorzio.IT'))));
    await shot('home-focus');
    await navigateBy(page, () => page.keyboard.press('Enter'));
    expect(new URL(page.url()).pathname).toBe(`/consorzi/${CONSORTIUM}`);

    problems.push(...(await tabTo(page, link(COMUNE_NAME))));
    await shot('portfolio-focus');
    await navigateBy(page, () => page.keyboard.press('Enter'));
    expect(new URL(page.url()).pathname).toBe(`/comuni/${ISTAT}`);

    problems.push(...(await tabTo(page, link('Mensa scolastica'), 150)));
    await shot('comune-focus');
    await navigateBy(page, () => page.keyboard.press('Enter'));
    expect(new URL(page.url()).pathname).toBe(`/comuni/${ISTAT}/servizi/mensa-scolastica`);

    problems.push(...(await tabTo(page, button('Mostra i dati in tabella'))));
    await page.keyboard.press('Space');
    const toggle = page.locator('main .chart-table-toggle').first();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('main .chart-table table').first().isVisible()).toBe(true);
    await shot('service-table');

    problems.push(...(await tabTo(page, link('Vedi la roadmap completa'))));
    await navigateBy(page, () => page.keyboard.press('Enter'));
    expect(new URL(page.url()).pathname).toBe(`/comuni/${ISTAT}/roadmap`);
    // Through every stop of the roadmap down to the footer.
    problems.push(
      ...(await tabTo(page, (stop) => !stop.inMain && stop.tag === 'a' && stop.name === 'Switch-off', 200)),
    );
    await shot('roadmap-end');
    expect(problems).toEqual([]);
  });

  it('logs in with the keyboard alone', async () => {
    await openScreen(page, base, '/accedi');
    const problems: string[] = [];
    problems.push(
      ...(await tabTo(page, (stop) => stop.inMain && stop.tag.startsWith('input') && stop.name.startsWith('Email'))),
    );
    await page.keyboard.type(DEMO.mayor);
    await page.keyboard.press('Tab');
    const password = await focusStop(page);
    expect(password?.name).toMatch(/^Password/);
    expect(focusProblem(password)).toBeNull();
    await page.keyboard.type(DEMO_PASSWORD);
    await shot('login-typed');
    await navigateBy(page, () => page.keyboard.press('Enter'));
    expect(new URL(page.url()).pathname).not.toBe('/accedi');
    expect(await textOf(page.locator('header'))).toContain('Esci');
    expect(problems).toEqual([]);
    await shot('logged-in');
  });

  it('switches to English with Space, and English stays after a reload', async () => {
    const visitor = await newVisitor(browser);
    const english = await visitor.newPage();
    try {
      await openScreen(english, base, `/comuni/${ISTAT}`);
      const problems = await tabTo(english, (stop) => stop.tag === 'button' && stop.name.includes('English'));
      await english.keyboard.press('Space');
      await english.waitForFunction(() => document.documentElement.lang === 'en');
      expect(await english.locator('.skiplink').textContent()).toBe('Skip to main content');
      expect(await english.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
      await english.reload();
      await english.locator('main h1').waitFor();
      expect(await english.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(problems).toEqual([]);
    } finally {
      await visitor.close();
    }
  });
});
