export * from './forecast';
export * from './measures';
export * from './milestones';
export * from './months';
export * from './readiness';
export * from './schemas';
export * from './stages';
export * from './vocabulary';
