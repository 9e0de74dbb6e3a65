export * from './audit';
export * from './figures';
export * from './milestones';
export * from './platforms';
export * from './services';
export * from './tenancy';
