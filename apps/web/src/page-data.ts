// The start-up's second step (start-app.tsx): the query cache with the page's answers and the
// tRPC client, and the libraries they are made of, evaluated in a task of their own.
export { createQueryClient } from './query-client';
export { hydratePageState, readPageState } from './ssr/page-state';
export { createApiClient } from './trpc';
