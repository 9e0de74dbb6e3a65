import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The built-server test starts a real process that seeds a database: give it room.
    testTimeout: 30_000,
  },
});
