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
    // The throwaway PostgreSQL (test/pg/server.ts), started only when a test first asks for it.
    globalSetup: ['test/pg/global-setup.ts'],
    // "Today" follows the time zone (src/domain/dates.ts localDate) and the language follows the locale
    // (docs/i18n.md): pin both, so dates mean one day everywhere and a developer's zh_CN locale does not
    // turn the English tests Chinese.
    env: { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ACCT_LANG: '' },
  },
});
