import type { Tx } from '@switchoff/db';
import type { CsvCells, RowReading } from '@switchoff/domain/formats';
import type { DataScope } from '../reads/lookup';
import type { CsvRecord, ImportIssue } from './csv-read';
import { loadServices, placeRow, pushCellIssues, scopeComuni, serviceFinder } from './plan';

type RowRef = { istat: string | null | undefined; service: string | null | undefined };

/**
 * The start every import shares: the scope's comuni and their services, then each record of the
 * file read by `readRow` and placed in the scope (placeRow), its cells' refusals and its comune's
 * and service's added to `issues` as the row is reached, so a preview lists every problem of a
 * row at once and in the file's order. Rows are placed as they are iterated.
 */
export function placeRows<Row, Ref extends RowRef>(
  tx: Tx,
  params: {
    scope: DataScope;
    records: readonly CsvRecord[];
    issues: ImportIssue[];
    readRow: (cells: CsvCells) => RowReading<Row, Ref>;
  },
) {
  const { scope, issues } = params;
  const comuni = scopeComuni(scope);
  const comuneIds = [...comuni.values()].map((c) => c.id);
  const servicesByComune = loadServices(tx, comuneIds);
  const finders = new Map([...servicesByComune].map(([id, list]) => [id, serviceFinder(list)]));
  function* rows() {
    for (const { line, cells } of params.records) {
      const { row, issues: cellIssues, ref } = params.readRow(cells);
      pushCellIssues(issues, line, cells, cellIssues);
      const { comune, service } = placeRow({
        scope,
        comuni,
        finders,
        line,
        istat: ref.istat,
        service: ref.service,
        issues,
      });
      yield { line, cells, row, ref, comune, service };
    }
  }
  return { comuneIds, servicesByComune, rows: rows() };
}
