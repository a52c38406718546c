/**
 * Connection services, as libpq reads them
 * (https://www.postgresql.org/docs/current/libpq-pgservice.html): with
 * PGSERVICE=name, the `[name]` section of PGSERVICEFILE (else
 * ~/.pg_service.conf), else of PGSYSCONFDIR/pg_service.conf, gives host,
 * port, dbname, user, password and sslmode. node-postgres does not read
 * these files; the worker does, for `ACCT_DB=postgres:` (docs/postgres.md).
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export type ServiceSettings = Record<string, string>;

/** The settings of section `[name]` in a service file's text, or undefined when it has none. */
export function serviceSection(text: string, name: string): ServiceSettings | undefined {
  let inSection = false;
  let found: ServiceSettings | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const section = /^\[(.*)\]$/.exec(line);
    if (section) {
      inSection = section[1]!.trim() === name;
      if (inSection) found ??= {};
      continue;
    }
    const equals = line.indexOf('=');
    if (inSection && equals > 0) found![line.slice(0, equals).trim()] = line.slice(equals + 1).trim();
  }
  return found;
}

/** The named service's settings from the first file that defines it. */
export function readService(name: string, env: NodeJS.ProcessEnv = process.env): ServiceSettings | undefined {
  const files = [env.PGSERVICEFILE || join(homedir(), '.pg_service.conf')];
  if (env.PGSYSCONFDIR) files.push(join(env.PGSYSCONFDIR, 'pg_service.conf'));
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const settings = serviceSection(text, name);
    if (settings) return settings;
  }
  return undefined;
}

/** A service's settings as node-postgres's connection settings (what it leaves out, the PG* variables give). */
export function serviceConfig(settings: ServiceSettings): {
  host?: string;
  port?: number;
  user?: string;
  password?: string;
  database?: string;
  ssl?: boolean | { rejectUnauthorized: boolean };
} {
  const ssl =
    settings.sslmode === undefined || settings.sslmode === 'disable' || settings.sslmode === 'allow'
      ? undefined
      : settings.sslmode === 'verify-full' || settings.sslmode === 'verify-ca'
        ? true
        : // libpq's require and prefer encrypt without checking the certificate.
          { rejectUnauthorized: false };
  return {
    ...(settings.host ? { host: settings.host } : {}),
    ...(settings.port ? { port: Number(settings.port) } : {}),
    ...(settings.user ? { user: settings.user } : {}),
    ...(settings.password ? { password: settings.password } : {}),
    ...(settings.dbname ? { database: settings.dbname } : {}),
    ...(ssl === undefined ? {} : { ssl }),
  };
}
