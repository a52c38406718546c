// The PostgreSQL store's foundation (docs/postgres.md): the synchronous bridge, the facade that implements
// Driver, the dialect, opening by URL with the schema at the current version, and passwords never shown.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { openStore } from '../../src/store/index.js';
import { LATEST_VERSION } from '../../src/store/migrations.js';
import { translate } from '../../src/store/pg/dialect.js';
import { openPostgres } from '../../src/store/pg/open.js';
import { pgpassLookup } from '../../src/store/pg/pgpass.js';
import { serviceConfig, serviceSection } from '../../src/store/pg/service.js';
import { isPostgresUrl, maskUrl } from '../../src/store/pg/url.js';
import { freshPgDatabase, withClient, withDatabase, type PgDatabase } from '../pg/database.js';
import { tempDir } from '../helpers.js';

const NOW = '2026-03-15T10:00:00.000Z';

function thrown(work: () => unknown): UserError {
  try {
    work();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('the dialect', () => {
  it.each([
    ['SELECT * FROM t WHERE a = ? AND b = ?', 'SELECT * FROM t WHERE a = $1 AND b = $2'],
    ["SELECT '?', x FROM t WHERE y = ?", "SELECT '?', x FROM t WHERE y = $1"],
    ['SELECT @id, :id, @other', 'SELECT $1, $1, $2'],
    ['INSERT OR IGNORE INTO l (a, b) VALUES (?, ?)', 'INSERT INTO l (a, b) VALUES ($1, $2) ON CONFLICT DO NOTHING'],
    ['SELECT a FROM t INDEXED BY t_x WHERE a IS NOT b', 'SELECT a FROM t  WHERE a IS DISTINCT FROM b'],
    ['SELECT iif(a > 1, char(31), x)', 'SELECT (CASE WHEN a > 1 THEN chr(31) ELSE x END)'],
    ["SELECT json_extract(s.answers, '$.a.b')", "SELECT ((s.answers)::jsonb #>> '{a,b}')"],
    ["SELECT group_concat(name, '; ')", "SELECT string_agg((name)::text, '; ')"],
    ['SELECT max(a, b), max(c) FROM t', 'SELECT GREATEST(a, b), max(c) FROM t'],
    [
      'SELECT external_id AS externalId, x AS n, CAST(y AS INTEGER) FROM t',
      'SELECT external_id AS "externalId", x AS n, CAST(y AS INTEGER) FROM t',
    ],
    ['SELECT group_concat(p) FROM (SELECT 1 AS p)', "SELECT string_agg((p)::text, ',') FROM (SELECT 1 AS p) AS _q1"],
    [
      "SELECT x::text, 'a''b' FROM t WHERE n LIKE ? ESCAPE '\\'",
      "SELECT x::text, 'a''b' FROM t WHERE n ILIKE $1 ESCAPE '\\'",
    ],
  ])('%s', (sqlite, postgres) => {
    expect(translate(sqlite).text).toBe(postgres);
  });
});

describe('locations and secrets', () => {
  it('tells postgres URLs from paths', () => {
    expect(isPostgresUrl('postgres://lin@host/db')).toBe(true);
    expect(isPostgresUrl('postgresql://host/db')).toBe(true);
    expect(isPostgresUrl('postgres:')).toBe(true);
    expect(isPostgresUrl('/srv/acct/postgres.db')).toBe(false);
    expect(isPostgresUrl('postgres.db')).toBe(false);
  });

  it.each([
    ['postgres://lin:s3cret@host:5432/db', 'postgres://lin:***@host:5432/db'],
    ['postgres://lin:p@ss/w?rd@host/db', 'postgres://lin:***@host/db'],
    ['postgres://lin@host:5432/db', 'postgres://lin@host:5432/db'],
    [
      'postgres://host/db?user=lin&password=s3cret&sslmode=require',
      'postgres://host/db?user=lin&password=***&sslmode=require',
    ],
    ['postgres:', 'postgres:'],
  ])('masks %s', (url, masked) => {
    expect(maskUrl(url)).toBe(masked);
  });

  it('reads .pgpass lines as libpq does', () => {
    const file = ['# comment', 'other:5432:*:lin:no', 'db.example:*:acct:lin:pa\\:ss', '*:*:*:*:fallback'].join('\n');
    expect(pgpassLookup(file, { host: 'db.example', port: 5432, database: 'acct', user: 'lin' })).toBe('pa:ss');
    expect(pgpassLookup(file, { host: '/run/postgresql', port: 5432, database: 'x', user: 'wang' })).toBe('fallback');
  });
});

describe('connection services (PGSERVICE)', () => {
  it('reads a section of a service file as libpq does', () => {
    const file = ['# team', '[other]', 'host=elsewhere', '[acct]', 'host = db.example', 'port=6543', 'dbname=acct'];
    const settings = serviceSection([...file, 'user=lin', 'sslmode=require'].join('\n'), 'acct');
    expect(settings).toEqual({ host: 'db.example', port: '6543', dbname: 'acct', user: 'lin', sslmode: 'require' });
    expect(serviceConfig(settings!)).toEqual({
      host: 'db.example',
      port: 6543,
      database: 'acct',
      user: 'lin',
      ssl: { rejectUnauthorized: false },
    });
    expect(serviceSection(file.join('\n'), 'missing')).toBeUndefined();
  });
});

describe('the PostgreSQL facade', () => {
  let pg: PgDatabase;
  beforeAll(async () => {
    pg = await freshPgDatabase();
  });

  it('creates the schema at the current version, marks it ours, and reopens it as it is', async () => {
    const first = openPostgres({ location: pg.url });
    expect(first.migratedFrom).toBe(0);
    first.db.close();
    const second = openPostgres({ location: pg.url });
    expect(second.migratedFrom).toBeNull();
    expect(second.db.prepare('SELECT version FROM acct_schema').pluck().get()).toBe(LATEST_VERSION);
    second.db.close();
  });

  it('round-trips values in the shapes better-sqlite3 gives', () => {
    const { db } = openPostgres({ location: pg.url });
    try {
      const insert = db.prepare(
        'INSERT INTO accounts (name, name_key, revenue, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
      );
      const info = insert.run('Acme 北京', 'acme 北京', 1.5e6, NOW, NOW);
      expect(info).toEqual({ changes: 1, lastInsertRowid: expect.any(Number) });
      const row = db.prepare('SELECT id, name, revenue, owner FROM accounts WHERE id = @id').get({
        id: info.lastInsertRowid,
      });
      expect(row).toEqual({ id: info.lastInsertRowid, name: 'Acme 北京', revenue: 1.5e6, owner: null });
      expect(db.prepare('SELECT count(*) FROM accounts').pluck().get()).toBe(1);
      expect(db.prepare('SELECT name, 1 = 1 FROM accounts').raw().all()).toEqual([['Acme 北京', 1]]);
      expect([...db.prepare('SELECT name FROM accounts').pluck().iterate()]).toEqual(['Acme 北京']);
      expect(
        db
          .prepare('SELECT name, name_key FROM accounts')
          .columns()
          .map((c) => c.name),
      ).toEqual(['name', 'name_key']);
      // The history trigger (plpgsql) wrote the account's first values.
      expect(db.prepare('SELECT field FROM account_changes ORDER BY id').pluck().all()).toEqual([
        'stage',
        'level',
        'position',
      ]);
    } finally {
      db.close();
    }
  });

  it('maps a refused row to the SQLite code the repositories read, in one line', () => {
    const { db } = openPostgres({ location: pg.url });
    try {
      const add = () =>
        db
          .prepare('INSERT INTO accounts (name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?)')
          .run('Dup', 'dup', NOW, NOW);
      add();
      expect(add).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_UNIQUE', sqlState: '23505' }));
      expect(() => db.prepare('SELECT nope FROM accounts').get()).toThrow(/column "nope" does not exist/);
    } finally {
      db.close();
    }
  });

  it('rolls a failed write back whole, and a failed nested part to its savepoint', async () => {
    const store = await openStore(pg.url, { create: true });
    try {
      const before = store.accounts.count();
      expect(() =>
        store.write(() => {
          store.accounts.insert({ name: 'Half Written' }, NOW);
          throw new Error('stop');
        }),
      ).toThrow('stop');
      expect(store.accounts.count()).toBe(before);
      expect(store.db.inTransaction).toBe(false);
      store.write(() => {
        store.accounts.insert({ name: 'Kept' }, NOW);
        expect(() =>
          store.db.transaction(() => {
            store.accounts.insert({ name: 'Dropped' }, NOW);
            throw new Error('inner');
          })(),
        ).toThrow('inner');
      });
      expect(store.accounts.byName('Kept')).toBeDefined();
      expect(store.accounts.byName('Dropped')).toBeUndefined();
    } finally {
      store.close();
    }
  });

  it('refuses a schema newer than this acct with the line SQLite uses, password masked', async () => {
    const other = await freshPgDatabase();
    openPostgres({ location: other.url }).db.close();
    await withClient(other.url, (client) => client.query(`UPDATE acct_schema SET version = ${LATEST_VERSION + 1}`));
    const error = thrown(() => openPostgres({ location: other.url }));
    const password = new URL(other.url).password;
    expect(error.message).toBe(
      `${maskUrl(other.url)} was written by a newer acct (schema ${LATEST_VERSION + 1}, this acct knows up to ${LATEST_VERSION})`,
    );
    expect(error.message).toContain(':***@');
    expect(`${error.message} ${error.hint}`).not.toContain(password);
  });

  it('says why it cannot connect in one line, never with the password', async () => {
    const url = new URL(pg.url);
    const wrong = withDatabase(pg.url, pg.name, { name: url.username, password: 'wrong-secret' });
    const auth = thrown(() => openPostgres({ location: wrong }));
    expect(auth.message).toMatch(
      /^cannot connect to postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/acct_test_\w+: .*password/,
    );
    expect(auth.hint).toMatch(/pgpass/);
    expect(`${auth.message}${auth.hint}`).not.toContain('wrong-secret');

    const missing = thrown(() => openPostgres({ location: withDatabase(pg.url, 'no_such_db') }));
    expect(missing.message).toMatch(/database "no_such_db" does not exist/);
    expect(missing.hint).toMatch(/createdb/);

    const refused = thrown(() => openPostgres({ location: 'postgres://lin:s3cret@127.0.0.1:1/acct' }));
    expect(refused.message).toBe(
      'cannot connect to postgres://lin:***@127.0.0.1:1/acct: connect ECONNREFUSED 127.0.0.1:1',
    );
    expect(refused.message.split('\n')).toHaveLength(1);
  });

  it('connects to the service PGSERVICE names with ACCT_DB=postgres: alone', async () => {
    const url = new URL(pg.url);
    const file = join(tempDir(), 'pg_service.conf');
    const lines = ['[team]', `host=${url.hostname}`, `port=${url.port}`, `dbname=${pg.name}`, `user=${url.username}`];
    writeFileSync(file, [...lines, `password=${decodeURIComponent(url.password)}`, ''].join('\n'), { mode: 0o600 });
    const saved = { PGSERVICEFILE: process.env.PGSERVICEFILE, PGSERVICE: process.env.PGSERVICE };
    process.env.PGSERVICEFILE = file;
    try {
      process.env.PGSERVICE = 'team';
      const { db } = openPostgres({ location: 'postgres:' });
      expect(db.prepare('SELECT current_database()').pluck().get()).toBe(pg.name);
      db.close();
      process.env.PGSERVICE = 'nobody';
      expect(thrown(() => openPostgres({ location: 'postgres:' })).message).toBe(
        'cannot connect to postgres:: service "nobody" not found in the service files',
      );
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });

  it('finds the password in the password file when the URL has none', async () => {
    const url = new URL(pg.url);
    const file = join(tempDir(), 'pgpass');
    writeFileSync(file, `127.0.0.1:${url.port}:${pg.name}:${url.username}:${decodeURIComponent(url.password)}\n`, {
      mode: 0o600,
    });
    const saved = { PGPASSFILE: process.env.PGPASSFILE, PGPASSWORD: process.env.PGPASSWORD };
    process.env.PGPASSFILE = file;
    delete process.env.PGPASSWORD;
    try {
      const { db } = openPostgres({ location: withDatabase(pg.url, pg.name, { name: url.username }) });
      expect(db.prepare('SELECT current_user').pluck().get()).toBe(url.username);
      db.close();
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});
