import type { Client } from './sql/common';
import { seededRandom } from './stats';

export type Targets = {
  comuni: string[];
  services: Array<{ istat: string; slug: string }>;
  /** Consortia of exactly 50 comuni, for the portfolio. */
  consortia: string[];
};

/** `count` comuni and public services drawn at random (seeded), and every 50-comune consortium. */
export function pickTargets(client: Client, count: number): Targets {
  const random = seededRandom(20_260_101);
  const codes = client.prepare('SELECT istat_code FROM comuni ORDER BY istat_code').pluck().all() as string[];
  const publicServices = client
    .prepare(`SELECT s.slug FROM services s JOIN comuni c ON c.id = s.comune_id
    WHERE c.istat_code = ? AND s.visibility = 'public' ORDER BY s.slug`)
    .pluck();
  const comuni: string[] = [];
  const services: Targets['services'] = [];
  for (let i = 0; i < count && codes.length > 0; i += 1) {
    const istat = codes[Math.floor(random() * codes.length)] ?? '';
    comuni.push(istat);
    const slugs = publicServices.all(istat) as string[];
    const slug = slugs[Math.floor(random() * slugs.length)];
    if (slug !== undefined) services.push({ istat, slug });
  }
  const consortia = client
    .prepare(`SELECT k.slug FROM consortia k JOIN comuni c ON c.consortium_id = k.id
      GROUP BY k.id HAVING count(*) = 50 ORDER BY k.slug`)
    .pluck()
    .all() as string[];
  if (consortia.length === 0) throw new Error('bench: the database holds no consortium of exactly 50 comuni');
  return { comuni, services, consortia };
}
