import type { Request as CannonRequest } from 'autocannon';
import Database from 'better-sqlite3';
import type { Client } from './sql/common';
import { seededRandom } from './stats';

const query = (procedure: string, input: object) =>
  `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;

/** Public reads drawn one at a time: each call a new address. */
export type ReadMix = { next: () => string };

/**
 * Visitors' public reads over every comune of the database, as a national installation gets
 * them: a comune drawn in proportion to its population (residents read their own comune), then
 * its overview, one of its public services' pages or its roadmap, a third each. Drawn at every
 * request (autocannon's `setupRequest`), so no two connections walk the same list and no answer
 * is asked for more often than its comune's share says: a cache of answers hits here as often as
 * such visitors would make it (session 16 measured one: BENCHMARKS.md). `read-cpu --mix national`.
 */
export function nationalReadMix(client: Client, seed = 20_261_207): ReadMix {
  const comuni = client
    .prepare('SELECT id, istat_code AS istat, population FROM comuni WHERE population > 0 ORDER BY id')
    .all() as Array<{ id: number; istat: string; population: number }>;
  const slugs = new Map<number, string[]>();
  const services = client
    .prepare(`SELECT comune_id AS comuneId, slug FROM services WHERE visibility = 'public' ORDER BY comune_id, slug`)
    .all() as Array<{ comuneId: number; slug: string }>;
  for (const { comuneId, slug } of services) {
    const list = slugs.get(comuneId);
    if (list === undefined) slugs.set(comuneId, [slug]);
    else list.push(slug);
  }
  // Residents so far, comune by comune: a draw in [0, total) falls in one comune's span.
  const upTo: number[] = [];
  let total = 0;
  for (const comune of comuni) {
    total += comune.population;
    upTo.push(total);
  }
  if (total === 0) throw new Error('bench: no comune with a population to draw readers from');
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
  return {
    next: () => {
      const resident = random() * total;
      let low = 0;
      let high = upTo.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((upTo[middle] ?? 0) > resident) high = middle;
        else low = middle + 1;
      }
      const comune = comuni[low] ?? comuni[0];
      if (comune === undefined) throw new Error('bench: no comune');
      const kind = random();
      const slug = pick(slugs.get(comune.id) ?? []);
      if (kind < 1 / 3 || (kind < 2 / 3 && slug === undefined))
        return query('comuni.overview', { istat: comune.istat });
      if (kind < 2 / 3) return query('services.get', { istat: comune.istat, slug });
      return query('milestones.roadmap', { istat: comune.istat });
    },
  };
}

/** autocannon's requests for a mix: each request a new draw. */
export function mixRequests(mix: ReadMix): CannonRequest[] {
  return [{ method: 'GET', path: mix.next(), setupRequest: (request) => ({ ...request, path: mix.next() }) }];
}

/**
 * The same visitors revalidating what they have: `count` addresses drawn from the mix (an
 * address drawn twice is asked twice as often), each with the ETag of its answer now
 * (If-None-Match), one drawn at every request.
 */
export async function revalidationRequests(url: string, mix: ReadMix, count: number): Promise<CannonRequest[]> {
  const paths = Array.from({ length: count }, () => mix.next());
  const etags = new Map<string, string | null>();
  // Ten at a time: thousands of fetches at once time out on a loaded machine.
  const distinct = [...new Set(paths)];
  for (let i = 0; i < distinct.length; i += 10) {
    await Promise.all(
      distinct.slice(i, i + 10).map(async (path) => {
        etags.set(path, (await fetch(`${url}${path}`)).headers.get('etag'));
      }),
    );
  }
  const asked = paths.flatMap((path) => {
    const etag = etags.get(path);
    return etag ? [{ method: 'GET' as const, path, headers: { 'if-none-match': etag } }] : [];
  });
  const random = seededRandom(count);
  const draw = () => asked[Math.floor(random() * asked.length)] ?? { method: 'GET' as const, path: '/' };
  return [{ ...draw(), setupRequest: () => draw() }];
}

/**
 * Staff at work while visitors read: from a connection of its own (as another server process or
 * the CLI), a monthly figure changed and committed every `everyMs` (one more online request,
 * then one fewer, so the database ends as it began), its roll-ups updated by their triggers.
 * Every commit moves the data's mark (readDataVersion), which a cache of answers must follow.
 */
export function startStaffWrites(dbPath: string, everyMs: number): { stop: () => number } {
  const db = new Database(dbPath);
  db.pragma('busy_timeout = 5000');
  const row = db.prepare('SELECT id FROM monthly_figures ORDER BY id LIMIT 1 OFFSET 1000').pluck().get() as number;
  const change = db.prepare('UPDATE monthly_figures SET online = online + ? WHERE id = ?');
  let writes = 0;
  const timer = setInterval(() => {
    change.run(writes % 2 === 0 ? 1 : -1, row);
    writes += 1;
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      if (writes % 2 === 1) change.run(-1, row);
      db.close();
      return writes;
    },
  };
}
