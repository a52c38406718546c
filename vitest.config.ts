import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn the built binary and SQLite files; give slow CI machines room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // "Today" follows the time zone (src/domain/dates.ts localDate); pin it so dates in tests mean one day everywhere.
    env: { TZ: 'UTC' },
  },
});
