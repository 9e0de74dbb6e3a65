import type { BenchReport } from './bench';
import { pagesRows, pagesTargets, renderRows } from './pages-format';
import type { ReadRow } from './reads';
import type { Timing } from './stats';

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const int = (value: number) => Math.round(value).toLocaleString('en');
const isTiming = (value: Timing | string): value is Timing => typeof value !== 'string';

const table = (header: string[], rows: string[][]) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

function readCells(row: ReadRow): string[] {
  const { api, sql } = row;
  const apiCells = isTiming(api) ? [ms(api.p50), ms(api.p95), ms(api.p99)] : [api, '', ''];
  const sqlCells = isTiming(sql) ? [ms(sql.p50), ms(sql.p95), ms(sql.p99)] : [sql, '', ''];
  const ratio =
    isTiming(api) && isTiming(sql) ? `${(api.p50 / sql.p50).toFixed(2)} / ${(api.p95 / sql.p95).toFixed(2)}` : 'n/a';
  const runs = isTiming(sql) ? String(sql.runs) : '';
  return [row.name, ...apiCells, ...sqlCells, ratio, runs, row.check];
}

const holds = (ok: boolean | null) => (ok === null ? 'not measurable yet' : ok ? 'holds' : 'does not hold');

function targets(r: BenchReport): string[][] {
  const read = (name: string) => r.reads.find((x) => x.name === name);
  const p95 = (name: string): number | null => {
    const api = read(name)?.api;
    return api !== undefined && isTiming(api) ? api.p95 : null;
  };
  const overview = p95('comune overview');
  const portfolio = p95('portfolio (50 comuni)');
  const national = p95('national summary');
  // The ratio at the median: at p95 an answer under a millisecond swings with whatever else the machine runs.
  const ratios = r.reads.flatMap((x) =>
    isTiming(x.api) && isTiming(x.sql) ? [{ name: x.name, ratio: x.api.p50 / x.sql.p50 }] : [],
  );
  const worst = ratios.reduce<{ name: string; ratio: number } | null>(
    (w, x) => (w === null || x.ratio > w.ratio ? x : w),
    null,
  );
  const http = typeof r.http === 'string' ? null : r.http;
  const web = typeof r.web === 'string' ? null : r.web;
  const firstLoad = web === null ? null : Math.max(...web.screens.map((s) => s.total));
  const imported = typeof r.import100k === 'string' ? null : r.import100k;
  return [
    [
      'comune overview p95 ≤ 25 ms',
      overview === null ? 'n/a' : `${ms(overview)} ms`,
      holds(overview === null ? null : overview <= 25),
    ],
    [
      'portfolio of 50 comuni p95 ≤ 60 ms',
      portfolio === null ? 'n/a' : `${ms(portfolio)} ms`,
      holds(portfolio === null ? null : portfolio <= 60),
    ],
    [
      'national summary p95 ≤ 200 ms',
      national === null ? 'n/a' : `${ms(national)} ms`,
      holds(national === null ? null : national <= 200),
    ],
    [
      'each API answer ≤ 1.5 × its bare SQL (p50)',
      worst === null ? 'n/a' : `worst ${worst.ratio.toFixed(2)}× (${worst.name})`,
      holds(worst === null ? null : worst.ratio <= 1.5),
    ],
    [
      '≥ 2,000 public reads/s, no error',
      http === null ? String(r.http) : `${int(http.readsPerSecond)}/s, ${http.errors} errors`,
      holds(http === null ? null : http.readsPerSecond >= 2000 && http.errors === 0),
    ],
    [
      'server memory ≤ 300 MB',
      http === null
        ? 'n/a'
        : `${http.workers + 1} processes: peak ${mb(http.peakPssDuringLoad)} under load (PSS; RSS ${mb(http.peakRssDuringLoad)}, sum of max RSS ${mb(http.maxRss)})`,
      holds(http === null ? null : http.peakPssDuringLoad <= 300 * 1024 ** 2),
    ],
    [
      'first load of a public screen ≤ 250 KB gz',
      firstLoad === null ? String(r.web) : `largest ${kb(firstLoad)}`,
      holds(firstLoad === null ? null : firstLoad <= 250 * 1024),
    ],
    [
      '100,000-row import ≤ 5 s',
      imported === null
        ? String(r.import100k)
        : `${int(imported.rows)} rows: commit ${imported.commitSeconds.toFixed(1)} s (preview ${imported.previewSeconds.toFixed(1)} s)`,
      holds(imported === null ? null : imported.rows >= 100_000 ? imported.commitSeconds <= 5 : null),
    ],
  ];
}

