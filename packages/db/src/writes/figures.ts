import { prepared } from '../prepared';
import { FIGURE_COLUMNS, FIGURE_VALUE_COLUMNS, type FiguresColumns, figureValuesSql } from '../rows/figures';

/*
 * The writes of monthly figures by the grid and imports, prepared once per database: an import
 * adds or corrects up to 200,000 months in one go (100,000 rows commit in 3.75-4.78 s, BENCHMARKS.md).
 */

/** Adds a month; returns its id and version. */
export const insertFigures = prepared<
  [FiguresColumns & { serviceId: number; month: string }],
  { id: number; version: number }
>(
  `INSERT INTO monthly_figures (service_id, month, ${figureValuesSql()})
  VALUES (@serviceId, @month, ${FIGURE_COLUMNS.map((k) => `@${k}`).join(', ')}) RETURNING id, version`,
);
/**
 * Corrects a month on the version it was read with. Positional: the values in FIGURE_COLUMNS
 * order, then updated_at, id and version (an import runs it 100,000 times, and binding by name
 * looks every parameter up in an object).
 */
export const updateFigures = prepared<unknown[], never>(
  `UPDATE monthly_figures SET ${Object.values(FIGURE_VALUE_COLUMNS)
    .map((c) => `${c} = ?`)
    .join(', ')},
    version = version + 1, updated_at = ?
  WHERE id = ? AND version = ?`,
);
