import { type Db, prepared } from '@switchoff/db';

type Filter = { consortium: string | null; name: string | null; istat: string | null; limit: number };
type Row = {
  istat: string;
  name: string;
  provinceCode: string;
  region: string;
  population: number;
  consortiumSlug: string;
  consortiumName: string;
  total: number;
};

const comuniMatching = prepared<[Filter], Row>(
  `SELECT c.istat_code AS istat, c.name, c.province_code AS provinceCode, c.region, c.population,
    k.slug AS consortiumSlug, k.name AS consortiumName, count(*) OVER () AS total
  FROM comuni c JOIN consortia k ON k.id = c.consortium_id
  WHERE (@consortium IS NULL OR k.slug = @consortium)
    AND (@name IS NULL OR c.name LIKE @name ESCAPE '\\' OR c.istat_code LIKE @istat ESCAPE '\\')
  ORDER BY c.name, c.istat_code LIMIT @limit`,
);

/** `%`, `_` and the escape itself, taken literally by LIKE. */
const literal = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * A light list of comuni for finding one (the home page, a search box): public fields only,
 * by name, at most `limit`, with how many match in all. `search` matches a part of the name
 * (case does not matter for unaccented letters) or the start of the ISTAT code.
 */
export function listComuni(
  db: Db,
  params: { consortium?: string | undefined; search?: string | undefined; limit: number },
) {
  const search = params.search?.trim() ?? '';
  const rows = comuniMatching.all(db, {
    consortium: params.consortium ?? null,
    name: search === '' ? null : `%${literal(search)}%`,
    istat: search === '' ? null : `${literal(search)}%`,
    limit: params.limit,
  });
  return {
    total: rows[0]?.total ?? 0,
    comuni: rows.map((r) => ({
      istat: r.istat,
      name: r.name,
      provinceCode: r.provinceCode,
      region: r.region,
      population: r.population,
      consortium: { slug: r.consortiumSlug, name: r.consortiumName },
    })),
  };
}
