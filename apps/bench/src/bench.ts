import { statSync } from 'node:fs';
import { join } from 'node:path';
import { createApiCalls, field } from './api';
import {
  compareCsv,
  compareNational,
  compareOverview,
  comparePortfolio,
  compareRoadmap,
  compareService,
} from './compare';
import { type DatabaseSize, openBenchDatabase } from './database';
import { type HttpResult, loadTest, publicReadPaths } from './http';
import { type ImportResult, runImportInChild } from './import';
import { describeMachine, type Machine } from './machine';
import { measurePages, type PagesResult } from './pages';
import type { RenderRow } from './pages-render';
import { measure, type ReadRow } from './reads';
import { prepareCsvSql } from './sql/csv';
import { compareComuneNational, prepareComuneNationalSql, prepareSearchSql, SEARCH_QUERIES } from './sql/italy';
import { compareMap, prepareMapSql } from './sql/italy-maps';
import { prepareNationalRawSql, prepareNationalSql } from './sql/national';
import { prepareOverviewRawSql, prepareOverviewSql } from './sql/overview';
import { preparePortfolioRawSql, preparePortfolioSql } from './sql/portfolio';
import { prepareRoadmapSql } from './sql/roadmap';
import { prepareServiceSql } from './sql/service';
import { pickTargets } from './targets';
import { buildWeb, measureMapDrawings, measureWeb, type WebSizes } from './web';

export type BenchOptions = {
  dbPath: string;
  size: DatabaseSize;
  /** Timed runs per answer, after `readWarmup` untimed ones. */
  runs: number;
  /** Untimed renders of each public page before the timed ones. */
  warmup: number;
  /**
   * Untimed calls of each answer, API and bare SQL alike, within `readWarmupMs`: a server answering
   * the public has run each procedure thousands of times, so V8 has compiled its JavaScript with
   * its optimising tiers; after 20 calls the API's resolvers were still being compiled during the
   * timed runs, while the bare SQL has next to no JavaScript (the overview 1.47-1.89× its SQL after
   * 20 calls, 1.30-1.32× after 1,000; the roadmap 1.73-1.77× and 1.43-1.45×: BENCHMARKS.md, session 18).
   */
  readWarmup: number;
  readWarmupMs: number;
  /** Time limit of one row (the national summary in bare SQL takes seconds a run). */
  rowBudgetMs: number;
  connections: number;
  httpSeconds: number;
  /** Where `vite build` writes the SPA that is measured. */
  webOutDir: string;
  /**
   * Comuni whose pages (overview, a service, roadmap) make the rendered pages' mix under load;
   * each page is first asked one at a time, so the CI test keeps it to a few.
   */
  pageComuni: number;
  /** Monthly rows of the CSV import (100,000; fewer in the CI test). */
  importRows: number;
  log: (line: string) => void;
};

export type BenchReport = {
  machine: Machine;
  database: {
    path: string;
    bytes: number;
    size: DatabaseSize;
    generatedNow: boolean;
    generationSeconds: number;
    rows: number;
    figures: number;
    today: string;
  };
  reads: ReadRow[];
  http: HttpResult | string;
  /** Public pages rendered in process, without the server's page cache (issue 15). */
  renders: RenderRow[] | string;
  /** Public pages rendered by the built server under load, and revalidated (issue 15). */
  pages: PagesResult | string;
  web: WebSizes | string;
  import100k: ImportResult | string;
};

