// @switchoff/domain: the rules shared by the server and the browser (vocabularies, months, stages,
// measures, milestones, readiness, forecast, freshness, access, messages as codes and their Italian texts, limits,
// the HTTP limits both keep). Zod schemas are in
// @switchoff/domain/schemas, file formats (CSV, Italian values, open data) in @switchoff/domain/formats.
export * from './access';
export * from './change-words';
export * from './dataset-links';
export * from './forecast';
export * from './freshness';
export * from './http-limits';
export * from './identifiers';
export * from './limits';
export * from './measures';
export * from './message-formats';
export * from './messages';
export * from './milestone-cases';
export * from './milestone-replans';
export * from './milestone-rule';
export * from './milestones';
export * from './month-rules';
export * from './months';
export * from './national';
export * from './national-areas';
export * from './readiness';
export * from './report-period';
export * from './stages';
export * from './vocabulary';
