// Times `import padigitale2026` on the shipped 1.3.1 file (11,857 rows, 11,587 of comuni) into a
// fresh database holding the registry: read and check, plan, commit; then the same file again
// (nothing to write). pnpm --filter @switchoff/db time-import [--runs N]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '../src/client';
import { importPadigitale, readSnapshotFiles } from '../src/national/padigitale-import';
import { ensureRegistry } from '../src/national/registry-sync';
import { snapshotFiles } from '../src/national/snapshot';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const file = snapshotFiles().find((f) => f.path.includes('_131'));
if (!file) throw new Error('the shipped 1.3.1 file is missing');
const ms = (from: number) => `${(performance.now() - from).toFixed(0)} ms`;

for (let run = 1; run <= runs; run += 1) {
  const dir = mkdtempSync(join(tmpdir(), 'switchoff-import-'));
  const db = createDb(join(dir, 'time.db'));
  ensureRegistry(db);
  const start = performance.now();
  const files = readSnapshotFiles([file]);
  const read = ms(start);
  const { plan } = importPadigitale(db, { files, dryRun: false, actor: 'time' });
  const total = ms(start);
  const again = performance.now();
  importPadigitale(db, { files: readSnapshotFiles([file]), dryRun: false, actor: 'time' });
  console.log(
    `run ${run}: ${plan.matched} comune rows (${plan.create.length} applications) imported in ${total} (read ${read}); the same file again: ${ms(again)}`,
  );
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
}
