import type { Page } from 'playwright-core';

/**
 * Opens every closed tool panel (a button with aria-expanded="false" that controls a form) in
 * the main content, one at a time since opening one moves the page; returns how many opened.
 */
export async function openAllForms(page: Page, limit = 80): Promise<number> {
  let opened = 0;
  for (; opened < limit; opened++) {
    const closed = page.locator('main .tool-panel button[aria-expanded="false"][aria-controls]').first();
    if ((await closed.count()) === 0) break;
    await closed.click();
    await page.waitForLoadState('networkidle');
  }
  return opened;
}
