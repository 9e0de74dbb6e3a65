// @switchoff/domain/formats: file formats — CSV columns and rows for imports and exports, Italian
// values (decimal comma, month names, dates), open-data columns, the guard against CSV formulas.
export * from './csv-columns';
export * from './csv-encoding';
export * from './csv-figures';
export * from './csv-guard';
export * from './csv-milestones';
export * from './italian-values';
export * from './number-cases';
export * from './opendata-columns';
