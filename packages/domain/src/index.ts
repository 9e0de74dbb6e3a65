export * from './months';
export * from './schemas';
export * from './vocabulary';
