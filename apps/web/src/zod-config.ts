import { config } from 'zod';

// Zod compiles object parsers with `new Function` unless told not to, and probes for it even
// when the page's Content-Security-Policy (script-src 'self', no 'unsafe-eval') forbids it: the
// probe is caught, but Chromium still reports a CSP violation (Lighthouse best practices,
// "Issues"). Imported first by main.tsx, before any schema is built.
config({ jitless: true });
