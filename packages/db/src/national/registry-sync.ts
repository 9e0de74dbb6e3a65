import { searchKey } from '@switchoff/domain';
import { count } from 'drizzle-orm';
import type { Db } from '../client';
import { registryComuni } from '../schema';
import { type Tx, writeTransaction } from '../transaction';
import { insertAudit } from '../writes/audit';
import { forgetSearchIndex } from './reads';
import { readCeased, readRegistry } from './registry';
import type { RegistryEntry } from './registry-build';

/** What bringing a database's registry up to the shipped one changed; empty lists when nothing. */
export type RegistryChanges = {
  /** Comuni the shipped registry has and the database had not (a successor, a new code). */
  added: { istat: string; name: string }[];
  /** Comuni whose name, province, population, IPA or former code changed, with the fields. */
  updated: { istat: string; name: string; fields: string[] }[];
  /** Codes gone from the registry (ceased, or renumbered), their PNRR applications moved to the comune that took them over. */
  replaced: { istat: string; name: string; by: string; applications: number }[];
  /** Codes in the database that the shipped registry neither has nor knows a successor of: kept as they are. */
  kept: { istat: string; name: string }[];
  /** Tracked comuni (`comuni`) still named as the registry named them before, given the current name. */
  trackedRenamed: { istat: string; from: string; to: string }[];
};

const FIELDS = [
  ['name', 'name'],
  ['provinceCode', 'province_code'],
  ['provinceIstat', 'province_istat'],
  ['provinceName', 'province_name'],
  ['regionCode', 'region_code'],
  ['regionName', 'region_name'],
  ['population', 'population'],
  ['ipaCode', 'ipa_code'],
  ['formerIstat', 'former_istat'],
] as const satisfies readonly (readonly [keyof RegistryEntry, string])[];

/** SQLite's clock as the timestamp columns hold it (schema/columns.ts). */
const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";

const COLUMNS = `istat_code AS istatCode, name, province_code AS provinceCode, province_istat AS provinceIstat,
  province_name AS provinceName, region_code AS regionCode, region_name AS regionName, population,
  ipa_code AS ipaCode, former_istat AS formerIstat`;

/** Whether nothing changed (codes kept as they were are no change). */
export function isUnchanged(changes: RegistryChanges): boolean {
  const { kept: _, ...changed } = changes;
  return Object.values(changed).every((list) => list.length === 0);
}

function values(e: RegistryEntry) {
  return { ...e, searchKey: searchKey(e.name) };
}

/**
 * Moves a gone code's PNRR applications to the comune that took it over. An application the
 * successor already has (same measure, call and project) is the same one seen twice, as an
 * import keeps one of two such rows: the ceased code's copy goes, with its states.
 */
function moveApplications(tx: Tx, from: string, to: string): number {
  const client = tx.$client;
  const duplicate = `SELECT a.id FROM pnrr_applications a WHERE a.istat_code = @from AND EXISTS (SELECT 1 FROM
    pnrr_applications b WHERE b.istat_code = @to AND b.measure = a.measure AND b.call = a.call AND b.project_key = a.project_key)`;
  client.prepare(`DELETE FROM pnrr_application_states WHERE application_id IN (${duplicate})`).run({ from, to });
  client.prepare(`DELETE FROM pnrr_applications WHERE id IN (${duplicate})`).run({ from, to });
  return client
    .prepare(`UPDATE pnrr_applications SET istat_code = @to, updated_at = ${NOW} WHERE istat_code = @from`)
    .run({ from, to }).changes;
}

/**
 * Brings a loaded registry up to the shipped one (names, codes, ceased comuni, successors,
 * populations), inside the caller's transaction, and says what changed; a second run changes
 * nothing. Consortia's data stay as they are: only the name of a tracked comune that is still the
 * registry's former name for it becomes the current one (audited), since it was copied from there.
 */
