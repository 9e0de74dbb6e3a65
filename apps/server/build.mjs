// Bundles the server into dist/ so `node dist/main.js` runs without a TypeScript loader.
// better-sqlite3 stays external: it is a native addon loaded from node_modules.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// `node build.mjs [folder]`: dist/ by default; the bench builds its own copy elsewhere, so a
// server running from dist/ is never rebuilt under its feet.
const outdir = process.argv[2] ?? 'dist';
// Chunk names carry hashes: start from an empty folder so old ones do not pile up.
rmSync(outdir, { recursive: true, force: true });

await build({
  // The CLI is bundled too, so an installation without tsx can run `node dist/cli.js`; the job
  // worker is the file of the threads imports run in (job-threads.ts).
  entryPoints: ['src/main.ts', 'src/cli.ts', 'src/job-worker.ts'],
  outdir,
  bundle: true,
  // Shared code in chunks, and what main.ts imports dynamically (the demo seed, with its list of
  // every comune) in its own: the server's workers never load it.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external: ['better-sqlite3'],
  // CommonJS dependencies (express) call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  // The bundle is what `pnpm start` runs: production mode whatever the environment says (Express's
  // error pages, tRPC's errors without stacks); development mode is `pnpm dev` (tsx, unbundled).
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
