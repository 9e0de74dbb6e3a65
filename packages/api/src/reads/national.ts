import type { Db } from '@switchoff/db';
import { countRegionMilestones, milestoneFigures, NO_MILESTONE_COUNTS } from '@switchoff/db/reads/milestone-counts';
import { aheadOfToday, monthsByRegion, regions, stageCountsByRegion } from '@switchoff/db/reads/national';
import {
  type ChannelCounts,
  digitalTakeUp,
  lastCompleteMonth,
  STAGES,
  type Stage,
  type TakeUpPoint,
  takeUpSeries,
  type YearMonth,
} from '@switchoff/domain';
import { last12 } from './measures';
import { stageOnDay } from './status';
import { addChannels, channelFigures } from './totals';

type StageCounts = Record<Stage, number>;
const noStages = (): StageCounts => ({ paper: 0, hybrid: 0, digital_first: 0, switched_off: 0 });

export type NationalRegion = {
  region: string;
  comuni: number;
  population: number;
  /** Public services at each stage today. */
  stageCounts: StageCounts;
  /** Digital take-up of public services over the last 12 complete months, weighted by volume. */
  takeUp: ReturnType<typeof digitalTakeUp>;
} & ReturnType<typeof milestoneFigures>;

/**
 * The country at a glance, for everyone (public services and milestones only, whoever asks):
 * per region the comuni and inhabitants, public services at each stage today, digital take-up
 * over the last 12 complete months, late and slipped milestones with the days of slippage and
 * re-plans (db's milestone-counts.ts), the same for the whole country, and the
 * national take-up month by month over those 12 months.
 *
 * Read from the roll-ups (region_stage_counts, region_month_totals: a few hundred rows), plus
 * the services whose latest stage event is dated after today (looked up one by one; none in
 * ordinary data) and the milestones that can count (late, or off their baseline), read from indexes
 * and judged by the domain's date rule (db's milestone-counts.ts).
 */
export function getNationalSummary(db: Db, params: { today: string }) {
  const { today } = params;
  const asOf = lastCompleteMonth(today);
  const window = last12(asOf);
  const byRegion = new Map<string, NationalRegion & { channels: ChannelCounts[] }>();
  for (const r of regions.all(db)) {
    byRegion.set(r.region, {
      ...r,
      stageCounts: noStages(),
      takeUp: null,
      ...milestoneFigures(NO_MILESTONE_COUNTS),
      channels: [],
    });
  }
  for (const r of stageCountsByRegion.all(db)) {
    const region = byRegion.get(r.region);
    if (region) region.stageCounts[r.stage] += r.services;
  }
  for (const s of aheadOfToday.all(db, today)) {
    const region = byRegion.get(s.region);
    if (region === undefined || s.stage === null) continue;
    region.stageCounts[s.stage] -= 1;
    const inForce = stageOnDay(db, s, today).stage;
    if (inForce !== null) region.stageCounts[inForce] += 1;
  }
  const months = new Map<YearMonth, ChannelCounts[]>();
  for (const { region: name, month, ...channels } of monthsByRegion.all(db, window)) {
    byRegion.get(name)?.channels.push(channels);
    const list = months.get(month);
    if (list === undefined) months.set(month, [channels]);
    else list.push(channels);
  }
  for (const [name, counts] of countRegionMilestones(db, { today })) {
    const region = byRegion.get(String(name));
    if (region) Object.assign(region, milestoneFigures(counts));
  }

  const list: NationalRegion[] = [...byRegion.values()]
    .map(({ channels, ...region }) => ({ ...region, takeUp: digitalTakeUp(addChannels(channels)) }))
    .sort((a, b) => a.region.localeCompare(b.region, 'it'));
  const stageCounts = noStages();
  for (const region of list) for (const stage of STAGES) stageCounts[stage] += region.stageCounts[stage];
  const byMonth: TakeUpPoint[] = takeUpSeries(
    [...months].map(([month, channels]) => channelFigures({ month, ...addChannels(channels) })),
    window.from,
    window.to,
  );
  return {
    today,
    asOf,
    /** The 12 complete months of the take-up figures. */
    window,
    totals: {
      regions: list.length,
      comuni: list.reduce((sum, r) => sum + r.comuni, 0),
      population: list.reduce((sum, r) => sum + r.population, 0),
      stageCounts,
      takeUp: digitalTakeUp(addChannels([...months.values()].flat())),
      lateMilestones: list.reduce((sum, r) => sum + r.lateMilestones, 0),
      slippedMilestones: list.reduce((sum, r) => sum + r.slippedMilestones, 0),
      doneLateMilestones: list.reduce((sum, r) => sum + r.doneLateMilestones, 0),
      slippageDays: list.reduce((sum, r) => sum + r.slippageDays, 0),
      replans: list.reduce((sum, r) => sum + r.replans, 0),
    },
    regions: list,
    /** National take-up month by month over the window (null where no public service has figures). */
    takeUpByMonth: byMonth,
  };
}
