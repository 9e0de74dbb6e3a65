import { type Db, schema } from '@switchoff/db';
import { figuresOfComune, publicServiceSlugs, type ServiceFiguresTuple } from '@switchoff/db/reads/figures';
import { DEFAULT_TAKE_UP_TARGET, figuresFreshness, lastCompleteMonth } from '@switchoff/domain';
import type { OpenDataset } from '@switchoff/domain/formats';
import { centsToEuro, milestoneCode } from '@switchoff/domain/formats';
import { and, eq, inArray } from 'drizzle-orm';
import { chunks } from '../data-io/plan';
import { loadLastMonths } from '../reads/figures';
import type { ComuneRow, DataScope } from '../reads/lookup';
import { assessServiceReadiness } from '../reads/measures';
import { loadPublicMilestonesByComune } from '../reads/milestones';
import { loadPlatformStates } from '../reads/platforms';
import { loadReplans } from '../reads/replans';
import { loadStageEvents, stageAsOf } from '../reads/stages';
import { readinessOf } from '../reads/status';

const { catalogueServices, milestones, services } = schema;

/** A value of an open dataset: CSV writes it as text, JSON keeps its type. */
export type OpenValue = string | number | boolean | null;
export type OpenRow = Record<string, OpenValue>;

const byIstat = (a: ComuneRow, b: ComuneRow) => a.istatCode.localeCompare(b.istatCode);

/** The public services of the given comuni (internal ones never leave the database here). */
function publicServices(db: Db, comuneIds: readonly number[]) {
  return chunks(comuneIds).flatMap((ids) =>
    db
      .select({ service: services, catalogueSlug: catalogueServices.slug })
      .from(services)
      .leftJoin(catalogueServices, eq(catalogueServices.id, services.catalogueId))
      .where(and(inArray(services.comuneId, ids), eq(services.visibility, 'public')))
      .all(),
  );
}

function servizi(db: Db, comuni: readonly ComuneRow[], today: string): OpenRow[] {
  const rows = publicServices(
    db,
    comuni.map((c) => c.id),
  );
  const ids = rows.map((r) => r.service.id);
  const events = loadStageEvents(db, ids);
  const asOf = lastCompleteMonth(today);
  const lastMonths = loadLastMonths(db, { serviceIds: ids, to: asOf });
  const platforms = loadPlatformStates(
    db,
    comuni.map((c) => c.id),
  );
  const comuneOf = new Map(comuni.map((c) => [c.id, c]));
  return rows
    .map(({ service: s, catalogueSlug }) => {
      const { stage, since } = stageAsOf(events.get(s.id), today);
      const freshness = figuresFreshness(lastMonths.get(s.id), today);
      const readiness = assessServiceReadiness(s, {
        today,
        stage,
        figures: readinessOf(db, s.id, asOf),
        platforms: platforms.get(s.comuneId) ?? {},
        target: comuneOf.get(s.comuneId)?.takeUpTarget ?? DEFAULT_TAKE_UP_TARGET,
      });
      return {
        istat: comuneOf.get(s.comuneId)?.istatCode ?? '',
        comune: comuneOf.get(s.comuneId)?.name ?? '',
        servizio: s.slug,
        nome: s.name,
        servizio_catalogo: catalogueSlug,
        materia: s.category,
        descrizione: s.description,
        ufficio: s.office,
        livello_interattivita: s.interactivityLevel,
        pagamento: s.takesPayment,
        identita_digitale: s.needsIdentity,
        sportello_assistito: s.hasAssistedDesk,
        fase: stage,
        fase_dal: since,
        ultimo_mese_dati: freshness.lastMonth,
        dati_non_aggiornati: freshness.stale,
        pronto_switch_off: readiness.status === 'switched_off' ? null : readiness.status === 'ready',
        requisiti_mancanti: readiness.status === 'switched_off' ? null : readiness.missing.join(' '),
      };
    })
    .sort((a, b) => a.istat.localeCompare(b.istat) || a.servizio.localeCompare(b.servizio));
}

function fasi(db: Db, comuni: readonly ComuneRow[], today: string): OpenRow[] {
  const rows = publicServices(
    db,
    comuni.map((c) => c.id),
  );
  const events = loadStageEvents(
    db,
    rows.map((r) => r.service.id),
  );
  const comuneOf = new Map(comuni.map((c) => [c.id, c]));
  return rows
    .flatMap(({ service: s }) =>
      (events.get(s.id) ?? [])
        // Planned changes are not history yet: the public sees what has taken effect.
        .filter((e) => e.effectiveDate <= today)
        .map((e) => ({
          istat: comuneOf.get(s.comuneId)?.istatCode ?? '',
          comune: comuneOf.get(s.comuneId)?.name ?? '',
          servizio: s.slug,
          nome: s.name,
          fase: e.stage,
          data_effetto: e.effectiveDate,
          motivo: e.reason,
          order: e.id,
        })),
    )
    .sort(
      (a, b) =>
        a.istat.localeCompare(b.istat) ||
        a.servizio.localeCompare(b.servizio) ||
        a.data_effetto.localeCompare(b.data_effetto) ||
        a.order - b.order,
    )
    .map(({ order: _order, ...row }) => row);
}