/** The report as Markdown tables, printed by `pnpm bench` and pasted into BENCHMARKS.md. */
export function formatReport(r: BenchReport): string {
  const m = r.machine;
  const d = r.database;
  const lines = [
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.os}, SQLite ${m.sqlite}`,
    `Database: ${d.path}, ${d.size.comuni === 'all' ? 'all' : d.size.comuni} comuni × ${d.size.months} months, ` +
      `${int(d.figures)} monthly rows (${int(d.rows)} rows in all), ${mb(d.bytes)}, today = ${d.today}, ` +
      `generated in ${d.generationSeconds.toFixed(0)} s${d.generatedNow ? '' : ' (reused)'}`,
    '',
    'Answers, milliseconds (in-process: the API through createCaller, and the bare SQL it needs):',
    '',
    table(
      [
        'answer',
        'API p50',
        'API p95',
        'API p99',
        'SQL p50',
        'SQL p95',
        'SQL p99',
        'API/SQL p50 / p95',
        'runs',
        'same numbers',
      ],
      r.reads.map(readCells),
    ),
    '',
  ];
  if (typeof r.http === 'string') lines.push(`HTTP load test: ${r.http}`);
  else {
    const h = r.http;
    lines.push(
      table(
        ['HTTP (autocannon)', 'value'],
        [
          [
            `public reads/s, ${h.connections} connections, ${h.seconds} s (overview, service, roadmap), ${h.workers} workers`,
            int(h.readsPerSecond),
          ],
          ['requests / errors (incl. timeouts, non-2xx)', `${int(h.requests)} / ${h.errors}`],
          ['latency p50 / p99', `${h.latencyP50} ms / ${h.latencyP99} ms`],
          [
            'server memory, primary + workers, peak under load: PSS / RSS (sum of each max RSS)',
            `${mb(h.peakPssDuringLoad)} / ${mb(h.peakRssDuringLoad)} (${mb(h.maxRss)})`,
          ],
          [
            'the same reads revalidated (If-None-Match → 304)/s',
            h.revalidatedPerSecond === null ? 'n/a' : int(h.revalidatedPerSecond),
          ],
        ],
      ),
    );
  }
  lines.push('');
  if (typeof r.renders === 'string') lines.push(`Rendered pages, in process: ${r.renders}`);
  else {
    lines.push(
      'Public pages rendered in process (the server entry, the API through the router, no page cache), ms:',
      '',
    );
    lines.push(table(['page', 'p50', 'p95', 'p99', 'runs', 'largest page'], renderRows(r.renders)));
  }
  lines.push('');
  if (typeof r.pages === 'string') lines.push(`Rendered pages, HTTP: ${r.pages}`);
  else lines.push(table(['public pages rendered by the server (autocannon)', 'value'], pagesRows(r.pages)));
  lines.push('');
  if (typeof r.web === 'string') lines.push(`SPA sizes: ${r.web}`);
  else {
    const rows = [['all JS / all CSS', `${kb(r.web.jsGzip)} (${r.web.jsFiles} files) / ${kb(r.web.cssGzip)}`]];
    for (const s of r.web.screens)
      rows.push([
        `first load: ${s.screen} (JS + CSS, ${s.files} files)`,
        `${kb(s.jsGzip)} + ${kb(s.cssGzip)} = ${kb(s.total)}`,
      ]);
    lines.push(table(['SPA, gzipped', 'size'], rows));
    lines.push(
      '',
      table(
        ['map page', 'areas drawn', 'drawing: raw', 'gzip', 'brotli', 'projected (first, then kept)'],
        r.web.maps.map((f) => [
          f.page,
          int(f.areas),
          kb(f.bytes),
          kb(f.gzip),
          kb(f.brotli),
          `${f.firstMs.toFixed(0)} ms, ${f.keptMs.toFixed(2)} ms`,
        ]),
      ),
    );
  }
  const imp = r.import100k;
  lines.push(
    '',
    typeof imp === 'string'
      ? table(['CSV import', 'time'], [['monthly rows from CSV', imp]])
      : table(
          ['CSV import (a consortium’s file, preview then commit)', 'value'],
          [
            ['rows / file size', `${int(imp.rows)} / ${kb(imp.bytes)}`],
            [
              'into',
              `a copy of the bench database (${int(imp.databaseFigures)} monthly rows); ${int(imp.changed)} rows changed, ${int(imp.added)} added`,
            ],
            ['preview (read, check, compare every row)', `${imp.previewSeconds.toFixed(2)} s`],
            [
              'commit (the same plan again, then every row with its audit row and roll-ups, one transaction)',
              `${imp.commitSeconds.toFixed(2)} s`,
            ],
            ['roll-ups equal to the raw rows afterwards', imp.rollupsExact ? 'yes' : 'NO'],
          ],
        ),
    '',
  );
  lines.push('Targets of issue 6:', '', table(['target', 'measured', 'verdict'], targets(r)));
  lines.push(
    '',
    'Targets of issue 15:',
    '',
    table(['target', 'measured', 'verdict'], pagesTargets(r.renders, r.pages, holds)),
  );
  return lines.join('\n');
}
