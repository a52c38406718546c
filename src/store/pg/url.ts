/**
 * Telling a PostgreSQL location from a SQLite path, and showing it without
 * its password (docs/postgres.md, "Secrets"). Loads nothing: SQLite runs
 * import this file, never `pg`.
 */

/** `postgres://…`, `postgresql://…`, or `postgres:` alone (then the PG* variables say where). */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(?:ql)?:/i.test(location.trim());
}

/** The URL for pg: undefined for `postgres:` alone, so that the PG* variables decide. */
export function connectionUrl(location: string): string | undefined {
  const trimmed = location.trim();
  return /^postgres(?:ql)?:$/i.test(trimmed) ? undefined : trimmed;
}

/** The location with any password replaced by *** (postgres://lin:***@host/db); never prints a secret. */
export function maskUrl(location: string): string {
  const trimmed = location.trim();
  let masked = trimmed;
  // The password runs from the user's ':' to the last '@' (a careless one may hold '@', '/' or '?' unencoded).
  const start = /^postgres(?:ql)?:\/\//i.exec(masked)?.[0].length;
  const at = masked.lastIndexOf('@');
  if (start !== undefined && at > start) {
    const colon = masked.indexOf(':', start);
    if (colon !== -1 && colon < at) masked = `${masked.slice(0, colon + 1)}***${masked.slice(at)}`;
  }
  // A password given as a query parameter (?password=…) is masked too.
  masked = masked.replace(/([?&]password=)[^&#]*/gi, '$1***');
  return masked;
}
