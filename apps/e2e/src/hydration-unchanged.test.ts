import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, launchBrowser, newVisitor, PHONE } from './chromium';
import { watchErrors } from './journey';
import { PUBLIC_SCREENS } from './screen-list';
import { waitForScreen } from './screens';

const base = inject('baseUrl');

/** What a visitor reads, as the browser lays it out after hydration: time for late measures and observers. */
const SETTLE_MS = 1500;

/**
 * Installed before any script of the page runs: once the server's HTML is parsed (the document
 * turns "interactive", before the app's module runs), every change under #root is noted; an
 * attribute or a text set again to the value it had is no change (React sets a form field's
 * name, type and value again as it hydrates it).
 */
function recordChangesUnderRoot() {
  const added: string[] = [];
  const before = new Map<Node, Map<string, string | null>>();
  const describe = (node: Node) => {
    if (!(node instanceof Element)) return node.nodeName;
    const classes = typeof node.className === 'string' && node.className ? `.${node.className.split(' ')[0]}` : '';
    return `${node.tagName.toLowerCase()}${classes}`;
  };
  const observer = new MutationObserver((records) => {
    const root = document.getElementById('root');
    for (const record of records) {
      if (!root?.contains(record.target)) continue;
      if (record.type === 'childList') {
        added.push(
          `${describe(record.target)}: ${record.addedNodes.length} added, ${record.removedNodes.length} removed`,
        );
        continue;
      }
      const key = record.type === 'attributes' ? `attribute ${record.attributeName}` : 'text';
      const values = before.get(record.target) ?? new Map<string, string | null>();
      if (!values.has(key)) values.set(key, record.oldValue);
      before.set(record.target, values);
    }
  });
  (window as { changesUnderRoot?: () => string[] }).changesUnderRoot = () => {
    const changed = [...before].flatMap(([node, values]) =>
      [...values]
        .filter(([key, old]) => {
          const now =
            key === 'text' ? node.nodeValue : node instanceof Element ? node.getAttribute(key.slice(10)) : null;
          return now !== old;
        })
        .map(([key]) => `${describe(node)}: ${key}`),
    );
    return [...added, ...changed];
  };
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    observer.observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeOldValue: true,
      characterData: true,
      characterDataOldValue: true,
    });
  });
}

/**
 * The one change allowed: a table wider than its box (a phone) becomes a keyboard stop named by
 * its caption, so it can be scrolled with the arrow keys (components/table-scroll.tsx). Only the
 * browser's layout knows which table that is; three attributes, and nothing moves.
 */
const SCROLLING_TABLE = /^div\.table-responsive: attribute (tabindex|role|aria-labelledby)$/;

/**
 * Hydration keeps the server's page as it is: no drawing swapped in, no width measured and drawn
 * again, no state set at mount. Each change after it costs a phone's main thread (and Lighthouse's
 * blocking time) and may move what the visitor reads. Nothing is clicked or typed here, so no
 * change is the visitor's own.
 */
describe('hydration changes nothing under #root', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function changesAfterHydration(page: Page, path: string): Promise<string[]> {
    await page.goto(new URL(path, base).href, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined, null, { timeout: 60_000 });
    await waitForScreen(page);
    await page.waitForTimeout(SETTLE_MS);
    const changes = await page.evaluate(
      () => (window as { changesUnderRoot?: () => string[] }).changesUnderRoot?.() ?? ['no observer'],
    );
    return changes.filter((change) => !SCROLLING_TABLE.test(change));
  }

  for (const [size, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`on a ${size}: every public screen is the server's, unchanged by hydration`, async () => {
      const context = await newVisitor(browser, viewport);
      await context.addInitScript(recordChangesUnderRoot);
      const page = await context.newPage();
      const errors = watchErrors(page);
      const changed: Record<string, string[]> = {};
      for (const screen of PUBLIC_SCREENS) {
        const changes = await changesAfterHydration(page, screen.path);
        if (changes.length > 0) changed[screen.name] = changes.slice(0, 40).concat(`(${changes.length} in all)`);
      }
      await context.close();
      expect(changed).toEqual({});
      expect(errors.filter((error) => !/status of 404/.test(error))).toEqual([]);
    });
  }
});
