import { type Db, schema } from '@switchoff/db';
import type { YearMonth } from '@switchoff/domain';
import {
  exportHeader,
  formatEuroComma,
  guardCsvCell,
  type ImportKind,
  milestoneCode,
  VISIBILITY_IT,
} from '@switchoff/domain/formats';
import { stringify } from 'csv-stringify/sync';
import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import type { DataScope } from '../reads/lookup';
import { loadDependencies } from '../reads/milestones';
import { chunks } from './plan';

const { milestones, monthlyFigures, services } = schema;

type Cell = string | number | null;

const italianCell = (c: Cell): string => (c === null ? '' : typeof c === 'number' ? String(c) : guardCsvCell(c));

/**
 * A CSV as Italian Excel opens it with a double click: ";" separator, UTF-8 with BOM, CRLF,
 * decimal comma; cells quoted only when they must be, text that starts like a formula guarded.
 */
export function toItalianCsv(header: readonly string[], rows: readonly Cell[][]): string {
  return stringify([[...header], ...rows.map((r) => r.map(italianCell))], {
    delimiter: ';',
    record_delimiter: '\r\n',
    bom: true,
  });
}

const KIND_FILE: Record<ImportKind, string> = { figures: 'dati-mensili', milestones: 'traguardi' };

const compare = (a: Cell | undefined, b: Cell | undefined) => String(a ?? '').localeCompare(String(b ?? ''));

function figuresRows(
  db: Db,
  scope: DataScope,
  months: { from?: YearMonth | undefined; to?: YearMonth | undefined },
): Cell[][] {
  const comuneById = new Map(scope.comuni.map((c) => [c.id, c]));
  const rows: Cell[][] = [];
  for (const ids of chunks(scope.comuni.map((c) => c.id))) {
    const found = db
      .select({ comuneId: services.comuneId, slug: services.slug, f: monthlyFigures })
      .from(services)
      .innerJoin(monthlyFigures, eq(monthlyFigures.serviceId, services.id))
      .where(
        and(
          inArray(services.comuneId, ids),
          months.from ? gte(monthlyFigures.month, months.from) : undefined,
          months.to ? lte(monthlyFigures.month, months.to) : undefined,
        ),
      )
      .all();
    for (const { comuneId, slug, f } of found) {
      const comune = comuneById.get(comuneId);
      rows.push([
        comune?.istatCode ?? '',
        comune?.name ?? '',
        slug,
        f.month,
        f.online,
        f.assisted,
        f.paper,
        f.paymentsTotal,
        f.paymentsPagopa,
        f.satisfaction1,
        f.satisfaction2,
        f.satisfaction3,
        f.satisfaction4,
        f.satisfaction5,
        f.costCents === null ? null : formatEuroComma(f.costCents),
      ]);
    }
  }
  return rows.sort((a, b) => compare(a[0], b[0]) || compare(a[2], b[2]) || compare(a[3], b[3]));
}

function milestoneRows(db: Db, scope: DataScope): Cell[][] {
  const comuneById = new Map(scope.comuni.map((c) => [c.id, c]));
  const rows: Cell[][] = [];
  for (const ids of chunks(scope.comuni.map((c) => c.id))) {
    const found = db
      .select({ m: milestones, slug: services.slug })
      .from(milestones)
      .leftJoin(services, eq(services.id, milestones.serviceId))
      .where(inArray(milestones.comuneId, ids))
      .all();
    const codeOf = new Map(found.map(({ m }) => [m.id, milestoneCode(m)]));
    const edges = new Map<number, number[]>();
    for (const e of loadDependencies(
      db,
      found.map(({ m }) => m.id),
    ))
      edges.set(e.milestoneId, [...(edges.get(e.milestoneId) ?? []), e.dependsOnId]);
    for (const { m, slug } of found) {
      const comune = comuneById.get(m.comuneId);
      const dependsOn = (edges.get(m.id) ?? []).map((id) => codeOf.get(id) ?? `id-${id}`).sort();
      rows.push([
        comune?.istatCode ?? '',
        comune?.name ?? '',
        milestoneCode(m),
        m.title,
        m.kind,
        slug,
        m.description,
        m.owner,
        m.baselineDate,
        m.plannedDate,
        m.actualDate,
        m.progress,
        VISIBILITY_IT[m.visibility],
        m.internalNote,
        dependsOn.join(' '),
      ]);
    }
  }
  return rows.sort((a, b) => compare(a[0], b[0]) || compare(a[9], b[9]) || compare(a[2], b[2]));
}

/**
 * A comune's or a consortium's monthly figures or milestones as the import reads them (internal
 * services and milestones included: only staff export), so export → import changes nothing.
 * Figures can be limited to months `from`..`to`, to split a big consortium into files import takes.
 */
export function exportCsv(
  db: Db,
  params: {
    kind: ImportKind;
    scope: DataScope;
    today: string;
    from?: YearMonth | undefined;
    to?: YearMonth | undefined;
  },
) {
  const { kind, scope } = params;
  const rows = kind === 'figures' ? figuresRows(db, scope, params) : milestoneRows(db, scope);
  const [only] = scope.comuni;
  const name = scope.kind === 'comune' && only ? only.istatCode : scope.consortium.slug;
  return {
    filename: `switchoff-${KIND_FILE[kind]}-${name}-${params.today}.csv`,
    contentType: 'text/csv; charset=utf-8',
    rows: rows.length,
    csv: toItalianCsv(exportHeader(kind), rows),
  };
}
