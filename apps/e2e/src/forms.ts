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

/** Shows the data table of every chart in the main content ("Mostra i dati in tabella"). */
export async function openChartTables(page: Page): Promise<number> {
  // Only toggles a person can press: a screen may show the table already (the council report).
  const toggles = page.locator('main .chart-frame button.chart-table-toggle[aria-expanded="false"]:visible');
  const count = await toggles.count();
  for (let i = 0; i < count; i++) await toggles.first().click();
  return count;
}

/** Charts without a text summary or without their data table once shown: their titles. */
export function chartsWithoutWords(page: Page): Promise<string[]> {
  return page.locator('main .chart-frame').evaluateAll((frames) =>
    frames
      .filter((frame) => {
        const summary = frame.querySelector('.chart-summary')?.textContent?.trim() ?? '';
        // The table one click away inside the frame, or (council report) always shown right after it.
        const table =
          frame.querySelector('.chart-table table') ?? frame.nextElementSibling?.querySelector('table') ?? null;
        return summary === '' || table === null;
      })
      .map((frame) => frame.querySelector('h2, h3')?.textContent ?? '(untitled chart)'),
  );
}
