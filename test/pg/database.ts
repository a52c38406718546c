/**
 * Each test file its own PostgreSQL database on the run's one server (test/pg/global-setup.ts):
 *
 *   let db: PgDatabase;
 *   beforeAll(async () => (db = await freshPgDatabase()));   // db.url: postgres://…/acct_test_…
 *
 * The database is created from a template (template0 unless told) and dropped after the file's tests.
 */
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import type { PgServerKind } from './server.js';

export interface PgServerInfo {
  kind: PgServerKind;
  /** The superuser's URL on the server's maintenance database. */
  url: string;
}

export interface PgDatabase {
  name: string;
  /** The superuser's URL on this database. */
  url: string;
  server: PgServerInfo;
}

let server: Promise<PgServerInfo> | undefined;

/** The run's server, started by the broker on the first request. */
export function pgServer(): Promise<PgServerInfo> {
  server ??= askBroker(inject('acctPgBroker'));
  return server;
}

function askBroker(socketPath: string | undefined): Promise<PgServerInfo> {
  if (!socketPath) throw new Error('no PostgreSQL broker: is test/pg/global-setup.ts in vitest.config.ts?');
  return new Promise((resolve, reject) => {
    let answer = '';
    const socket = connect(socketPath);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      try {
        const parsed = JSON.parse(answer) as PgServerInfo | { error: string };
        if ('error' in parsed) reject(new Error(`the test PostgreSQL did not start: ${parsed.error}`));
        else resolve(parsed);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

/** A URL like `url` on another database (or as another user, with `user`/`password`). */
export function withDatabase(url: string, database: string, user?: { name: string; password?: string }): string {
  const next = new URL(url);
  next.pathname = `/${encodeURIComponent(database)}`;
  if (user) {
    next.username = encodeURIComponent(user.name);
    next.password = user.password === undefined ? '' : encodeURIComponent(user.password);
  }
  return next.toString();
}

/** Runs `work` on a connection to `url`, closing it afterwards. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const created: { server: string; name: string }[] = [];

afterAll(async () => {
  while (created.length > 0) {
    const { server: serverUrl, name } = created.pop()!;
    await dropPgDatabase(serverUrl, name);
  }
});

export async function freshPgDatabase(options: { template?: string } = {}): Promise<PgDatabase> {
  const info = await pgServer();
  const name = `acct_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const template = options.template ?? 'template0';
  await withClient(info.url, async (client) => {
    const encoding = template === 'template0' ? " ENCODING 'UTF8'" : '';
    await client.query(
      `CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(template)}${encoding}`,
    );
  });
  created.push({ server: info.url, name });
  return { name, url: withDatabase(info.url, name), server: info };
}

/** Drops a database, ending sessions still on it (an acct process a test left behind). */
export async function dropPgDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(serverUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
  );
}
