import type { YearMonth } from '@switchoff/domain';
import type { CatalogueEntry } from '../seed/catalogue';
import { earliest, monthAt, monthIndex, stamp } from '../seed/dates';
import { generateFigures } from '../seed/figures';
import type { MilestonePlan, ServicePlan } from '../seed/plan';
import { createRng } from '../seed/prng';
import { NATIONAL_CATALOGUE } from './catalogue';
import type { NationalComune } from './comuni';
import type { NationalPlan } from './plan';
import type { FigureBuffer, Statements } from './statements';

export const GENERATED_BY = 'Generatore nazionale (dati sintetici)';

/**
 * The tables the generator writes, in the demo's order (`SEED_TABLES`), then the registry of
 * every comune and the real PNRR applications of the shipped snapshot.
 */
const COUNTED_TABLES = [
  'consortia',
  'comuni',
  'catalogueServices',
  'services',
  'stageEvents',
  'monthlyFigures',
  'milestones',
  'milestoneDependencies',
  'milestoneReplans',
  'platformAdoptions',
  'pnrrMeasures',
  'openDatasets',
  'auditLog',
  'registryComuni',
  'pnrrApplications',
] as const;

/** Rows written, per table. */
export type RowCounts = Record<(typeof COUNTED_TABLES)[number], number>;

export function emptyCounts(): RowCounts {
  return Object.fromEntries(COUNTED_TABLES.map((name) => [name, 0])) as RowCounts;
}

export type WriteContext = {
  statements: Statements;
  figures: FigureBuffer;
  counts: RowCounts;
  catalogueIds: ReadonlyMap<string, number>;
  from: YearMonth;
  until: YearMonth;
  today: string;
  /** `updated_at` of a month's figures, which arrive on the first day of the next month. */
  figuresStamp: (monthIndex: number) => string;
};

/** A memo of each month's figures timestamp: the hot loop never formats a date. */
export function figuresStamps(today: string): (index: number) => string {
  const memo = new Map<number, string>();
  return (index) => {
    let value = memo.get(index);
    if (value === undefined) {
      value = stamp(earliest(`${monthAt(index + 1)}-01`, today), 7);
      memo.set(index, value);
    }
    return value;
  };
}

const id = (result: { lastInsertRowid: number | bigint }): number => Number(result.lastInsertRowid);
const bool = (value: boolean): number => (value ? 1 : 0);

function interactivityLevel(service: ServicePlan, entry: CatalogueEntry): number {
  const stage = service.stages[service.stages.length - 1]?.stage ?? 'paper';
  if (stage === 'paper') return 1;
  return entry.takesPayment ? 4 : 3;
}

function hasAssistedDesk(istatCode: string, service: ServicePlan): boolean {
  const stage = service.stages[service.stages.length - 1]?.stage ?? 'paper';
  if (stage === 'digital_first' || stage === 'switched_off') return true;
  return stage === 'hybrid' && createRng(`desk:${istatCode}:${service.slug}`).chance(0.5);
}

