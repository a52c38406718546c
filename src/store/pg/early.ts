/**
 * The PostgreSQL worker started at the very start of a run whose database
 * is named on the command line (`--db URL`) or by ACCT_DB, so the thread
 * boots and loads `pg` while the main thread loads the command (the weekly
 * review on PostgreSQL against SQLite, bench/RESULTS-report.md). The
 * launcher finds the location (src/cli/index.ts, namedDatabase) and loads
 * this file only then; a location from the config file is known only later,
 * and its worker starts when the store opens.
 */
import { isPostgresUrl } from './url.js';

/** Starts the worker when `location` is PostgreSQL; a worker no command takes ends with the process. */
export async function startEarly(location: string): Promise<void> {
  if (!isPostgresUrl(location)) return;
  (await import('./bridge.js')).startBridge();
}
