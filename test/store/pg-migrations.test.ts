// Migrations on PostgreSQL (issue 15 point 4, docs/postgres.md "Schema and migrations"): the same versions
// as SQLite; a new database is the base schema and every step, an old one runs the steps after its version,
// in one transaction under an advisory lock, so two processes upgrading at once run each step once and
// both go on; a failing step leaves the old version whole; a newer schema is refused in one line.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../src/store/migrations.js';
import { latestPgVersion, PG_MIGRATIONS, type PgMigration } from '../../src/store/pg/migrations.js';
import { openPostgres } from '../../src/store/pg/open.js';
import { PG_BASE_VERSION, SCHEMA } from '../../src/store/pg/schema.js';
import { maskUrl } from '../../src/store/pg/url.js';
import { ROOT, spawnAcct, tempDir } from '../helpers.js';
import { freshPgDatabase, withClient } from '../pg/database.js';

const execFileAsync = promisify(execFile);

/** A database at the base version, as an acct of that version left it: SCHEMA alone. */
async function baseDatabase(): Promise<string> {
  const db = await freshPgDatabase();
  await withClient(db.url, (client) => client.query(SCHEMA));
  return db.url;
}

const schemaVersion = async (url: string): Promise<number[]> =>
  withClient(url, async (client) =>
    (await client.query<{ version: number }>('SELECT version FROM acct_schema')).rows.map((row) => row.version),
  );

/** What defines the schema: columns, indexes, triggers and the functions' bodies, in a stable order. */
async function schemaOf(url: string): Promise<unknown> {
  return withClient(url, async (client) => ({
    columns: (
      await client.query(
        `SELECT table_name, column_name, data_type, is_nullable, column_default, collation_name
         FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, column_name`,
      )
    ).rows,
    indexes: (await client.query(`SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`))
      .rows,
    triggers: (
      await client.query(
        `SELECT tgname, pg_get_triggerdef(t.oid) AS def FROM pg_trigger t
         WHERE NOT tgisinternal ORDER BY tgname`,
      )
    ).rows,
    functions: (
      await client.query(
        `SELECT proname, prosrc FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY proname`,
      )
    ).rows,
  }));
}

/** Runs test/pg/open-with-steps.mjs: acct's opening in a process of its own, with the given steps. */
async function openInProcess(url: string, steps: readonly PgMigration[]): Promise<{ migratedFrom?: number | null }> {
  const { stdout } = await execFileAsync(process.execPath, [
    join(ROOT, 'test', 'pg', 'open-with-steps.mjs'),
    url,
    JSON.stringify(steps),
  ]);
  return JSON.parse(stdout) as { migratedFrom?: number | null };
}