/** Writes one comune and everything it holds, through the prepared statements. */
export function writeNationalComune(
  w: WriteContext,
  p: { comune: NationalComune; plan: NationalPlan; consortiumId: number },
): void {
  const { statements: s, counts } = w;
  const { comune, plan } = p;
  const at = stamp(w.today, 8);
  const comuneId = id(
    s.comune.run(
      comune.istatCode,
      comune.name,
      comune.provinceCode,
      comune.region,
      comune.population,
      p.consortiumId,
      comune.ipaCode,
      plan.takeUpTarget,
      plan.assistedDesk,
      1,
      at,
      at,
    ),
  );
  counts.comuni += 1;
  const pagopaFrom =
    plan.platforms.find((x) => x.platform === 'pagopa' && x.state === 'active')?.activationDate?.slice(0, 7) ?? null;
  const fromIndex = monthIndex(w.from);
  const serviceIds = new Map<string, number>();
  for (const [i, service] of plan.services.entries()) {
    const entry = NATIONAL_CATALOGUE[i];
    if (entry === undefined || entry.slug !== service.slug)
      throw new Error(`generate: service ${service.slug} out of catalogue order`);
    const first = service.stages[0]?.date ?? w.today;
    const last = service.stages[service.stages.length - 1]?.date ?? w.today;
    const serviceId = id(
      s.service.run(
        comuneId,
        w.catalogueIds.get(entry.slug) ?? null,
        entry.slug,
        entry.name,
        entry.category,
        entry.description,
        entry.office,
        interactivityLevel(service, entry),
        bool(entry.takesPayment),
        bool(entry.needsIdentity),
        bool(hasAssistedDesk(comune.istatCode, service)),
        service.visibility,
        service.internalNote,
        stamp(first),
        stamp(last),
      ),
    );
    serviceIds.set(service.slug, serviceId);
    counts.services += 1;
    for (const stage of service.stages) {
      s.stageEvent.run(serviceId, stage.stage, stage.date, stage.reason, GENERATED_BY, stamp(stage.date, 10));
    }
    counts.stageEvents += service.stages.length;
    const key = `${comune.istatCode}:${service.slug}`;
    const rows = generateFigures(service, { key, population: comune.population, entry, pagopaFrom, until: w.until });
    for (const r of rows) {
      const index = monthIndex(r.month);
      if (index < fromIndex) continue;
      w.figures.push([
        serviceId,
        r.month,
        r.online,
        r.assisted,
        r.paper,
        r.paymentsTotal,
        r.paymentsPagopa,
        r.satisfaction1,
        r.satisfaction2,
        r.satisfaction3,
        r.satisfaction4,
        r.satisfaction5,
        r.costCents,
        w.figuresStamp(index),
      ]);
      counts.monthlyFigures += 1;
    }
  }
  writeMilestones(w, { comuneId, serviceIds, milestones: plan.milestones, istatCode: comune.istatCode });
  for (const x of plan.platforms)
    s.platform.run(comuneId, x.platform, x.state, x.activationDate, x.note, stamp(x.activationDate ?? w.today, 8));
  for (const x of plan.pnrr)
    s.pnrr.run(comuneId, x.measure, x.state, x.amountCents, x.stateDate, stamp(x.stateDate ?? w.today, 8));
  for (const x of plan.datasets) s.dataset.run(comuneId, x.title, x.portal, x.url, x.license, x.publishedDate);
  counts.platformAdoptions += plan.platforms.length;
  counts.pnrrMeasures += plan.pnrr.length;
  counts.openDatasets += plan.datasets.length;
  const after = JSON.stringify({
    istatCode: comune.istatCode,
    name: comune.name,
    services: plan.services.length,
    figuresIllustrative: true,
  });
  s.audit.run(at, GENERATED_BY, 'generate', 'comuni', comuneId, comuneId, after);
  counts.auditLog += 1;
}

function writeMilestones(
  w: WriteContext,
  p: {
    comuneId: number;
    serviceIds: ReadonlyMap<string, number>;
    milestones: readonly MilestonePlan[];
    istatCode: string;
  },
): void {
  const { statements: s, counts } = w;
  const ids = new Map<string, number>();
  for (const m of p.milestones) {
    const changes = [m.createdAt, ...m.replans.map((r) => r.changedAt), m.actualDate ?? m.createdAt].sort();
    const milestoneId = id(
      s.milestone.run(
        // The plan's key ("pagopa", "next-tari") is the milestone's stable code within the comune.
        p.comuneId,
        m.serviceSlug === null ? null : (p.serviceIds.get(m.serviceSlug) ?? null),
        m.key,
        m.title,
        m.description,
        m.kind,
        m.baselineDate,
        m.plannedDate,
        m.actualDate,
        m.owner,
        m.progress,
        m.visibility,
        m.internalNote,
        1 + m.replans.length,
        stamp(m.createdAt),
        stamp(earliest(changes[changes.length - 1] ?? m.createdAt, w.today)),
      ),
    );
    ids.set(m.key, milestoneId);
    let previousDate = m.baselineDate;
    for (const r of m.replans) {
      s.replan.run(milestoneId, previousDate, r.plannedDate, r.reason, GENERATED_BY, stamp(r.changedAt, 11));
      previousDate = r.plannedDate;
    }
    counts.milestones += 1;
    counts.milestoneReplans += m.replans.length;
  }
  for (const m of p.milestones) {
    for (const key of m.dependsOn) {
      const milestoneId = ids.get(m.key);
      const dependsOnId = ids.get(key);
      if (milestoneId === undefined || dependsOnId === undefined)
        throw new Error(`generate: ${p.istatCode} "${m.key}" depends on unknown "${key}"`);
      s.dependency.run(milestoneId, dependsOnId);
      counts.milestoneDependencies += 1;
    }
  }
}
