/**
 * `pnpm --filter @switchoff/e2e run profile [--only screen] [--runs n]`: loads public screens in
 * Chromium with the CPU slowed 4× (Lighthouse's mobile preset), records a trace and a CPU profile,
 * and prints every main-thread task over 50 ms with what it spent its time on (trace events by
 * self time, then JavaScript functions by self time): which code makes the blocking time.
 */
import { launchBrowser } from '../chromium';

/** Lighthouse's mobile screen (Moto G Power). */
const LIGHTHOUSE_PHONE = { width: 412, height: 823 };

import { startBuiltServer } from '../server';
import { LIGHTHOUSE_SCREENS } from './screens';
import { type CpuProfile, summariseTrace, type TraceEvent } from './trace-summary';

/** Records every layout shift with the elements that moved (a string: evaluated in the page). */
const SHIFT_RECORDER = `window.__shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    window.__shifts.push({
      at: Math.round(entry.startTime),
      value: entry.value.toFixed(4),
      input: entry.hadRecentInput,
      moved: entry.sources.map((s) => {
        const n = s.node;
        const name = n ? (n.nodeType === 1 ? n.tagName.toLowerCase() + (n.id ? '#' + n.id : '') + (n.className && typeof n.className === 'string' ? '.' + n.className.trim().split(/ +/).join('.') : '') : '#text ' + (n.textContent || '').slice(0, 30)) : '?';
        const r = (b) => [b.x, b.y, b.width, b.height].map(Math.round).join(',');
        return name + ' ' + r(s.previousRect) + ' -> ' + r(s.currentRect);
      }),
    });
  }
}).observe({ type: 'layout-shift', buffered: true });`;

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 1;
const screens = LIGHTHOUSE_SCREENS.filter((screen) => only === undefined || only.split(',').includes(screen.name));

const server = await startBuiltServer({ demo: false });
const browser = await launchBrowser();
try {
  for (const screen of screens) {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({
        viewport: LIGHTHOUSE_PHONE,
        locale: 'it-IT',
        deviceScaleFactor: 1.75,
        isMobile: true,
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (data) => {
        // Playwright types the events as maps of strings; Chromium sends numbers and objects too.
        events.push(...(data.value as unknown as TraceEvent[]));
      });
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Tracing.start', {
        categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel,v8.execute,blink,loading',
        transferMode: 'ReportEvents',
      });
      await page.addInitScript(SHIFT_RECORDER);
      await cdp.send('Profiler.start');
      await page.goto(new URL(screen.path, server.base).href, { waitUntil: 'load' });
      await page.waitForTimeout(4000);
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      console.log(`\n## ${screen.name} (${screen.path}) run ${run + 1}`);
      console.log(summariseTrace(events, profile, server.base));
      console.log(await page.evaluate('JSON.stringify(window.__shifts, null, 1)'));
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
