export { countChanges, setBusyTimeout } from './busy';
export { BUSY_TIMEOUT_MS, createDb, type Db, migrationsFolder } from './client';
export { readDataVersion } from './data-version';
export { isDatabaseEmpty } from './empty';
export { checkDatabase } from './health';
export {
  decideInstallation,
  demoRefusal,
  holdsDemo,
  holdsRealData,
  type InstallationMode,
  installationMode,
} from './installation';
export { bool, idList, type Prepared, prepared, preparedTuples } from './prepared';
export * as schema from './schema';
export { inReadTransaction, type RunResult, type Tx, writeTransaction } from './transaction';
