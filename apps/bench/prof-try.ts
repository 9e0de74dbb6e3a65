import { createDb } from '@switchoff/db';
import { createApiCalls } from './src/api';
import { pickTargets } from './src/targets';
const db = createDb('/work/main/.bench/national.db');
const t = pickTargets(db.$client, 200);
const api = createApiCalls(db, '2026-11-27');
const which = process.argv[2] ?? 'overview';
const t0 = performance.now();
for (let r = 0; r < 3; r++) for (const [i, istat] of t.comuni.entries()) {
  if (which === 'overview') await api.overview({ istat });
  else if (which === 'portfolio') { if (i < 20) await api.portfolio({ slug: t.consortia[i % t.consortia.length]! }); }
  else await api.service(t.services[i]!);
}
console.log(which, performance.now() - t0);
