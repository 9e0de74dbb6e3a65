import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** Screenshots kept as test artefacts (gitignored). */
export const ARTIFACTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');

/** Waits until a screen shows its content: no request in flight, no spinner, a main heading, fonts in. */
export async function waitForScreen(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('main .progress-spinner').first().waitFor({ state: 'detached', timeout: 30_000 });
  await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 30_000 });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Opens an address of the app (relative to the base URL) and waits for the screen. */
export async function openScreen(page: Page, base: string, path: string): Promise<void> {
  await page.goto(new URL(path, base).href, { waitUntil: 'domcontentloaded' });
  await waitForScreen(page);
}

/** A full-page screenshot at artifacts/<folder>/<name>.png. */
export async function saveScreenshot(page: Page, folder: string, name: string): Promise<string> {
  const path = join(ARTIFACTS_DIR, folder, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}

/** How far the page scrolls sideways beyond the viewport; 0 when nothing overflows. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - window.innerWidth;
  });
}
