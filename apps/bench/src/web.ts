import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { createCaller, createContextInner, type RouterInputs } from '@switchoff/api';
import type { Db } from '@switchoff/db';

type DrawingInput = RouterInputs['italy']['drawing'];

export type ScreenLoad = { screen: string; files: number; jsGzip: number; cssGzip: number; total: number };
/** The drawing a map page carries (projected by the server), raw and as the server sends it (gzip, brotli). */
export type MapDrawingLoad = {
  page: string;
  areas: number;
  bytes: number;
  gzip: number;
  brotli: number;
  /** Milliseconds: the first answer in this process (the boundary file read and projected), then one kept. */
  firstMs: number;
  keptMs: number;
};
export type WebSizes = {
  jsGzip: number;
  cssGzip: number;
  jsFiles: number;
  screens: ScreenLoad[];
  maps: MapDrawingLoad[];
};

/** Map pages, the drawing each carries (`italy.drawing`). */
const MAP_PAGES: readonly [page: string, input: DrawingInput][] = [
  ['/italia', { level: 'italy' }],
  ['/regioni/03 (Lombardia, the largest file)', { level: 'region', code: '03' }],
  ['/regioni/20 (Sardegna)', { level: 'region', code: '20' }],
  ['/province/001 (Torino, 312 comuni)', { level: 'province', code: '001' }],
  ['/province/019 (Cremona, 113 comuni)', { level: 'province', code: '019' }],
  ['/province/113 (Gallura, from its region’s file)', { level: 'province', code: '113' }],
];

/** Each map page's drawing as the API answers it (JSON, as in the page's state), and its cost. */
export async function measureMapDrawings(db: Db, today: string): Promise<MapDrawingLoad[]> {
  const { drawing } = createCaller(createContextInner({ db, today: () => today })).italy;
  const loads: MapDrawingLoad[] = [];
  for (const [page, input] of MAP_PAGES) {
    const start = performance.now();
    const answer = await drawing(input);
    const firstMs = performance.now() - start;
    const again = performance.now();
    await drawing(input);
    const keptMs = performance.now() - again;
    const body = Buffer.from(JSON.stringify(answer));
    loads.push({
      page,
      areas: answer?.areas.length ?? 0,
      bytes: body.length,
      gzip: gzipSync(body).length,
      brotli: brotliCompressSync(body).length,
      firstMs,
      keptMs,
    });
  }
  return loads;
}

/** Route chunks of the public screens, by the name Vite gives them (the lazy module's file name). */
const SCREENS = {
  'comune overview': 'comune-overview',
  'service page': 'service-page',
  roadmap: 'roadmap',
  portfolio: 'portfolio',
  'map pages (/italia, a region, a province)': 'italy-maps',
} as const;

/** The server entry built beside the SPA at `webOutDir` (`../dist-ssr`, where the server looks for it). */
export const ssrOutDirFor = (webOutDir: string) => join(dirname(webOutDir), 'dist-ssr');

export const webDir = dirname(createRequire(import.meta.url).resolve('@switchoff/web/package.json'));

/**
 * `vite build` (production) of the SPA with its own config into `outDir`, and of its server entry into
 * `../dist-ssr` beside it (where the server looks for it), so a concurrent `pnpm build` (turbo
 * runs builds and tests side by side) never sees apps/web/dist half written.
 */
export function buildWeb(outDir: string): void {
  const vite = join(webDir, 'node_modules', 'vite', 'bin', 'vite.js');
  const ssrDir = ssrOutDirFor(outDir);
  for (const args of [
    ['build', '--outDir', outDir],
    ['build', '--ssr', 'src/entry-server.tsx', '--outDir', ssrDir],
  ]) {
    const run = spawnSync(process.execPath, [vite, ...args, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: webDir,
      // A production build whatever runs the bench (vitest sets NODE_ENV=test, which would give
      // the server entry React's development JSX runtime).
      env: { ...process.env, NODE_ENV: 'production' },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`bench: vite build failed\n${run.stderr}`);
  }
}

const gzipped = (file: string): number => gzipSync(readFileSync(file)).length;

/** Chunks a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`), itself included. */
function staticClosure(assets: string, start: string, seen = new Set<string>()): Set<string> {
  if (seen.has(start) || !existsSync(join(assets, start))) return seen;
  seen.add(start);
  const code = readFileSync(join(assets, start), 'utf8');
  for (const match of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) {
    if (match[1] !== undefined) staticClosure(assets, match[1], seen);
  }
  return seen;
}

/** Chunks a chunk asks for by `import(\`./x.js\`)`. */
function dynamicImports(assets: string, chunk: string): string[] {
  const code = readFileSync(join(assets, chunk), 'utf8');
  return [...code.matchAll(/import\(\s*[`"]\.\/([^`"]+\.js)[`"]\s*\)/g)].flatMap((m) => (m[1] ? [m[1]] : []));
}

/**
 * What every page loads at once: the entry, the start-up it asks for (`start-app`), and the steps
 * that one asks for in turn (`page-data`, `app-start`), each with what it imports statically.
 * Not further: the app's own dynamic imports (screens, the English dictionary) load on demand.
 */
function startUpClosure(assets: string, entry: string): Set<string> {
  const seen = staticClosure(assets, entry);
  for (const startUp of dynamicImports(assets, entry)) {
    staticClosure(assets, startUp, seen);
    for (const step of dynamicImports(assets, startUp)) staticClosure(assets, step, seen);
  }
  return seen;
}

/**
 * Gzipped sizes of the built SPA: all JS, all CSS, and the first load of each public screen
 * (the start-up's chunks and what they import, the route chunk and what it imports, the CSS: linked
 * style sheets and the one index.html carries inline).
 */
export function measureWeb(distDir: string): Omit<WebSizes, 'maps'> {
  const assets = join(distDir, 'assets');
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = readdirSync(assets);
  const js = files.filter((f) => f.endsWith('.js'));
  const css = files.filter((f) => f.endsWith('.css'));
  const sizes = new Map([...js, ...css].map((f) => [f, gzipped(join(assets, f))]));
  const size = (f: string) => sizes.get(f) ?? 0;
  const entry = /<script[^>]+src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  if (entry === undefined) throw new Error('bench: no entry script in index.html');
  const entryCss = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/assets\/([^"]+\.css)"/g)].flatMap((m) =>
    m[1] ? [m[1]] : [],
  );
  // The entry's style sheet, written into index.html as <style> (apps/web/vite-css.ts).
  const inlineCss = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].reduce(
    (sum, m) => sum + gzipSync(m[1] ?? '').length,
    0,
  );
  const screens = Object.entries(SCREENS).flatMap(([screen, prefix]) => {
    const route = js.find((f) => new RegExp(`^${prefix}-[\\w-]{8}\\.js$`).test(f));
    if (route === undefined) return [];
    const chunks = staticClosure(assets, route, startUpClosure(assets, entry));
    const styles = [...entryCss, ...css.filter((f) => f.startsWith(`${prefix}-`))];
    const jsGzip = [...chunks].reduce((sum, f) => sum + size(f), 0);
    const cssGzip = styles.reduce((sum, f) => sum + size(f), inlineCss);
    return [{ screen, files: chunks.size + styles.length, jsGzip, cssGzip, total: jsGzip + cssGzip }];
  });
  return {
    jsGzip: js.reduce((sum, f) => sum + size(f), 0),
    cssGzip: css.reduce((sum, f) => sum + size(f), 0),
    jsFiles: js.length,
    screens,
  };
}
