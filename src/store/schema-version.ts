/**
 * The schema version this acct writes: the last migration's (src/store/migrations.ts,
 * which checks the two agree when it loads). Apart so that opening an up-to-date file,
 * the usual case, does not load the migrations' SQL (start-up, issue 10).
 */
export const LATEST_VERSION = 9;
