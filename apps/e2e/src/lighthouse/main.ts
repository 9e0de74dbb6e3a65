/**
 * `pnpm lighthouse`: starts the built server with a fresh demo database, runs Lighthouse 12 with
 * Debian's Chromium over every public screen and prints the category scores, LCP, TBT, CLS and bytes
 * sent as a Markdown table (for README "Lighthouse"). Targets (issue 15): performance 95,
 * accessibility, best practices and SEO 100, LCP 2.0 s, TBT 150 ms, CLS 0.05 on each screen; the
 * exit code is 1 when one is missed. Reports land in artifacts/lighthouse/.
 *
 *   pnpm lighthouse                 # mobile (Lighthouse's default: Moto G Power, slow 4G simulated)
 *   pnpm lighthouse --desktop       # desktop preset
 *   pnpm lighthouse --only roadmap  # one screen (name from the table)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, chromiumEnv } from '../chromium';
import { ARTIFACTS_DIR } from '../screens';
import { startBuiltServer } from '../server';
import { LIGHTHOUSE_SCREENS } from './screens';
import { CATEGORIES, formatTable, METRIC_AUDITS, type Metric, missedTargets, type ScreenScores } from './table';

const args = process.argv.slice(2);
const desktop = args.includes('--desktop');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const screens = LIGHTHOUSE_SCREENS.filter((screen) => only === undefined || screen.name === only);
if (screens.length === 0) {
  console.error(`No public screen called "${only}": ${LIGHTHOUSE_SCREENS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

const outDir = join(ARTIFACTS_DIR, 'lighthouse', desktop ? 'desktop' : 'mobile');
mkdirSync(outDir, { recursive: true });

const server = await startBuiltServer({ demo: false });
const rows: ScreenScores[] = [];
// The server is stopped whatever fails after it started (Chromium's launch, Lighthouse, the kill).
try {
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_FLAGS,
    envVars: chromiumEnv(),
    logLevel: 'silent',
  });
  try {
    for (const screen of screens) {
      const url = new URL(screen.path, server.base).href;
      const started = Date.now();
      // A trace Chromium failed to record (NO_NAVSTART, NO_FCP under load) is Lighthouse's
      // "run again": up to three tries before the screen is reported as it is.
      let result: Awaited<ReturnType<typeof lighthouse>>;
      for (let attempt = 1; ; attempt++) {
        result = await lighthouse(
          url,
          {
            port: chrome.port,
            logLevel: 'error',
            output: 'html',
            onlyCategories: [...CATEGORIES],
            disableFullPageScreenshot: true,
            // The not-found screen answers 404 by design; Lighthouse refuses such a page unless told,
            // and its SEO audit "http-status-code" then reports the status instead.
            ignoreStatusCode: true,
          },
          desktop ? desktopConfig : undefined,
        );
        const error = result?.lhr.runtimeError;
        if (!error || attempt === 3) break;
        console.error(`${screen.name}: ${error.code}, running again`);
      }
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]?.score ?? null]));
      const metrics = Object.fromEntries(
        Object.entries(METRIC_AUDITS).map(([id, audit]) => [id, lhr.audits[audit]?.numericValue ?? null]),
      ) as Record<Metric, number | null>;
      const bytes = lhr.audits['total-byte-weight']?.numericValue ?? null;
      // Audits that cost points in the categories scored out of 100: what to fix.
      const failing = ['accessibility', 'best-practices', 'seo'].flatMap((id) =>
        (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${ref.id}: ${lhr.audits[ref.id]?.title ?? ''}`),
      );
      if (lhr.runtimeError) failing.unshift(`Lighthouse could not finish: ${lhr.runtimeError.code}`);
      rows.push({ name: screen.name, path: screen.path, scores, metrics, bytes, failing });
      writeFileSync(
        join(outDir, `${screen.name}.html`),
        Array.isArray(result.report) ? result.report.join('') : result.report,
      );
      writeFileSync(join(outDir, `${screen.name}.json`), JSON.stringify(lhr));
      console.error(
        `${screen.name} (${screen.path}): ${((Date.now() - started) / 1000).toFixed(0)} s${failing.length ? ` — ${failing.join('; ')}` : ''}`,
      );
    }
  } finally {
    await chrome.kill();
  }
} finally {
  await server.stop();
}

const table = formatTable(rows);
writeFileSync(join(outDir, 'scores.md'), `${table}\n`);
console.log(`\nLighthouse 12 (${desktop ? 'desktop' : 'mobile'}), Chromium ${CHROMIUM_PATH}\n`);
console.log(table);
const missed = missedTargets(rows);
if (missed.length) {
  console.log(
    `\nBelow target (performance 95, accessibility, best practices and SEO 100, LCP 2.0 s, TBT 150 ms, CLS 0.05):\n${missed.map((line) => `- ${line}`).join('\n')}`,
  );
  process.exitCode = 1;
} else {
  console.log('\nEvery public screen meets the targets.');
}
