import { schema, type Tx } from '@switchoff/db';
import { createsDependencyCycle, token } from '@switchoff/domain';
import { type MilestoneCsvRow, milestoneCode } from '@switchoff/domain/formats';
import { inArray } from 'drizzle-orm';
import { loadDependencies } from '../reads/milestones';
import type { MilestoneRow } from '../writes/milestones';
import type { ImportIssue } from './csv-read';
import { type ComuneRef, chunks } from './plan';

const { milestones } = schema;

/** A comune's milestones by code (`id-<id>` for those without one), with their dependencies. */
export type Existing = {
  rows: Map<string, MilestoneRow>;
  dependsOn: Map<number, number[]>;
  codeOf: Map<number, string>;
};

/** The milestones of the given comuni, by comune. */
export function loadExisting(tx: Tx, comuneIds: readonly number[]): Map<number, Existing> {
  const byComune = new Map<number, Existing>();
  for (const id of comuneIds) byComune.set(id, { rows: new Map(), dependsOn: new Map(), codeOf: new Map() });
  for (const ids of chunks(comuneIds)) {
    const rows = tx.select().from(milestones).where(inArray(milestones.comuneId, ids)).all();
    const edges = new Map<number, number[]>();
    for (const e of loadDependencies(
      tx,
      rows.map((r) => r.id),
    ))
      edges.set(e.milestoneId, [...(edges.get(e.milestoneId) ?? []), e.dependsOnId]);
    for (const row of rows) {
      const existing = byComune.get(row.comuneId);
      if (!existing) continue;
      existing.rows.set(milestoneCode(row), row);
      existing.codeOf.set(row.id, milestoneCode(row));
      existing.dependsOn.set(row.id, edges.get(row.id) ?? []);
    }
  }
  return byComune;
}

/**
 * Checks the dependencies a file gives: codes of milestones of the same comune (existing or
 * added by the file), closing no cycle once the file is applied. Refusals go to `issues`;
 * returns the lines refused.
 */
export function checkDependencies(
  read: readonly { line: number; comune: ComuneRef; row: MilestoneCsvRow }[],
  existing: Map<number, Existing>,
  issues: ImportIssue[],
): Set<number> {
  const inFile = new Map<number, Set<string>>();
  for (const r of read) inFile.set(r.comune.id, (inFile.get(r.comune.id) ?? new Set()).add(r.row.code));
  const refused = new Set<number>();
  // Milestones the file adds get negative ids, so one graph holds old and new ones.
  const tempIds = new Map<string, number>();
  const idOf = (comuneId: number, code: string): number | undefined => {
    const row = existing.get(comuneId)?.rows.get(code);
    if (row) return row.id;
    if (!inFile.get(comuneId)?.has(code)) return undefined;
    const key = `${comuneId}:${code}`;
    if (!tempIds.has(key)) tempIds.set(key, -(tempIds.size + 1));
    return tempIds.get(key);
  };
  for (const r of read) {
    const unknown = (r.row.dependsOn ?? []).filter((code) => idOf(r.comune.id, code) === undefined);
    if (unknown.length > 0) {
      issues.push({
        line: r.line,
        column: 'dipende_da',
        value: r.row.dependsOn?.join(' ') ?? null,
        message: token('milestone.notFoundMany', { comune: r.comune.name, milestones: unknown.join(', ') }),
      });
      refused.add(r.line);
    }
  }
  for (const comuneId of new Set(read.map((r) => r.comune.id))) {
    const mine = read.filter((r) => r.comune.id === comuneId && !refused.has(r.line));
    const graph = new Map<number, number[]>(existing.get(comuneId)?.dependsOn ?? []);
    for (const r of mine) {
      const id = idOf(comuneId, r.row.code) ?? 0;
      if (r.row.dependsOn)
        graph.set(
          id,
          r.row.dependsOn.map((c) => idOf(comuneId, c) ?? 0),
        );
      else if (!graph.has(id)) graph.set(id, []);
    }
    const list = [...graph].map(([id, dependsOn]) => ({ id, dependsOn }));
    for (const r of mine) {
      const id = idOf(comuneId, r.row.code) ?? 0;
      if (r.row.dependsOn && createsDependencyCycle(list, id, graph.get(id) ?? [])) {
        issues.push({
          line: r.line,
          column: 'dipende_da',
          value: r.row.dependsOn.join(' '),
          message: token('milestone.cycle'),
        });
        refused.add(r.line);
      }
    }
  }
  return refused;
}
