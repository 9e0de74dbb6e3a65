export {
  type ComuneNational,
  getComuneNational,
  type MergedComune,
  type NationalApplication,
  type TrackedComune,
} from './comune-national';
export { PADIGITALE_COLUMNS, type PadigitaleFile, parsePadigitaleCsv, readPadigitaleFile } from './padigitale-csv';
export { importPadigitale, type PadigitaleImportResult, readSnapshotFiles, withSnapshot } from './padigitale-import';
export type { PadigitalePlan, SnapshotFile } from './padigitale-plan';
export { type SearchHit, searchComuni } from './reads';
export { readCeased, readRegistry, readRenames } from './registry';
export type { RegistryEntry } from './registry-build';
export {
  describeRegistryChanges,
  ensureRegistry,
  isUnchanged,
  type RegistryChanges,
  updateRegistry,
} from './registry-sync';
export { dataFolder, PADIGITALE_SNAPSHOT, snapshotFiles } from './snapshot';
export { loadShippedNational } from './snapshot-load';