describe('PostgreSQL migrations', () => {
  it('know the same versions as SQLite: the base, then one step per version up to the latest', () => {
    const versions = PG_MIGRATIONS.map((step) => step.version);
    expect(versions).toEqual(versions.map((_, i) => PG_BASE_VERSION + 1 + i));
    expect(latestPgVersion()).toBe(LATEST_VERSION);
  });

  it('give a new database and an upgraded one the same schema', async () => {
    const fresh = await freshPgDatabase();
    openPostgres({ location: fresh.url }).db.close();
    const old = await baseDatabase();
    const opened = openPostgres({ location: old });
    opened.db.close();
    expect(opened.migratedFrom).toBe(PG_BASE_VERSION);
    expect(await schemaVersion(old)).toEqual([LATEST_VERSION]);
    expect(await schemaOf(old)).toEqual(await schemaOf(fresh.url));
  });

  it('upgrade an old database once when two acct processes start on it at once, and both go on', async () => {
    const url = await baseDatabase();
    const [first, second] = await Promise.all([
      spawnAcct(['add', 'First'], { ACCT_DB: url }),
      spawnAcct(['add', 'Second'], { ACCT_DB: url }),
    ]);
    expect(first.code, first.stderr).toBe(0);
    expect(second.code, second.stderr).toBe(0);
    expect(await schemaVersion(url)).toEqual([LATEST_VERSION]);
    // Step 9 is in: an import records a new account's creation once (by the writer, not also the trigger).
    const file = join(tempDir(), 'accounts.csv');
    writeFileSync(file, 'name,owner\nImported,lin\n');
    const imported = await spawnAcct(['import', file], { ACCT_DB: url });
    expect(imported.code, imported.stderr).toBe(0);
    const changes = await withClient(url, async (client) =>
      (
        await client.query<{ name: string; n: string }>(
          `SELECT a.name, count(*) AS n FROM account_changes c JOIN accounts a ON a.id = c.account_id
           GROUP BY a.name ORDER BY a.name`,
        )
      ).rows.map((row) => [row.name, Number(row.n)]),
    );
    expect(changes).toEqual([
      ['First', 3],
      ['Imported', 3],
      ['Second', 3],
    ]);
  });

  it('run each step once under the lock, whichever of two processes gets there first', async () => {
    const url = (await freshPgDatabase()).url;
    openPostgres({ location: url }).db.close();
    // A slow step that would fail if it ran twice (CREATE TABLE) and says who ran it.
    const steps: PgMigration[] = [
      ...PG_MIGRATIONS,
      {
        version: LATEST_VERSION + 1,
        description: 'a test step',
        sql: `CREATE TABLE test_step_runs (pid int); INSERT INTO test_step_runs VALUES (pg_backend_pid());
              SELECT pg_sleep(0.5);`,
      },
    ];
    const runs = await Promise.all([openInProcess(url, steps), openInProcess(url, steps)]);
    expect(runs.map((run) => run.migratedFrom).sort()).toEqual([LATEST_VERSION, null]);
    expect(await schemaVersion(url)).toEqual([LATEST_VERSION + 1]);
    const ran = await withClient(url, async (client) => (await client.query('SELECT pid FROM test_step_runs')).rows);
    expect(ran).toHaveLength(1);
  });

  it('leave the old version whole when a step fails: no step of the run stays', async () => {
    const url = (await freshPgDatabase()).url;
    openPostgres({ location: url }).db.close();
    const steps: PgMigration[] = [
      ...PG_MIGRATIONS,
      { version: LATEST_VERSION + 1, description: 'fine', sql: 'CREATE TABLE test_step_kept (x int)' },
      { version: LATEST_VERSION + 2, description: 'broken', sql: 'SELECT no_such_function()' },
    ];
    expect(() => openPostgres({ location: url, migrations: steps })).toThrow(/no_such_function/);
    expect(await schemaVersion(url)).toEqual([LATEST_VERSION]);
    const kept = await withClient(url, async (client) =>
      Number((await client.query("SELECT count(*) AS n FROM pg_tables WHERE tablename = 'test_step_kept'")).rows[0].n),
    );
    expect(kept).toBe(0);
  });

  it('refuse a newer schema in one line, password masked, and change nothing', async () => {
    const url = (await freshPgDatabase()).url;
    openPostgres({ location: url }).db.close();
    await withClient(url, (client) => client.query(`UPDATE acct_schema SET version = ${LATEST_VERSION + 1}`));
    const result = await spawnAcct(['add', 'Not Written'], { ACCT_DB: url });
    expect(result.code).toBe(1);
    const [line, ...rest] = result.stderr.trimEnd().split('\n');
    expect(rest).toEqual([]);
    expect(line).toContain(
      `${maskUrl(url)} was written by a newer acct (schema ${LATEST_VERSION + 1}, this acct knows up to ${LATEST_VERSION})`,
    );
    const password = new URL(url).password;
    if (password) expect(result.stderr).not.toContain(password);
    expect(await schemaVersion(url)).toEqual([LATEST_VERSION + 1]);
    const accounts = await withClient(url, async (client) =>
      Number((await client.query('SELECT count(*) AS n FROM accounts')).rows[0].n),
    );
    expect(accounts).toBe(0);
  });
});
