import { defineConfig } from 'vitest/config';

// One browser journey at a time against one server: files run one after another, with
// timeouts for a real Chromium on a 2-core machine.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    reporters: ['default'],
  },
});
