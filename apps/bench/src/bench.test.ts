import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type BenchReport, runBench } from './bench';
import { QUICK } from './database';
import { formatReport } from './format';

// The quick bench end to end: it must produce every figure of issues 6 and 15. No timing is asserted:
// a benchmark is not a timed test.
describe('the quick bench', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchoff-bench-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints every row of the table', async () => {
    const report: BenchReport = await runBench({
      dbPath: join(dir, 'quick.db'),
      size: QUICK,
      runs: 5,
      warmup: 1,
      readWarmup: 1,
      readWarmupMs: 0,
      rowBudgetMs: 2_000,
      connections: 10,
      httpSeconds: 1,
      webOutDir: join(dir, 'web'),
      pageComuni: 2,
      importRows: 4_000,
      log: () => {},
    });
    expect(report.reads.map((r) => r.name)).toEqual([
      'comune overview',
      'service page',
      'roadmap',
      'portfolio (50 comuni)',
      'national summary',
      'comune search (name or ISTAT code)',
      'comune page, national data (PNRR)',
      'map of Italy (20 regions)',
      'map of a region (Lombardia, 12 provinces)',
      'map of a province (Torino, 312 comuni)',
      'open-data CSV (figures of a comune)',
    ]);
    for (const row of report.reads) {
      expect(row.sql, row.name).toMatchObject({
        p50: expect.any(Number),
        p95: expect.any(Number),
        p99: expect.any(Number),
      });
    }
    for (const row of report.reads) {
      expect(row.api, row.name).toMatchObject({
        p50: expect.any(Number),
        p95: expect.any(Number),
        p99: expect.any(Number),
      });
      // The API and the bare SQL (both on roll-ups) agree with each other and with the raw rows.
      expect(row.check, row.name).toMatch(/^same/);
    }
    expect(report.http).toMatchObject({
      readsPerSecond: expect.any(Number),
      errors: 0,
      maxRss: expect.any(Number),
      peakPssDuringLoad: expect.any(Number),
      workers: expect.any(Number),
    });
    expect(report.web).toMatchObject({ jsGzip: expect.any(Number), cssGzip: expect.any(Number) });
    if (typeof report.web !== 'string') expect(report.web.screens.map((s) => s.screen)).toContain('comune overview');
    // Each map page's drawing, projected by the server: its size and what projecting it cost.
    if (typeof report.web !== 'string') {
      expect(report.web.maps).toHaveLength(6);
      for (const map of report.web.maps) expect(map.areas, map.page).toBeGreaterThan(0);
    }
    expect(report.renders).toMatchObject([
      { name: 'comune page (overview)', timing: { p95: expect.any(Number) } },
      { name: 'home', timing: { p95: expect.any(Number) } },
      { name: 'portfolio (50 comuni)', timing: { p95: expect.any(Number) } },
      { name: 'map of a province (Torino, 312 comuni)', timing: { p95: expect.any(Number) } },
    ]);
    // Every page rendered (never the shell), with an ETag, and each revalidation a 304.
    expect(report.pages).toMatchObject({
      pagesPerSecond: expect.any(Number),
      errors: 0,
      withoutEtag: 0,
      revalidationErrors: 0,
      notRendered: [],
    });
    expect(report.import100k).toMatchObject({ rows: 4_000, commitSeconds: expect.any(Number), rollupsExact: true });
    expect(report.machine.cores).toBeGreaterThan(0);

    const printed = formatReport(report);
    for (const label of [
      'Machine:',
      'comune overview',
      'national summary',
      'public reads/s',
      'server memory',
      'revalidated',
      'first load',
      'CSV import',
      '100,000-row import',
      'rendered comune page p95',
      'rendered public pages/s',
      'revalidate with 304',
    ]) {
      expect(printed).toContain(label);
    }
  }, 420_000);
});
