/**
 * Calls in one tRPC request, mutations included: the SPA's batch link sends at most this many
 * at once and the server refuses a longer batch (400), so one request cannot carry hundreds of
 * reports.
 */
export const MAX_BATCH_CALLS = 10;