const failure = (error: unknown) => `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;

/** Builds or reuses the database, then measures every figure of issue 6. */
export async function runBench(o: BenchOptions): Promise<BenchReport> {
  const opened = openBenchDatabase({ path: o.dbPath, size: o.size, log: o.log });
  const { db, meta } = opened;
  const client = db.$client;
  const today = meta.summary.today;
  const targets = pickTargets(client, Math.max(o.runs, 20));
  const api = createApiCalls(db, today);
  const common = { warmup: o.readWarmup, warmupMs: o.readWarmupMs, runs: o.runs, budgetMs: o.rowBudgetMs };
  const overviewSql = prepareOverviewSql(client);
  const serviceSql = prepareServiceSql(client);
  const roadmapSql = prepareRoadmapSql(client);
  const portfolioSql = preparePortfolioSql(client);
  const nationalSql = prepareNationalSql(client);
  const csvSql = prepareCsvSql(client);
  // The same headline numbers from the raw rows, untimed: the roll-ups must not drift from them.
  const raw = {
    overview: prepareOverviewRawSql(client),
    portfolio: preparePortfolioRawSql(client),
    national: prepareNationalRawSql(client),
  };
  const comuni = targets.comuni.map((istat) => ({ istat, today }));

  const reads: ReadRow[] = [];
  const add = async (row: Promise<ReadRow>) => {
    const done = await row;
    o.log(`  ${done.name}: done`);
    reads.push(done);
  };
  o.log('Timing the answers (API through createCaller, and bare SQL) …');
  await add(
    measure({
      name: 'comune overview',
      targets: comuni,
      api: api.overview,
      sql: overviewSql,
      reference: raw.overview,
      compare: compareOverview,
      ...common,
    }),
  );
  await add(
    measure({
      name: 'service page',
      targets: targets.services.map((s) => ({ ...s, today })),
      api: api.service,
      sql: serviceSql,
      compare: compareService,
      ...common,
    }),
  );
  await add(
    measure({
      name: 'roadmap',
      targets: comuni,
      api: api.roadmap,
      sql: roadmapSql,
      compare: compareRoadmap,
      ...common,
    }),
  );
  const portfolios = targets.consortia.map((slug) => ({ slug, today }));
  await add(
    measure({
      name: 'portfolio (50 comuni)',
      targets: portfolios,
      api: api.portfolio,
      sql: portfolioSql,
      reference: raw.portfolio,
      compare: comparePortfolio,
      ...common,
    }),
  );
  await add(
    measure({
      name: 'national summary',
      targets: [{ today }],
      api: api.national,
      sql: nationalSql,
      reference: raw.national,
      compare: compareNational,
      ...common,
    }),
  );
  await add(
    measure({
      name: 'comune search (name or ISTAT code)',
      targets: SEARCH_QUERIES.map((q) => ({ q })),
      api: api.search,
      sql: prepareSearchSql(client),
      compare: (answer, bare) =>
        field(answer, 'total') === field(bare, 'total') ? null : 'a different number of matching comuni',
      ...common,
    }),
  );
  await add(
    measure({
      name: 'comune page, national data (PNRR)',
      targets: comuni,
      api: api.comuneNational,
      sql: prepareComuneNationalSql(client),
      compare: compareComuneNational,
      ...common,
    }),
  );
  // Lombardia (1,502 comuni, 12 provinces) and Torino (312 comuni): the largest region and province.
  for (const [name, call, level, code] of [
    ['map of Italy (20 regions)', api.mapItaly, 'italy', ''],
    ['map of a region (Lombardia, 12 provinces)', api.mapRegion, 'region', '03'],
    ['map of a province (Torino, 312 comuni)', api.mapProvince, 'province', '001'],
  ] as const) {
    const sql = prepareMapSql(client, level);
    await add(measure({ name, targets: [{ code }], api: call, sql, compare: compareMap, ...common }));
  }
  await add(
    measure({
      name: 'open-data CSV (figures of a comune)',
      targets: comuni,
      api: api.csv,
      sql: csvSql,
      compare: compareCsv,
      ...common,
    }),
  );

  o.log(`Load test: the built server, autocannon, ${o.connections} connections, ${o.httpSeconds} s …`);
  const http = await loadTest({
    dbPath: o.dbPath,
    paths: publicReadPaths({ comuni: targets.comuni.slice(0, 40), services: targets.services.slice(0, 40) }),
    connections: o.connections,
    seconds: o.httpSeconds,
  }).catch(failure);

  o.log('Building the SPA and its server entry (vite build) …');
  let web: WebSizes | string;
  try {
    buildWeb(o.webOutDir);
    web = { ...measureWeb(o.webOutDir), maps: await measureMapDrawings(db, today) };
  } catch (error) {
    web = failure(error);
  }
  const notBuilt = `not measured: ${String(web)}`;
  const { renders, pages } =
    typeof web === 'string' ? { renders: notBuilt, pages: notBuilt } : await measurePages({ ...o, db, today, targets });
  o.log(`Importing ${o.importRows.toLocaleString('en')} monthly rows from CSV (preview, then commit) …`);
  let import100k: ImportResult | string;
  try {
    // Into a copy of this database, in a process of its own.
    import100k = runImportInChild({
      dbPath: o.dbPath,
      consortium: targets.consortia[0] ?? '',
      today,
      rows: o.importRows,
    });
  } catch (error) {
    import100k = failure(error);
  }
  const rows = Object.values(meta.summary.rows).reduce((sum, n) => sum + n, 0);
  const report: BenchReport = {
    machine: describeMachine(client),
    database: {
      path: o.dbPath,
      bytes: statSync(o.dbPath).size,
      size: o.size,
      generatedNow: opened.generatedNow,
      generationSeconds: meta.summary.seconds,
      rows,
      figures: meta.summary.rows.monthlyFigures,
      today,
    },
    reads,
    http,
    renders,
    pages,
    web,
    import100k,
  };
  client.close();
  return report;
}

export const webOutDirFor = (benchDir: string) => join(benchDir, 'web');
