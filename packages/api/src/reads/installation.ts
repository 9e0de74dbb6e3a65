import { type Db, schema } from '@switchoff/db';
import { asc, eq } from 'drizzle-orm';
import type { ComuneRow, ConsortiumRow } from './lookup';

const { comuni, consortia } = schema;

/** A consortium as its administration shows it. */
export type ConsortiumItem = Omit<ConsortiumRow, 'createdAt'>;

export const consortiumItem = ({ createdAt: _createdAt, ...rest }: ConsortiumRow): ConsortiumItem => rest;

/** Every consortium (the operator's admins), or the admin's own. */
export function listConsortiaFor(db: Db, params: { consortiumId: number; operator: boolean }): ConsortiumItem[] {
  const query = db.select().from(consortia);
  const rows = params.operator
    ? query.orderBy(asc(consortia.name)).all()
    : query.where(eq(consortia.id, params.consortiumId)).all();
  return rows.map(consortiumItem);
}

/** A comune as the administration lists it (archived ones too). */
export type AdminComuneItem = {
  istat: string;
  name: string;
  provinceCode: string;
  region: string;
  population: number;
  ipaCode: string;
  archivedAt: string | null;
  version: number;
};

export const adminComuneItem = (row: ComuneRow): AdminComuneItem => ({
  istat: row.istatCode,
  name: row.name,
  provinceCode: row.provinceCode,
  region: row.region,
  population: row.population,
  ipaCode: row.ipaCode,
  archivedAt: row.archivedAt,
  version: row.version,
});

/** Every comune of a consortium, archived ones included, by name. */
export function listConsortiumComuni(db: Db, consortiumId: number): AdminComuneItem[] {
  return db
    .select()
    .from(comuni)
    .where(eq(comuni.consortiumId, consortiumId))
    .orderBy(comuni.name)
    .all()
    .map(adminComuneItem);
}
