import { prepared, preparedTuples } from '../prepared';
import { FIGURES_ROW_SQL, type FiguresRowTuple, type FigureValuesTuple, figureValuesSql } from '../rows/figures';

/*
 * Reads of many monthly_figures rows at once, as tuples: the driver's object per row cost up to
 * half of a read (BENCHMARKS.md). The open-data CSV of a comune reads every month of its public
 * services (11.6 ms p50, under its bare SQL's 13.7 ms).
 */

/** A month of a service's figures: the service, the month, the values. */
export type ServiceFiguresTuple = [serviceId: number, month: string, ...FigureValuesTuple];

/** The figures of a comune's public services up to a month, each service's oldest first (in index order: no sort). */
export const figuresOfComune = preparedTuples<[number, string], ServiceFiguresTuple>(
  `SELECT f.service_id, f.month, ${figureValuesSql('f')}
  FROM services s JOIN monthly_figures f ON f.service_id = s.id
  WHERE s.comune_id = ? AND s.visibility = 'public' AND f.month <= ? ORDER BY s.slug, f.month`,
);

/** The public services of a comune: id, comune and slug. */
export const publicServiceSlugs = prepared<[number], { id: number; comuneId: number; slug: string }>(
  `SELECT id, comune_id AS comuneId, slug FROM services WHERE comune_id = ? AND visibility = 'public'`,
);

/**
 * The stored months of the given services and months, by two JSON lists: one statement, prepared
 * once, for any file. An import reads up to 100,000 of them; as tuples, with the other choices of
 * BENCHMARKS.md, the commit of a 100,000-row file went from 5.8-7.2 s to 3.75-3.97 s.
 */
export const storedMonthsOf = preparedTuples<[string, string], FiguresRowTuple>(
  `SELECT ${FIGURES_ROW_SQL} FROM monthly_figures
  WHERE service_id IN (SELECT value FROM json_each(?)) AND month IN (SELECT value FROM json_each(?))`,
);
