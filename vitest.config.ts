import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn the built binary many times (48 writers at once, 24 concurrent assessments);
    // on a loaded 2-core machine that took 60-85 s, so the bound is for hangs, not speed.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Messages come from a catalogue loaded at start-up (docs/i18n.md); in-process tests get English.
    setupFiles: ['test/setup.ts'],
    // "Today" follows the time zone (src/domain/dates.ts localDate); pin it so dates in tests mean one day everywhere.
    env: { TZ: 'UTC' },
  },
});
