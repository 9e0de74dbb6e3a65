import type { Db } from '@switchoff/db';
import { comuniMatching } from '@switchoff/db/reads/comuni';

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
