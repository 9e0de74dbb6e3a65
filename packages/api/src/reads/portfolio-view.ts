import type { ChannelCounts, Ratio, Stage, Visibility } from '@switchoff/domain';
import { digitalTakeUp, stageCounts } from '@switchoff/domain';
import type { ComuneRow, ConsortiumRow } from './lookup';
import { withInternal } from './visibility';

/*
 * The answers of a consortium's views (the portfolio, one service across its comuni) built from
 * figures however they were counted: from the roll-ups in portfolio.ts, from the raw rows in the
 * test oracle (reference-consortium.testing.ts). One shape, one set of field lists, so the two
 * can only differ in what they count.
 */

/** A comune's late and slipped milestones, done late, days of slippage and re-plans. */
export type MilestoneFigures = {
  lateMilestones: number;
  slippedMilestones: number;
  doneLateMilestones: number;
  slippageDays: number;
  replans: number;
};

/** What the portfolio counts of one comune's services (public ones unless internal). */
export type ComuneTally = {
  /** Each service's stage today (null: none yet). */
  stages: readonly (Stage | null)[];
  /** Transactions of the last twelve complete months by channel. */
  channels: ChannelCounts;
  milestones: MilestoneFigures;
  ready: number;
  stale: number;
  /** A catalogue service's stage in this comune (null: not offered, or no stage yet). */
  stageOf: (slug: string) => Stage | null;
};

/** A catalogue service as a column of the stage matrix. */
export type MatrixService = { slug: string; name: string; category: string };

const NO_CHANNELS: ChannelCounts = { online: 0, assisted: 0, paper: 0 };

/**
 * Comuni of a consortium side by side: stages, take-up, late and slipped milestones, the stage
 * matrix (catalogue services by category and name) and the consortium's totals. Each comune
 * carries its internal note for the consortium's staff (`internal`) only.
 */
export function portfolioView(params: {
  consortium: ConsortiumRow;
  asOf: string;
  internal: boolean;
  comuneRows: readonly ComuneRow[];
  tallyOf: (comuneId: number) => ComuneTally | undefined;
  catalogue: Iterable<MatrixService>;
  totals: { stages: readonly (Stage | null)[]; channels: ChannelCounts; stale: number };
}) {
  const { consortium, internal, comuneRows, tallyOf } = params;
  const matrixServices = [...params.catalogue].sort(
    (a, b) => a.category.localeCompare(b.category) || a.name.localeCompare(b.name, 'it'),
  );
  const comuni = comuneRows.map((c) => {
    const tally = tallyOf(c.id);
    const base = {
      istat: c.istatCode,
      name: c.name,
      provinceCode: c.provinceCode,
      population: c.population,
      figuresIllustrative: c.figuresIllustrative,
      services: tally?.stages.length ?? 0,
      stageCounts: stageCounts(tally?.stages ?? []),
      takeUp: digitalTakeUp(tally?.channels ?? NO_CHANNELS),
      ...(tally?.milestones ?? NO_MILESTONES),
      readyServices: tally?.ready ?? 0,
      /** Services whose figures are not up to date ("dati non aggiornati"). */
      staleServices: tally?.stale ?? 0,
    };
    return withInternal(base, internal, () => ({ internalNote: c.internalNote }));
  });
  return {
    consortium: {
      slug: consortium.slug,
      name: consortium.name,
      city: consortium.city,
      website: consortium.website,
      description: consortium.description,
    },
    asOf: params.asOf,
    comuni,
    matrix: {
      services: matrixServices,
      rows: comuneRows.map((c) => {
        const tally = tallyOf(c.id);
        return {
          istat: c.istatCode,
          name: c.name,
          stages: Object.fromEntries(matrixServices.map((m) => [m.slug, tally?.stageOf(m.slug) ?? null])) as Record<
            string,
            Stage | null
          >,
        };
      }),
    },
    totals: {
      stageCounts: stageCounts(params.totals.stages),
      takeUp: digitalTakeUp(params.totals.channels),
      staleServices: params.totals.stale,
    },
  };
}

const NO_MILESTONES: MilestoneFigures = {
  lateMilestones: 0,
  slippedMilestones: 0,
  doneLateMilestones: 0,
  slippageDays: 0,
  replans: 0,
};

/** One comune's instance of a catalogue service, as the view across comuni shows it. */
export type ServiceInstance = {
  comuneId: number;
  slug: string;
  visibility: Visibility;
  stage: Stage | null;
  stageSince: string | null;
  takeUp: Ratio;
  lastMonth: string | null;
  stale: boolean;
  ready: boolean;
};

/** One catalogue service across the comuni of a consortium, by comune name; visibility for its staff only. */
export function serviceAcrossView(params: {
  consortium: ConsortiumRow;
  asOf: string;
  internal: boolean;
  entry: { slug: string; name: string; category: string; description: string };
  comuneRows: readonly ComuneRow[];
  instances: readonly ServiceInstance[];
}) {
  const { consortium, entry, internal } = params;
  const byId = new Map(params.comuneRows.map((c) => [c.id, c]));
  return {
    consortium: { slug: consortium.slug, name: consortium.name },
    asOf: params.asOf,
    service: { slug: entry.slug, name: entry.name, category: entry.category, description: entry.description },
    comuni: params.instances
      .map((r) =>
        withInternal(
          {
            istat: byId.get(r.comuneId)?.istatCode ?? '',
            name: byId.get(r.comuneId)?.name ?? '',
            slug: r.slug,
            stage: r.stage,
            stageSince: r.stageSince,
            takeUp: r.takeUp,
            lastMonth: r.lastMonth,
            stale: r.stale,
            ready: r.ready,
          },
          internal,
          () => ({ visibility: r.visibility }),
        ),
      )
      .sort((a, b) => a.name.localeCompare(b.name, 'it')),
  };
}
