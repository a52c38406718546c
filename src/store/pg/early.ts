/**
 * The PostgreSQL worker started at the very start of a run whose database
 * is named on the command line (`--db URL`) or by ACCT_DB, so the thread
 * boots and loads `pg` while the main thread loads the command (the weekly
 * review on PostgreSQL against SQLite, bench/RESULTS-report.md). A location
 * from the config file is only known later; those runs start it on open.
 * Loads nothing of `pg` on the main thread, and nothing at all for SQLite.
 */
import { isPostgresUrl } from './url.js';

/** The database `args` (argv without node and the script) or the environment name, if told before the config file is read. */
export function namedLocation(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (arg === '--db') return args[i + 1];
    if (arg.startsWith('--db=')) return arg.slice('--db='.length);
  }
  return env.ACCT_DB || undefined;
}

/** Starts the worker when the run's database is PostgreSQL; a worker no command takes ends with the process. */
export async function startEarly(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Promise<void> {
  const location = namedLocation(args, env);
  if (location === undefined || !isPostgresUrl(location)) return;
  (await import('./bridge.js')).startBridge();
}
