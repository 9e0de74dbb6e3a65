export { createDb, type Db, migrationsFolder } from './client';
export * as schema from './schema';
export { isDatabaseEmpty } from './empty';
