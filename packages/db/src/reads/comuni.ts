import { bool, prepared, preparedTuples } from '../prepared';
import { columnsSql, tupleToRow } from '../rows/tuple-rows';
import { comuni, type consortia } from '../schema';

/*
 * Comuni and consortia, looked up by every screen of a comune. Raw SQL prepared once, comuni
 * read as tuples and built as literals: the driver's object per row cost up to half of a read
 * (BENCHMARKS.md, "Prepared statements, rows as tuples"), and a portfolio reads 50 of them.
 */

type ComuneRow = typeof comuni.$inferSelect;
type ConsortiumRow = typeof consortia.$inferSelect;

/** The columns of a comune's read, in the order of ComuneTuple. */
const COMUNE_MAP = {
  id: comuni.id,
  istatCode: comuni.istatCode,
  name: comuni.name,
  provinceCode: comuni.provinceCode,
  region: comuni.region,
  population: comuni.population,
  consortiumId: comuni.consortiumId,
  ipaCode: comuni.ipaCode,
  takeUpTarget: comuni.takeUpTarget,
  assistedDesk: comuni.assistedDesk,
  figuresIllustrative: comuni.figuresIllustrative,
  internalNote: comuni.internalNote,
  version: comuni.version,
  createdAt: comuni.createdAt,
  updatedAt: comuni.updatedAt,
  archivedAt: comuni.archivedAt,
};
const COMUNE_COLUMNS = columnsSql(COMUNE_MAP, 'c');

/** A comune read as a tuple, in COMUNE_COLUMNS order. */
export type ComuneTuple = [
  id: number,
  istatCode: string,
  name: string,
  provinceCode: string,
  region: string,
  population: number,
  consortiumId: number,
  ipaCode: string,
  takeUpTarget: number,
  assistedDesk: string | null,
  figuresIllustrative: number,
  internalNote: string | null,
  version: number,
  createdAt: string,
  updatedAt: string,
  archivedAt: string | null,
];

/**
 * A comune row as drizzle would give it (booleans as booleans), from the tuple of COMUNE_COLUMNS
 * (and any columns after them): a literal costs a fraction of the driver's object per row.
 */
export const comuneRow: (tuple: readonly unknown[]) => ComuneRow = tupleToRow<ComuneRow>(COMUNE_MAP);

/** A comune with its consortium's slug and name, by ISTAT code. */
export const comuneByIstat = preparedTuples<[string], [...ComuneTuple, consortiumSlug: string, consortiumName: string]>(
  `SELECT ${COMUNE_COLUMNS}, k.slug, k.name FROM comuni c JOIN consortia k ON k.id = c.consortium_id WHERE c.istat_code = ?`,
);

/** The comuni of a consortium, by name; archived ones are left out. */
export const comuniOfConsortium = preparedTuples<[number], ComuneTuple>(
  `SELECT ${COMUNE_COLUMNS} FROM comuni c WHERE c.consortium_id = ? AND c.archived_at IS NULL ORDER BY c.name`,
);

/** A consortium as stored, `demo` as SQLite's 0 or 1 (`consortiumRow` makes it a boolean). */
type ConsortiumRaw = Omit<ConsortiumRow, 'demo'> & { demo: number };

const CONSORTIUM_COLUMNS = `id, slug, name, ipa_code AS ipaCode, city, website, contact_email AS contactEmail, telephone, description, demo, version, created_at AS createdAt FROM consortia`;

/** A consortium by id. */
export const consortiumById = prepared<[number], ConsortiumRaw>(`SELECT ${CONSORTIUM_COLUMNS} WHERE id = ?`);

/** A consortium by slug. */
export const consortiumBySlug = prepared<[string], ConsortiumRaw>(`SELECT ${CONSORTIUM_COLUMNS} WHERE slug = ?`);

/** A consortium row as drizzle would give it (`demo` a boolean). */
export function consortiumRow(row: ConsortiumRaw): ConsortiumRow {
  return { ...row, demo: bool(row.demo) };
}

/** What comuniMatching filters on: null leaves a filter out; `name` and `istat` are LIKE patterns. */
export type ComuniFilter = { consortium: string | null; name: string | null; istat: string | null; limit: number };
/** A comune as a search lists it, with `total`, how many match in all. */
export type ComuniMatch = {
  istat: string;
  name: string;
  provinceCode: string;
  region: string;
  population: number;
  consortiumSlug: string;
  consortiumName: string;
  total: number;
};

/** Comuni by consortium and part of name or start of ISTAT code, with how many match in all. */
export const comuniMatching = prepared<[ComuniFilter], ComuniMatch>(
  `SELECT c.istat_code AS istat, c.name, c.province_code AS provinceCode, c.region, c.population,
    k.slug AS consortiumSlug, k.name AS consortiumName, count(*) OVER () AS total
  FROM comuni c JOIN consortia k ON k.id = c.consortium_id
  WHERE (@consortium IS NULL OR k.slug = @consortium) AND c.archived_at IS NULL
    AND (@name IS NULL OR c.name LIKE @name ESCAPE '\\' OR c.istat_code LIKE @istat ESCAPE '\\')
  ORDER BY c.name, c.istat_code LIMIT @limit`,
);

/** Every consortium with how many comuni it holds (archived ones aside), by name. */
export const consortiaWithComuni = prepared<[], { slug: string; name: string; city: string; comuni: number }>(
  `SELECT k.slug, k.name, k.city, count(c.id) AS comuni FROM consortia k
  LEFT JOIN comuni c ON c.consortium_id = k.id AND c.archived_at IS NULL
  GROUP BY k.id ORDER BY k.name`,
);

/** How many comuni of each consortium the home page names; the portfolio lists them all. */
export const HOME_COMUNI_SHOWN = 12;

/**
 * The first comuni of every consortium by name (archived ones aside), at most
 * HOME_COMUNI_SHOWN each: one statement for the home page, whatever the number of consortia.
 */
export const firstComuniOfConsortia = prepared<[], { slug: string; istat: string; name: string }>(
  `SELECT slug, istat, name FROM (
    SELECT k.slug, c.istat_code AS istat, c.name,
      row_number() OVER (PARTITION BY c.consortium_id ORDER BY c.name, c.istat_code) AS rank
    FROM comuni c JOIN consortia k ON k.id = c.consortium_id WHERE c.archived_at IS NULL
  ) WHERE rank <= ${HOME_COMUNI_SHOWN} ORDER BY slug, rank`,
);
