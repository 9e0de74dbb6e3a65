export { createDb, type Db, migrationsFolder } from './client';
export * as schema from './schema';
