import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export type ScreenLoad = { screen: string; files: number; jsGzip: number; cssGzip: number; total: number };
/** The boundary file a map page fetches, raw and as the server sends it (gzip, brotli). */
export type MapFileLoad = { page: string; file: string; bytes: number; gzip: number; brotli: number };
export type WebSizes = {
  jsGzip: number;
  cssGzip: number;
  jsFiles: number;
  screens: ScreenLoad[];
  maps: MapFileLoad[];
};

/** Map pages and the boundary file each loads (apps/web/src/maps/geo-files.ts names them). */
const MAP_PAGES: readonly [page: string, file: string][] = [
  ['/italia', 'limits_IT_regions'],
  ['/regioni/03 (Lombardia, the largest file)', 'limits_R_3_municipalities'],
  ['/regioni/20 (Sardegna)', 'limits_R_20_municipalities'],
  ['/province/001 (Torino, 312 comuni)', 'limits_P_1_municipalities'],
  ['/province/019 (Cremona, 115 comuni)', 'limits_P_19_municipalities'],
  ['/province/113 (Gallura, from its region’s file)', 'limits_R_20_municipalities'],
];

function measureMapFiles(assets: string, files: readonly string[]): MapFileLoad[] {
  return MAP_PAGES.map(([page, stem]) => {
    const file = files.find((f) => f.startsWith(`${stem}.topo-`) && f.endsWith('.json'));
    if (file === undefined) throw new Error(`bench: no boundary file ${stem} in the built SPA`);
    const body = readFileSync(join(assets, file));
    return { page, file, bytes: body.length, gzip: gzipSync(body).length, brotli: brotliCompressSync(body).length };
  });
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

/**
 * Gzipped sizes of the built SPA: all JS, all CSS, and the first load of each public screen
 * (the entry chunk and what it imports, the route chunk and what it imports, the CSS: linked
 * style sheets and the one index.html carries inline).
 */
export function measureWeb(distDir: string): WebSizes {
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
    const chunks = staticClosure(assets, route, staticClosure(assets, entry));
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
    maps: measureMapFiles(assets, files),
  };
}
