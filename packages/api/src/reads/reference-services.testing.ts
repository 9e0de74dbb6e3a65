/**
 * What both oracles (reference-reads.testing.ts, reference-consortium.testing.ts) compute of each
 * service from the raw rows (every stage event, every monthly row): its stage on the day, its
 * months in a window, freshness, take-up over the last 12 months and readiness. Test code only.
 */
import type { Db } from '@switchoff/db';
import {
  DEFAULT_TAKE_UP_TARGET,
  digitalTakeUp,
  figuresFreshness,
  lastCompleteMonth,
  sumFigures,
  type YearMonth,
} from '@switchoff/domain';
import { loadFigures, loadLastMonths } from './figures';
import type { ComuneRow, ServiceRow } from './lookup';
import { assessServiceReadiness, last12, within } from './measures';
import { loadPlatformStates } from './platforms';
import { loadStageEvents, stageAsOf } from './stages';

/**
 * Reads the raw rows of `services` (of the `comuni` given) once: their months from `from` to the
 * last complete one (`figures`, by service), and how to compute a service's status (`statusOf`).
 */
export function rawServiceStatuses(
  db: Db,
  params: { services: readonly ServiceRow[]; comuni: readonly ComuneRow[]; from: YearMonth; today: string },
) {
  const { today } = params;
  const asOf = lastCompleteMonth(today);
  const window12 = last12(asOf);
  const ids = params.services.map((s) => s.id);
  const events = loadStageEvents(db, ids);
  const figures = loadFigures(db, { serviceIds: ids, from: params.from, to: asOf });
  // The readiness rule reads every month up to the last complete one: no window of its own.
  const allFigures = loadFigures(db, { serviceIds: ids, from: '0001-01', to: asOf });
  const lastMonths = loadLastMonths(db, { serviceIds: ids, to: asOf });
  const platforms = loadPlatformStates(
    db,
    params.comuni.map((c) => c.id),
  );
  const targets = new Map(params.comuni.map((c) => [c.id, c.takeUpTarget]));
  const statusOf = (s: ServiceRow) => {
    const { stage, since } = stageAsOf(events.get(s.id), today);
    const series = figures.get(s.id) ?? [];
    const readiness = assessServiceReadiness(s, {
      today,
      stage,
      figures: allFigures.get(s.id) ?? [],
      platforms: platforms.get(s.comuneId) ?? {},
      target: targets.get(s.comuneId) ?? DEFAULT_TAKE_UP_TARGET,
    });
    return {
      stage,
      since,
      series,
      freshness: figuresFreshness(lastMonths.get(s.id), today),
      takeUp: digitalTakeUp(sumFigures(within(series, window12))),
      readiness,
    };
  };
  return { figures, statusOf };
}
