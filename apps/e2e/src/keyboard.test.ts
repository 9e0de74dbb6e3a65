import { describe, expect, inject, it } from 'vitest';
import { DEMO, DEMO_PASSWORD } from './accounts';
import { newVisitor } from './chromium';
import { navigateBy, textOf, useVisit } from './journey';
import { type FocusStop, focusProblem, focusStop, tabTo } from './keyboard';
import { COMUNE_NAME, CONSORTIUM, ISTAT, PUBLIC_SCREENS } from './screen-list';
import { openScreen } from './screens';

const base = inject('baseUrl');
const MAIN_SCREENS = PUBLIC_SCREENS.filter((screen) => screen.name !== 'not-found');

const link = (name: string) => (stop: FocusStop) => stop.inMain && stop.tag === 'a' && stop.name === name;
const button = (name: string) => (stop: FocusStop) => stop.inMain && stop.tag === 'button' && stop.name === name;

describe('keyboard only (Tab, Enter, Space)', () => {
  const visit = useVisit('keyboard');

  it.each(MAIN_SCREENS)('$name: the first Tab shows the skip link, Enter moves to the main content', async (screen) => {
    await openScreen(visit.page, base, screen.path);
    await visit.page.keyboard.press('Tab');
    const skip = await focusStop(visit.page);
    expect(skip?.name).toBe('Vai al contenuto principale');
    expect(focusProblem(skip)).toBeNull();
    await visit.page.keyboard.press('Enter');
    expect((await focusStop(visit.page))?.isMain).toBe(true);
    await visit.page.keyboard.press('Tab');
    const next = await focusStop(visit.page);
    expect(next?.inMain, `after the skip link, Tab reaches ${next?.tag} “${next?.name}”`).toBe(true);
    expect(focusProblem(next)).toBeNull();
  });

  it('browses home → consortium → comune → service → its data table → roadmap, every focus visible', async () => {
    await openScreen(visit.page, base, '/');
    const problems: string[] = [];
    problems.push(...(await tabTo(visit.page, link('Consorzio.IT'))));
    await visit.shot('home-focus');
    await navigateBy(visit.page, () => visit.page.keyboard.press('Enter'));
    expect(new URL(visit.page.url()).pathname).toBe(`/consorzi/${CONSORTIUM}`);

    problems.push(...(await tabTo(visit.page, link(COMUNE_NAME))));
    await visit.shot('portfolio-focus');
    await navigateBy(visit.page, () => visit.page.keyboard.press('Enter'));
    expect(new URL(visit.page.url()).pathname).toBe(`/comuni/${ISTAT}`);

    problems.push(...(await tabTo(visit.page, link('Mensa scolastica'), 150)));
    await visit.shot('comune-focus');
    await navigateBy(visit.page, () => visit.page.keyboard.press('Enter'));
    expect(new URL(visit.page.url()).pathname).toBe(`/comuni/${ISTAT}/servizi/mensa-scolastica`);

    problems.push(...(await tabTo(visit.page, button('Mostra i dati in tabella'))));
    await visit.page.keyboard.press('Space');
    const toggle = visit.page.locator('main .chart-table-toggle').first();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await visit.page.locator('main .chart-table table').first().isVisible()).toBe(true);
    await visit.shot('service-table');

    problems.push(...(await tabTo(visit.page, link('Vedi la roadmap completa'))));
    await navigateBy(visit.page, () => visit.page.keyboard.press('Enter'));
    expect(new URL(visit.page.url()).pathname).toBe(`/comuni/${ISTAT}/roadmap`);
    // Through every stop of the roadmap down to the footer.
    problems.push(
      ...(await tabTo(visit.page, (stop) => !stop.inMain && stop.tag === 'a' && stop.name === 'Switch-off', 200)),
    );
    await visit.shot('roadmap-end');
    expect(problems).toEqual([]);
  });

  it('logs in with the keyboard alone', async () => {
    await openScreen(visit.page, base, '/accedi');
    const problems: string[] = [];
    problems.push(
      ...(await tabTo(
        visit.page,
        (stop) => stop.inMain && stop.tag.startsWith('input') && stop.name.startsWith('Email'),
      )),
    );
    await visit.page.keyboard.type(DEMO.mayor);
    await visit.page.keyboard.press('Tab');
    const password = await focusStop(visit.page);
    expect(password?.name).toMatch(/^Password/);
    expect(focusProblem(password)).toBeNull();
    await visit.page.keyboard.type(DEMO_PASSWORD);
    await visit.shot('login-typed');
    await navigateBy(visit.page, () => visit.page.keyboard.press('Enter'));
    expect(new URL(visit.page.url()).pathname).not.toBe('/accedi');
    expect(await textOf(visit.page.locator('header'))).toContain('Esci');
    expect(problems).toEqual([]);
    await visit.shot('logged-in');
  });

  it('switches to English with Space, and English stays after a reload', async () => {
    const visitor = await newVisitor(visit.browser);
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
      // The server writes the page in Italian; the browser switches it to the stored language once hydrated.
      await english.waitForFunction(() => document.documentElement.lang === 'en');
      expect(await english.locator('.skiplink').textContent()).toBe('Skip to main content');
      expect(problems).toEqual([]);
    } finally {
      await visitor.close();
    }
  });
});
