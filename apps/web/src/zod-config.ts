// Zod compiles object parsers with `new Function` unless told not to, and probes for it even
// when the page's Content-Security-Policy (script-src 'self', no 'unsafe-eval') forbids it: the
// probe is caught, but Chromium still reports a CSP violation (Lighthouse best practices,
// "Issues"). Imported first by main.tsx, before any schema is built. Zod keeps its settings on
// globalThis.__zod_globalConfig (what `z.config()` writes), so setting it here keeps zod itself
// out of the first load; zod-config.test.ts checks that zod reads it.
type ZodSettings = { jitless?: boolean };
const holder = globalThis as typeof globalThis & { __zod_globalConfig?: ZodSettings };
holder.__zod_globalConfig ??= {};
holder.__zod_globalConfig.jitless = true;

export {};
