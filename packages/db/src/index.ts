export { createDb, type Db, migrationsFolder } from './client';
export { isDatabaseEmpty } from './empty';
export * as schema from './schema';
