// The same commands on PostgreSQL as on SQLite (issue 15 point 1, docs/postgres.md): the built binary runs
// one session against ACCT_DB=<a fresh PostgreSQL database> and against a new SQLite file, and every
// command prints the same thing on both.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SECONDARY_SUPPLIER_ANSWERS } from '../answers.js';
import { LATEST_VERSION } from '../../src/store/migrations.js';
import { postgres, sqlite, type Backend } from '../backends.js';
import { spawnAcct, tempDb, tempDir, type RunResult } from '../helpers.js';
import { freshPgDatabase, withClient } from '../pg/database.js';

const answers = join(tempDir(), 'answers.json');

const SESSION: string[][] = [
  [
    'add',
    'Acme Industrial',
    '--owner',
    'lin',
    '--tier',
    'A',
    '--position',
    'secondary',
    '--revenue',
    '120万',
    '--currency',
    'CNY',
  ],
  ['add', '華東機械', '--owner', 'wang', '--tier', 'B'],
  [
    'contact',
    'add',
    'acme',
    'Wang Li',
    '--department',
    'purchasing',
    '--role',
    'purchasing',
    '--attitude',
    'neutral',
    '--strength',
    '3',
  ],
  ['contact', 'add', 'acme', 'Zhao Min', '--seniority', 'executive'],
  ['log', 'acme', 'plant tour with Wang', '--type', 'visit', '--contact', 'Wang Li', '--date', '2026-03-10'],
  ['log', 'acme', 'PO 4471', '--type', 'order', '--amount', '420万', '--date', '2026-03-12'],
  ['list'],
  ['--json', 'list'],
  ['show', 'acme'],
  ['--json', 'assess', 'acme', '--answers', answers, '--accept', 'all'],
  ['action', 'list'],
  ['contact', 'list', 'acme'],
  ['history', 'acme'],
  ['--json', 'report'],
  ['report', '--format', 'text'],
  ['show', '华东机械'],
  ['remove', 'Acme Industrial', '--yes'],
  ['--json', 'list'],
];

/** What a run says, with the location (a file path or a URL) replaced. */
const said = (result: RunResult, location: string) => ({
  code: result.code,
  stdout: result.stdout.replaceAll(location, '<db>'),
  stderr: result.stderr.replaceAll(location, '<db>'),
});

async function session(backend: Backend, location: string): Promise<ReturnType<typeof said>[]> {
  const results = [];
  for (const args of SESSION) {
    results.push(said(await spawnAcct(args, { ACCT_DB: location }), location));
  }
  return results;
}

describe('acct on PostgreSQL', () => {
  beforeAll(() => writeFileSync(answers, JSON.stringify(SECONDARY_SUPPLIER_ANSWERS)));

  it('prints what it prints on SQLite, command by command', async () => {
    const url = await postgres.location();
    const [onSqlite, onPostgres] = await Promise.all([
      session(sqlite, await sqlite.location()),
      session(postgres, url),
    ]);
    // The session does something: every command succeeds, the report names the account.
    expect(onSqlite.map((r) => r.code)).toEqual(SESSION.map(() => 0));
    expect(onSqlite[13]!.stdout).toContain('Acme Industrial');
    SESSION.forEach((args, i) => {
      expect(onPostgres[i], `acct ${args.join(' ')}`).toEqual(onSqlite[i]);
    });
    // And it was PostgreSQL that held the data.
    const left = await withClient(url, (client) => client.query<{ name: string }>('SELECT name FROM accounts'));
    expect(left.rows.map((row) => row.name)).toEqual(['華東機械']);
  });

  it('imports the sample portfolio and reports on it as on SQLite, today and on past days', async () => {
    const commands = [
      ['import', 'examples/'],
      ['--json', 'report', '--limit', '0'],
      ['--json', 'report', '--as-of', '2026-06-01', '--limit', '0'],
      ['report', '--format', 'html', '--as-of', '2026-09-15'],
      ['--json', 'today', '--everyone'],
      ['brief', 'acme', '--format', 'markdown'],
      ['find', 'wang'],
    ];
    const replay = async (location: string) => {
      const results = [];
      for (const args of commands) results.push(said(await spawnAcct(args, { ACCT_DB: location }), location));
      return results;
    };
    const [onSqlite, onPostgres] = await Promise.all([
      replay(await sqlite.location()),
      replay(await postgres.location()),
    ]);
    expect(onSqlite.map((r) => r.code)).toEqual(commands.map(() => 0));
    expect(JSON.parse(onSqlite[2]!.stdout).window.asOf).toBe('2026-06-01');
    commands.forEach((args, i) => expect(onPostgres[i], `acct ${args.join(' ')}`).toEqual(onSqlite[i]));
  });

  it('acct db status says backend, where (password masked), schema and user', async () => {
    const pg = await freshPgDatabase();
    const password = decodeURIComponent(new URL(pg.url).password);
    const text = await spawnAcct(['db', 'status'], { ACCT_DB: pg.url });
    expect(text.code).toBe(0);
    const masked = pg.url.replace(`:${new URL(pg.url).password}@`, ':***@');
    const lines = text.stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'backend: postgres',
      `location: ${masked}`,
      `database: ${pg.name}`,
      `schema: ${LATEST_VERSION}`,
      'user: postgres',
    ]);
    expect(lines.slice(5)).toEqual([expect.stringMatching(/^server: 1\d/), '']);
    expect(text.stdout + text.stderr).not.toContain(password);

    const json = await spawnAcct(['--db', pg.url, '--json', 'db', 'status']);
    expect(JSON.parse(json.stdout)).toMatchObject({ backend: 'postgres', location: masked, schema: LATEST_VERSION });
    expect(json.stdout + json.stderr).not.toContain(password);

    const file = tempDb();
    const onSqlite = await spawnAcct(['--db', file, 'db', 'status']);
    expect(onSqlite.stdout).toBe(`backend: sqlite\nlocation: ${file}\nschema: ${LATEST_VERSION}\n`);
  });

  it('a server that is not there: one line with the password masked, exit 1', async () => {
    const result = await spawnAcct(['list'], { ACCT_DB: 'postgres://lin:s3cret@127.0.0.1:1/acct' });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('cannot connect to postgres://lin:***@127.0.0.1:1/acct');
    expect(result.stderr).not.toContain('s3cret');
  });
});
