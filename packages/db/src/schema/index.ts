export * from './accounts';
export * from './audit';
export * from './comments';
export * from './figures';
export * from './milestones';
export * from './platforms';
export * from './services';
export * from './tenancy';
