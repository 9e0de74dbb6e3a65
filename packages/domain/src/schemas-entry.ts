// @switchoff/domain/schemas: the zod schemas shared by the API's inputs and the SPA's forms.
export * from './schemas';
export * from './schemas-admin';
export * from './schemas-consortia';
export * from './schemas-editing';
export * from './schemas-fields';
export * from './schemas-milestones';
export * from './schemas-report';
