// Generated from src/i18n/catalogue/it/*.json by `pnpm --filter @switchoff/web catalogue:types`: do not edit.
// A test fails when this file is stale.

import type { CompiledCatalogue, Taking } from './catalogue-shape';
import type account from './catalogue/it/account.json';
import type admin from './catalogue/it/admin.json';
import type consortia from './catalogue/it/consortia.json';
import type core from './catalogue/it/core.json';
import type data from './catalogue/it/data.json';
import type editing from './catalogue/it/editing.json';
import type history from './catalogue/it/history.json';
import type italy from './catalogue/it/italy.json';
import type mail from './catalogue/it/mail.json';
import type maps from './catalogue/it/maps.json';
import type measures from './catalogue/it/measures.json';
import type report from './catalogue/it/report.json';
import type staffScreens from './catalogue/it/staff-screens.json';
import type vocabulary from './catalogue/it/vocabulary.json';

/** The Italian messages as the area files hold them. */
type Italian = typeof account &
  typeof admin &
  typeof consortia &
  typeof core &
  typeof data &
  typeof editing &
  typeof history &
  typeof italy &
  typeof mail &
  typeof maps &
  typeof measures &
  typeof report &
  typeof staffScreens &
  typeof vocabulary;

/** The messages that take parameters, by what they take: each is compiled into a function of it. */
type WithParameters = Taking<{ add: number; change: number; errors: number; unchanged: number }, "importer.announcePreview"> &
  Taking<{ added: number; changed: number }, "importer.doneComune"> &
  Taking<{ added: number; changed: number; unchanged: number }, "importer.doneText" | "history.importCounts"> &
  Taking<{ advances: number; changes: number; done: number; late: number; reverts: number }, "report.summary"> &
  Taking<{ annuls: string; at: string; to: string }, "roadmap.annulmentLine"> &
  Taking<{ area: string; indicator: string }, "maps.mapName" | "maps.tableCaption"> &
  Taking<{ at: string; from: string; reason: string; to: string }, "report.replanLine"> &
  Taking<{ at: string; from: string; to: string }, "roadmap.replanLine"> &
  Taking<{ best: string; bestValue: string; worst: string; worstValue: string }, "charts.takeUpBarsSummary"> &
  Taking<{ code: string }, "national.formerIstat" | "landing.istat"> &
  Taking<{ column: string; month: string }, "grid.cellLabel"> &
  Taking<{ completed: string; comuni: string; name: string; percent: string }, "maps.areaShare"> &
  Taking<{ comune: string }, "changes.documentTitle" | "report.title"> &
  Taking<{ comune: string; period: string }, "report.documentTitle" | "report.runningHead" | "report.takeUpTableCaption"> &
  Taking<{ comune: string; service: string }, "service.documentTitle" | "grid.documentTitle"> &
  Taking<{ consortium: string }, "admin.lead" | "across.lead" | "landing.staffLead"> &
  Taking<{ consortium: string; service: string }, "across.documentTitle"> &
  Taking<{ count: number }, "serviceSetup.saved" | "home.moreComuni"> &
  Taking<{ count: number; names: string }, "common.illustrativeTextComuni"> &
  Taking<{ dataset: string; format: string }, "openData.download"> &
  Taking<{ date: string }, "users.disabledOn" | "comuniAdmin.archivedSince" | "roadmap.baselineLine" | "roadmap.today" | "replanForm.baselineStays" | "replanForm.currentPlanned" | "outbox.created" | "outbox.sent" | "outbox.next" | "profile.revokedOn" | "profile.revokeLabel" | "report.preparedOn"> &
  Taking<{ date: string; measure: string }, "national.viaMeasure"> &
  Taking<{ date: string; state: string }, "national.stateOn"> &
  Taking<{ days: number; replans: number }, "portfolio.slippage"> &
  Taking<{ days: string }, "roadmap.overdue" | "roadmap.slippageLate" | "roadmap.slippageEarly" | "report.overdue"> &
  Taking<{ done: string; late: string; slipped: string; total: string }, "charts.roadmapSummary"> &
  Taking<{ done: string; percent: string; total: string }, "importer.progressRows"> &
  Taking<{ email: string }, "users.created" | "profile.lead"> &
  Taking<{ end: string; total: string }, "report.keySwitchedOffValue"> &
  Taking<{ file: string }, "importer.resultLead"> &
  Taking<{ former: string; istat: string; name: string; province: string }, "search.renamedOption"> &
  Taking<{ from: string; last: string; lastMonth: string; missing: string; target: string; to: string }, "charts.takeUpSummary"> &
  Taking<{ from: string; number: string; to: string }, "annulForm.which"> &
  Taking<{ from: string; reason: string; to: string }, "history.annulledReplanReason"> &
  Taking<{ from: string; to: string }, "stageForm.revertWarning" | "history.annulledReplan" | "maps.legendClass" | "report.period" | "report.changeText"> &
  Taking<{ high: string; low: string; slope: string }, "forecast.slope"> &
  Taking<{ id: string }, "history.milestoneRef"> &
  Taking<{ istat: string; merged: string; name: string; province: string }, "search.mergedOption"> &
  Taking<{ istat: string; name: string }, "national.mergedFromItem"> &
  Taking<{ istat: string; name: string; province: string }, "comuniAdmin.chosen" | "search.option"> &
  Taking<{ istat: string; name: string; successor: string }, "national.ceased"> &
  Taking<{ kind: string }, "importer.columnsCaption" | "importer.template"> &
  Taking<{ last: string }, "grid.addMonthHint"> &
  Taking<{ licence: string; publisher: string; snapshot: string }, "maps.source"> &
  Taking<{ licence: string; publisher: string; snapshots: string }, "national.source"> &
  Taking<{ list: string }, "importer.ignoredColumns"> &
  Taking<{ mb: string }, "importer.fileHint"> &
  Taking<{ mb: string; size: string }, "importer.fileTooBig"> &
  Taking<{ measure: string }, "pnrrForm.saved"> &
  Taking<{ measure: string; name: string }, "maps.measureOption"> &
  Taking<{ month: string }, "common.asOf" | "freshness.lastMonth" | "grid.removeNewLabel" | "changes.titleMonth" | "readiness.stale" | "forecast.reached" | "forecast.expected" | "forecast.stale"> &
  Taking<{ months: number }, "readiness.notEnoughData"> &
  Taking<{ months: string }, "forecast.beyondHorizon"> &
  Taking<{ n: number }, "importer.unchangedText"> &
  Taking<{ n: number; needed: string }, "forecast.insufficientDetail"> &
  Taking<{ n: string }, "common.days" | "common.comuniCount" | "common.servicesCount" | "roadmap.showOpen" | "roadmap.showAll" | "freshness.staleServices" | "importer.kilobytes" | "importer.megabytes" | "importer.rowsRead" | "importer.showAll" | "grid.showAll" | "grid.rating" | "grid.ratingName" | "grid.saved" | "changes.count" | "measures.payments" | "measures.answers" | "measures.basedOn" | "charts.periodMonths"> &
  Taking<{ name: string }, "auth.alreadyIn" | "comments.onService" | "users.disableLabel" | "users.confirmDisable" | "users.disabled" | "comuniAdmin.editLabel" | "comuniAdmin.formTitle" | "comuniAdmin.archiveLabel" | "comuniAdmin.restoreLabel" | "comuniAdmin.archived" | "comuniAdmin.restored" | "comuniAdmin.add" | "comuniAdmin.added" | "serviceSetup.title" | "serviceSetup.offeredLabel" | "serviceSetup.stageLabel" | "serviceSetup.sinceLabel" | "catalogueAdmin.created" | "catalogueAdmin.editLabel" | "catalogueAdmin.editTitle" | "consortiaAdmin.editLabel" | "consortiaAdmin.editTitle" | "consortiaAdmin.created" | "consortiaAdmin.saved" | "home.openPortfolio" | "portfolio.documentTitle" | "overview.documentTitle" | "roadmap.documentTitle" | "follow.label" | "openData.leadComune" | "openData.leadConsortium" | "importer.leadComune" | "importer.leadConsortium" | "backup.operator" | "addService.saved" | "national.documentTitle" | "national.ceasedTitle" | "national.formerNameLead" | "maps.provinceTitle" | "maps.areaNoData" | "landing.open" | "userEdit.editLabel" | "userEdit.editTitle" | "userEdit.saved" | "userEdit.resetLabel" | "userEdit.confirmReset" | "userEdit.temporaryTitle" | "userEdit.enableLabel" | "userEdit.enabled" | "userEdit.actionsLabel"> &
  Taking<{ name: string; off: string; percent: string; services: string }, "maps.areaSwitchOff"> &
  Taking<{ name: string; role: string }, "auth.loggedInAs"> &
  Taking<{ name: string; size: string }, "importer.fileChosen"> &
  Taking<{ name: string; state: string }, "maps.comuneState"> &
  Taking<{ name: string; text: string }, "serviceSetup.rowError"> &
  Taking<{ names: string }, "national.populationMerged" | "maps.notOnMap"> &
  Taking<{ number: string }, "roadmap.annulledBy"> &
  Taking<{ offered: string; switchedOff: string }, "across.summary"> &
  Taking<{ page: string; pages: string }, "outbox.caption"> &
  Taking<{ paper: string; switchedOff: string; total: string }, "charts.stageBarSummary"> &
  Taking<{ period: string }, "report.periodLine" | "report.stagesCaption"> &
  Taking<{ platform: string }, "platformsForm.saved"> &
  Taking<{ platform: string; state: string }, "readiness.platformState"> &
  Taking<{ portal: string }, "overview.datasetSearch"> &
  Taking<{ portal: string; title: string }, "overview.datasetSearchLabel"> &
  Taking<{ previous: string }, "report.keyTakeUpHint"> &
  Taking<{ province: string; region: string }, "national.lead" | "maps.provinceLead"> &
  Taking<{ ready: number; total: string }, "readiness.readyCount"> &
  Taking<{ recipient: string }, "outbox.retryLabel" | "outbox.retried"> &
  Taking<{ region: string }, "maps.regionLead"> &
  Taking<{ scope: string }, "importer.documentTitle"> &
  Taking<{ sep: string }, "importer.separator"> &
  Taking<{ service: string }, "portfolio.acrossLink" | "across.tableCaption" | "grid.title" | "grid.caption"> &
  Taking<{ shown: string; total: string }, "search.resultsSome"> &
  Taking<{ start: string }, "report.keySwitchedOffHint"> &
  Taking<{ subject: string }, "charts.takeUpCaption" | "charts.stageBarCaption"> &
  Taking<{ successor: string }, "national.ceasedLink"> &
  Taking<{ target: string }, "readiness.conditions.takeUp"> &
  Taking<{ title: string }, "comments.onMilestone" | "milestoneForm.editTitle" | "milestoneForm.created" | "national.registrySource"> &
  Taking<{ total: number }, "search.resultsAll">;

/** The compiled messages of a language: a message with parameters is a function of them. */
export type CatalogueMessages = CompiledCatalogue<Italian, WithParameters>;