/**
 * Every month of figures of the public services, by comune, service and month. Ordered as the
 * text "istat|servizio|mese" compares (localeCompare): services are put in that order once
 * (their key up to the month decides, whatever the month), months are in order within each.
 */
function datiMensili(db: Db, comuni: readonly ComuneRow[], today: string): OpenRow[] {
  const comuneOf = new Map(comuni.map((c) => [c.id, c]));
  const services = comuni
    .flatMap((c) => publicServiceSlugs.all(db, c.id))
    .map((service) => ({ service, comune: comuneOf.get(service.comuneId), figures: [] as ServiceFiguresTuple[] }))
    .map((s) => ({ ...s, key: `${s.comune?.istatCode ?? ''}|${s.service.slug}|` }))
    .sort((a, b) => a.key.localeCompare(b.key));
  const byId = new Map(services.map((s) => [s.service.id, s]));
  const asOf = lastCompleteMonth(today);
  for (const comune of comuni) {
    for (const f of figuresOfComune.all(db, comune.id, asOf)) byId.get(f[0])?.figures.push(f);
  }
  const out: OpenRow[] = [];
  for (const { service, comune, figures } of services) {
    for (const f of figures) {
      out.push({
        istat: comune?.istatCode ?? '',
        comune: comune?.name ?? '',
        servizio: service.slug,
        mese: f[1],
        online: f[2],
        assistito: f[3],
        cartaceo: f[4],
        pagamenti_totali: f[5],
        pagamenti_pagopa: f[6],
        soddisfazione_1: f[7],
        soddisfazione_2: f[8],
        soddisfazione_3: f[9],
        soddisfazione_4: f[10],
        soddisfazione_5: f[11],
        costo_euro: f[12] === null ? null : centsToEuro(f[12]),
      });
    }
  }
  return out;
}

/** The public milestones of the given comuni, with each one's stable code (`id-N` when it has none). */
function publicMilestones(db: Db, comuni: readonly ComuneRow[], today: string) {
  const byComune = loadPublicMilestonesByComune(db, { comuneIds: comuni.map((c) => c.id), today });
  const ids = [...byComune.values()].flat().map((m) => m.id);
  const codes = new Map(
    chunks(ids)
      .flatMap((chunk) =>
        db
          .select({ id: milestones.id, code: milestones.code })
          .from(milestones)
          .where(inArray(milestones.id, chunk))
          .all(),
      )
      .map((m) => [m.id, milestoneCode(m)]),
  );
  return { byComune, ids, codeOf: (id: number) => codes.get(id) ?? `id-${id}` };
}

function milestone(db: Db, comuni: readonly ComuneRow[], today: string): OpenRow[] {
  const { byComune, codeOf } = publicMilestones(db, comuni, today);
  return [...comuni].sort(byIstat).flatMap((c) =>
    (byComune.get(c.id) ?? [])
      .map((m) => ({
        istat: c.istatCode,
        comune: c.name,
        codice: codeOf(m.id),
        titolo: m.title,
        descrizione: m.description,
        tipo: m.kind,
        servizio: m.service?.slug ?? null,
        responsabile: m.owner,
        data_base: m.baselineDate,
        data_prevista: m.plannedDate,
        data_effettiva: m.actualDate,
        slittamento_giorni: m.slippageDays,
        ripianificazioni: m.replanCount,
        avanzamento: m.progress,
        stato: m.status,
        dipende_da: m.dependsOn
          .map((d) => codeOf(d.id))
          .sort()
          .join(' '),
      }))
      .sort((a, b) => a.data_prevista.localeCompare(b.data_prevista) || a.codice.localeCompare(b.codice)),
  );
}

/** Every re-plan of the public milestones and every annulment, in the order they were made. */
function ripianificazioni(db: Db, comuni: readonly ComuneRow[], today: string): OpenRow[] {
  const { byComune, ids, codeOf } = publicMilestones(db, comuni, today);
  const history = loadReplans(db, ids);
  return [...comuni].sort(byIstat).flatMap((c) =>
    (byComune.get(c.id) ?? [])
      .map((m) => ({ codice: codeOf(m.id), entries: history.get(m.id) ?? [] }))
      .sort((a, b) => a.codice.localeCompare(b.codice))
      .flatMap(({ codice, entries }) =>
        entries.map((e) => ({
          istat: c.istatCode,
          comune: c.name,
          codice,
          numero: e.number,
          tipo: e.kind === 'replan' ? 'ripianificazione' : 'annullamento',
          data_precedente: e.previousDate,
          data_prevista: e.plannedDate,
          motivo: e.reason,
          registrata_il: e.changedAt.slice(0, 10),
          annulla: e.annuls,
          annullata_da: e.annulledBy,
        })),
      ),
  );
}

/** The rows of an open dataset for the comuni of a scope: public items only, in a stable order. */
export function openDatasetRows(db: Db, params: { scope: DataScope; dataset: OpenDataset; today: string }): OpenRow[] {
  const comuni = [...params.scope.comuni].sort(byIstat);
  switch (params.dataset) {
    case 'servizi':
      return servizi(db, comuni, params.today);
    case 'fasi':
      return fasi(db, comuni, params.today);
    case 'dati-mensili':
      return datiMensili(db, comuni, params.today);
    case 'milestone':
      return milestone(db, comuni, params.today);
    case 'ripianificazioni':
      return ripianificazioni(db, comuni, params.today);
  }
}
