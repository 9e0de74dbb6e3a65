// Bundles the server into dist/ so `node dist/main.js` runs without a TypeScript loader.
// better-sqlite3 stays external: it is a native addon loaded from node_modules.
import { build } from 'esbuild';

await build({
  // The CLI is bundled too, so an installation without tsx can run `node dist/cli.js`.
  entryPoints: ['src/main.ts', 'src/cli.ts'],
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external: ['better-sqlite3'],
  // CommonJS dependencies (express) call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
