/**
 * Test settings every package shares. CI runs every package's tests at once on two cores, so a
 * test that takes 100 ms alone can take seconds there: timeouts are generous, and no test
 * asserts on time (speed is measured by `pnpm bench`).
 */
export const sharedTestOptions = {
  testTimeout: 60_000,
  hookTimeout: 60_000,
} as const;
