import { createCaller, createContextInner } from '@switchoff/api';
import { openDataFile, resolveLicence } from '@switchoff/api/server';
import type { Db } from '@switchoff/db';

/** The public procedures the screens call, in-process through createCaller, as a visitor without login; and an open-data file. */
export function createApiCalls(db: Db, today: string) {
  const licence = resolveLicence(null);
  const caller = createCaller(createContextInner({ db, today: () => today }));
  // Each procedure looked up once, as the server's public reads do (publicReads).
  const { overview } = caller.comuni;
  const { get } = caller.services;
  const { roadmap } = caller.milestones;
  const { portfolio } = caller.consortia;
  const { summary } = caller.national;
  const italy = caller.italy;
  return {
    overview: (p: { istat: string }) => overview({ istat: p.istat }),
    service: (p: { istat: string; slug: string }) => get({ istat: p.istat, slug: p.slug }),
    roadmap: (p: { istat: string }) => roadmap({ istat: p.istat }),
    portfolio: (p: { slug: string }) => portfolio({ slug: p.slug }),
    national: () => summary(),
    search: (p: { q: string }) => italy.search({ q: p.q }),
    comuneNational: (p: { istat: string }) => italy.comune({ istat: p.istat }),
    mapItaly: () => italy.regions(),
    mapRegion: (p: { code: string }) => italy.region({ code: p.code }),
    mapProvince: (p: { code: string }) => italy.province({ code: p.code }),
    /** What GET /opendata/comuni/:istat/dati-mensili.csv sends (the body, its ETag), without HTTP. */
    csv: (p: { istat: string }) =>
      openDataFile(db, { target: { istat: p.istat }, file: 'dati-mensili.csv', today, licence }),
  };
}

/** A field of an answer by path, without trusting its type: the check of "same numbers" reads through it. */
export function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
