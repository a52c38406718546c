// When PostgreSQL rolls work back and asks for it to be run again (40001 serialization failure, 40P01
// deadlock), acct runs it again: a statement on its own, a write transaction, the import's own transaction
// (docs/postgres.md, "Writes"). Where it cannot (the retries ran out, an import read from stdin), the user
// gets one line saying another writer holds the database and nothing changed. A read transaction sees one
// snapshot, as on SQLite. The failures are real PostgreSQL errors, raised by a function whose calls a
// sequence counts (a sequence is not rolled back), so the n-th call can succeed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { maskUrl } from '../../src/store/pg/url.js';
import { spawnAcct, tempDir } from '../helpers.js';
import { freshPgDatabase, withClient, type PgDatabase } from '../pg/database.js';

const NOW = '2026-03-15T10:00:00.000Z';

let pg: PgDatabase;

/** `flaky()` fails with `state` on its first `failures` calls; `calls()` counts them all. */
async function failFirst(failures: number, state: '40001' | '40P01'): Promise<void> {
  await withClient(pg.url, async (client) => {
    await client.query(`
      DROP SEQUENCE IF EXISTS flaky_calls;
      CREATE SEQUENCE flaky_calls;
      CREATE OR REPLACE FUNCTION calls() RETURNS bigint LANGUAGE sql AS
        $$ SELECT last_value - CASE WHEN is_called THEN 0 ELSE 1 END FROM flaky_calls $$;
      CREATE OR REPLACE FUNCTION flaky() RETURNS int LANGUAGE plpgsql AS $$
      BEGIN
        IF nextval('flaky_calls') <= ${failures} THEN
          RAISE EXCEPTION 'could not go on (test)' USING ERRCODE = '${state}';
        END IF;
        RETURN 1;
      END $$;`);
  });
}

/** Every new account goes through flaky(). */
async function guardAccounts(on: boolean): Promise<void> {
  await withClient(pg.url, async (client) => {
    await client.query(`
      CREATE OR REPLACE FUNCTION flaky_row() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN PERFORM flaky(); RETURN NEW; END $$;
      DROP TRIGGER IF EXISTS flaky_accounts ON accounts;
      ${on ? 'CREATE TRIGGER flaky_accounts BEFORE INSERT ON accounts FOR EACH ROW EXECUTE FUNCTION flaky_row();' : ''}`);
  });
}

const calls = async (): Promise<number> =>
  withClient(pg.url, async (client) => Number((await client.query('SELECT calls() AS n')).rows[0].n));

const accounts = async (): Promise<string[]> =>
  withClient(pg.url, async (client) =>
    (await client.query<{ name: string }>('SELECT name FROM accounts ORDER BY name')).rows.map((row) => row.name),
  );

beforeAll(async () => {
  pg = await freshPgDatabase();
  (await openStore(pg.url, { create: true })).close();
});

beforeEach(async () => {
  await guardAccounts(false);
  await withClient(pg.url, (client) => client.query('DELETE FROM accounts'));
});

describe('PostgreSQL asks for a retry', () => {
  it('runs a statement outside a transaction again', async () => {
    await failFirst(2, '40001');
    const store = await openStore(pg.url, { create: false });
    try {
      expect(store.db.prepare('SELECT flaky() AS ok').get()).toEqual({ ok: 1 });
    } finally {
      store.close();
    }
    expect(await calls()).toBe(3);
  });

  it('runs a write transaction again, whole, and its writes are stored once', async () => {
    await failFirst(3, '40P01');
    const store = await openStore(pg.url, { create: false });
    let runs = 0;
    try {
      store.write(() => {
        runs++;
        store.accounts.insert({ name: 'Before the conflict' }, NOW);
        store.db.prepare('SELECT flaky()').get();
        store.accounts.insert({ name: 'After the conflict' }, NOW);
      });
    } finally {
      store.close();
    }
    expect(runs).toBe(4);
    expect(await accounts()).toEqual(['After the conflict', 'Before the conflict']);
  });

  it('runs an import again from its files, storing each row once', async () => {
    await failFirst(2, '40001');
    await guardAccounts(true);
    const file = join(tempDir(), 'accounts.csv');
    writeFileSync(file, 'name,owner\nImported One,lin\nImported Two,lin\n');
    const result = await spawnAcct(['--json', 'import', file], { ACCT_DB: pg.url });
    expect(result.code, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as { created: number }).created).toBe(2);
    expect(await accounts()).toEqual(['Imported One', 'Imported Two']);
    expect(await calls()).toBe(4); // two refused first rows, then both rows
  });

  it('says in one line that another writer holds the database when the retries run out', async () => {
    await failFirst(1000, '40P01');
    await guardAccounts(true);
    const result = await spawnAcct(['add', 'Never Stored'], { ACCT_DB: pg.url });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `acct: ${maskUrl(pg.url)} is locked: another acct (or program) is writing to it (try again in a moment; nothing was changed)\n`,
    );
    const password = new URL(pg.url).password;
    if (password) expect(result.stderr).not.toContain(password);
    expect(await calls()).toBe(5); // five attempts
    expect(await accounts()).toEqual([]);
  });

  it('does not run an import from stdin again (it cannot read it twice): one line, nothing written', async () => {
    await failFirst(1, '40001');
    await guardAccounts(true);
    const result = await spawnAcct(
      ['import', '--type', 'accounts', '-'],
      { ACCT_DB: pg.url },
      'name,owner\nFrom Stdin,lin\n',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is locked: another acct/);
    expect(result.stderr).not.toMatch(/40001|serializ|\n\s+at /);
    expect(await calls()).toBe(1);
    expect(await accounts()).toEqual([]);
  });
});

describe('a read transaction on PostgreSQL', () => {
  it('sees one snapshot: what another connection commits meanwhile is not in it', async () => {
    const reader = await openStore(pg.url, { create: false });
    const writer = await openStore(pg.url, { create: false });
    try {
      const seen = reader.db.transaction(() => {
        const before = reader.accounts.count();
        writer.write(() => writer.accounts.insert({ name: 'Committed Meanwhile' }, NOW));
        return [before, reader.accounts.count()];
      })();
      expect(seen).toEqual([0, 0]);
      expect(reader.accounts.count()).toBe(1);
    } finally {
      reader.close();
      writer.close();
    }
  });
});