export function syncRegistry(tx: Tx): RegistryChanges {
  const client = tx.$client;
  const changes: RegistryChanges = { added: [], updated: [], replaced: [], kept: [], trackedRenamed: [] };
  const shipped = new Map(readRegistry().map((e) => [e.istatCode, e]));
  const stored = new Map(
    (client.prepare(`SELECT ${COLUMNS} FROM registry_comuni ORDER BY istat_code`).all() as RegistryEntry[]).map((e) => [
      e.istatCode,
      e,
    ]),
  );
  const insert = client.prepare(
    `INSERT INTO registry_comuni (istat_code, name, search_key, province_code, province_istat, province_name, region_code,
      region_name, population, ipa_code, former_istat) VALUES (@istatCode, @name, @searchKey, @provinceCode,
      @provinceIstat, @provinceName, @regionCode, @regionName, @population, @ipaCode, @formerIstat)`,
  );
  const update = client.prepare(
    `UPDATE registry_comuni SET name = @name, search_key = @searchKey, province_code = @provinceCode,
      province_istat = @provinceIstat, province_name = @provinceName, region_code = @regionCode,
      region_name = @regionName, population = @population, ipa_code = @ipaCode, former_istat = @formerIstat
    WHERE istat_code = @istatCode`,
  );
  const renamedFrom = new Map<string, string>();
  for (const entry of shipped.values()) {
    const before = stored.get(entry.istatCode);
    if (before === undefined) {
      insert.run(values(entry));
      changes.added.push({ istat: entry.istatCode, name: entry.name });
      continue;
    }
    const fields = FIELDS.filter(([key]) => before[key] !== entry[key]).map(([, column]) => column);
    if (fields.length === 0) continue;
    update.run(values(entry));
    changes.updated.push({ istat: entry.istatCode, name: entry.name, fields });
    if (before.name !== entry.name) renamedFrom.set(entry.istatCode, before.name);
  }
  const successors = new Map(readCeased().map((c) => [c.istatCode, c.successorIstat]));
  const renumbered = new Map(
    [...shipped.values()].flatMap((e) => (e.formerIstat === null ? [] : [[e.formerIstat, e.istatCode] as const])),
  );
  for (const gone of stored.values()) {
    if (shipped.has(gone.istatCode)) continue;
    const by = renumbered.get(gone.istatCode) ?? successors.get(gone.istatCode);
    if (by === undefined || !shipped.has(by)) {
      changes.kept.push({ istat: gone.istatCode, name: gone.name });
      continue;
    }
    const applications = moveApplications(tx, gone.istatCode, by);
    client.prepare('DELETE FROM registry_comuni WHERE istat_code = ?').run(gone.istatCode);
    changes.replaced.push({ istat: gone.istatCode, name: gone.name, by, applications });
  }
  renameTracked(tx, renamedFrom, changes);
  forgetSearchIndex(tx);
  return changes;
}

/** Tracked comuni still named as the registry named them before its rename take the current name. */
function renameTracked(tx: Tx, renamedFrom: ReadonlyMap<string, string>, changes: RegistryChanges): void {
  const client = tx.$client;
  const find = client.prepare('SELECT id, name FROM comuni WHERE istat_code = ?');
  const rename = client.prepare(`UPDATE comuni SET name = ?, version = version + 1, updated_at = ${NOW} WHERE id = ?`);
  for (const [istat, from] of renamedFrom) {
    const tracked = find.get(istat) as { id: number; name: string } | undefined;
    const to = readRegistry().find((e) => e.istatCode === istat)?.name;
    if (tracked === undefined || to === undefined || tracked.name !== from) continue;
    rename.run(to, tracked.id);
    insertAudit.run(tx, {
      userId: null,
      actor: 'registry',
      action: 'update',
      entity: 'comuni',
      entityId: tracked.id,
      comuneId: tracked.id,
      before: JSON.stringify({ name: from }),
      after: JSON.stringify({ name: to }),
    });
    changes.trackedRenamed.push({ istat, from, to });
  }
}

/** One line per change, for the server's start and the command line. */
export function describeRegistryChanges(changes: RegistryChanges): string[] {
  const name = (c: { istat: string; name: string }) => `${c.name} (${c.istat})`;
  return [
    isUnchanged(changes)
      ? 'Registry of comuni: up to date with the shipped one'
      : `Registry of comuni brought up to the shipped one: ${changes.added.length} added, ${changes.updated.length} updated, ${changes.replaced.length} ceased or renumbered`,
    ...changes.added.map((c) => `  added ${name(c)}`),
    ...changes.updated.map((c) => `  updated ${name(c)}: ${c.fields.join(', ')}`),
    ...changes.replaced.map(
      (c) => `  ${name(c)} now ${c.by}: ${c.applications} PNRR applications moved, its code taken out of the registry`,
    ),
    ...changes.kept.map((c) => `  kept ${name(c)}: not in the shipped registry, and no successor known`),
    ...changes.trackedRenamed.map((c) => `  tracked comune ${c.istat} renamed ${c.from} → ${c.to}`),
  ];
}

/**
 * The shipped registry in this database: loaded into an empty `registry_comuni` (the demo, the
 * generator, an import into a database that has none yet), or a registry loaded before brought
 * up to it (registry-sync.ts) in the same immediate transaction, so two processes starting at
 * once take turns and the second finds nothing to do. Returns the comuni and what changed.
 */
export function updateRegistry(db: Db): { comuni: number; changes: RegistryChanges | null } {
  return writeTransaction(db, (tx) => {
    const present = tx.select({ n: count() }).from(registryComuni).get()?.n ?? 0;
    if (present > 0) {
      const changes = syncRegistry(tx);
      const comuni = tx.select({ n: count() }).from(registryComuni).get()?.n ?? 0;
      return { comuni, changes };
    }
    const insert = tx.$client.prepare(
      `INSERT INTO registry_comuni (istat_code, name, search_key, province_code, province_istat, province_name,
        region_code, region_name, population, ipa_code, former_istat) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const entries = readRegistry();
    for (const e of entries) {
      insert.run(
        e.istatCode,
        e.name,
        searchKey(e.name),
        e.provinceCode,
        e.provinceIstat,
        e.provinceName,
        e.regionCode,
        e.regionName,
        e.population,
        e.ipaCode,
        e.formerIstat,
      );
    }
    return { comuni: entries.length, changes: null };
  });
}

/** The shipped registry in this database (updateRegistry): the number of comuni it holds. */
export function ensureRegistry(db: Db): number {
  return updateRegistry(db).comuni;
}
