// acct import on PostgreSQL writes new accounts with COPY (docs/postgres.md, "Bulk writes"): the built
// binary imports the same files into a SQLite file and a fresh PostgreSQL database at the same clock, and
// every run prints the same, exports the same rows and leaves the same history, on both backends.
import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { postgres, sqlite } from '../backends.js';
import { spawnAcct, tempDir, type RunResult } from '../helpers.js';
import { withClient } from '../pg/database.js';

const NOW = { ACCT_NOW: '2026-11-20T09:30:00.000Z' };

function file(name: string, content: string): string {
  const dir = tempDir();
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Every text COPY's format must escape or tell apart: quotes, tabs, line breaks, backslashes, `\N`, Chinese. */
const TRICKY = [
  'name,externalId,owner,tier,city,address,revenue,share,notes',
  '"Tab\tand ""quote"" Co",T-1,lin,A,上海,"line one\nline two",120万,35,"back\\slash, \\N and \\\\N, a literal \\t"',
  '"华东机械\\分厂",T-2,wang,B,,"",,,""',
  '\\N,T-3,,C,\\N,"\\N",0,0,\\N',
  '"CR\rinside",T-4,chen,,深圳,"a\r\nb",3.25,99.5,"  spaces kept inside  "',
  '深圳新能电池,,zhao,A,杭州,,1000.5,,"emoji 🚀 and 繁體"',
  '',
].join('\n');

/** What a run says, with the location replaced. */
const said = (result: RunResult, location: string) => ({
  code: result.code,
  stdout: result.stdout.replaceAll(location, '<db>'),
  stderr: result.stderr.replaceAll(location, '<db>'),
});

type Row = Record<string, unknown>;

/** The history rows, in the order written, as both backends give them. */
async function history(location: string): Promise<Row[]> {
  const sql =
    'SELECT account_id, field, from_value, to_value, changed_at FROM account_changes ORDER BY account_id, field, id';
  if (!location.startsWith('postgres')) {
    const handle = new Database(location, { readonly: true });
    try {
      return handle.prepare(sql).all() as Row[];
    } finally {
      handle.close();
    }
  }
  const rows = await withClient(location, (client) => client.query<Row>(sql));
  return rows.rows.map((row) => ({ ...row, account_id: Number(row.account_id) }));
}

/** Runs the same commands on a SQLite file and a PostgreSQL database; returns what each said. */
async function onBoth(commands: string[][]): Promise<{ sqlite: string; pg: string; results: [unknown[], unknown[]] }> {
  const [sqliteAt, pgAt] = [await sqlite.location(), await postgres.location()];
  const replay = async (location: string) => {
    const results = [];
    for (const args of commands) results.push(said(await spawnAcct(args, { ACCT_DB: location, ...NOW }), location));
    return results;
  };
  const [a, b] = await Promise.all([replay(sqliteAt), replay(pgAt)]);
  return { sqlite: sqliteAt, pg: pgAt, results: [a, b] };
}

function expectSame(commands: string[][], results: [unknown[], unknown[]]): void {
  commands.forEach((args, i) => expect(results[1][i], `acct ${args.join(' ')}`).toEqual(results[0][i]));
}

describe('acct import on PostgreSQL (COPY) does what it does on SQLite', () => {
  it('text with quotes, tabs, line breaks, backslashes, \\N and Chinese arrives exactly; empty is not \\N', async () => {
    const tricky = file('accounts.csv', TRICKY);
    const commands = [
      ['--json', 'import', tricky],
      ['export', '--type', 'accounts'],
      ['--json', 'list'],
      ['--json', 'import', tricky],
      ['--json', 'show', 'T-3'],
    ];
    const run = await onBoth(commands);
    const [onSqlite] = run.results as [{ code: number; stdout: string }[], unknown[]];
    expect(onSqlite[0]!.code).toBe(0);
    expect(JSON.parse(onSqlite[0]!.stdout)).toMatchObject({ created: 5, updated: 0, invalid: 0 });
    expect(JSON.parse(onSqlite[3]!.stdout)).toMatchObject({ created: 0, unchanged: 5 });
    expectSame(commands, run.results);
    expect(await history(run.pg)).toEqual(await history(run.sqlite));
    // In the database: the text `\N` is text, an empty cell is NULL (as SQLite stores it), line breaks kept.
    const rows = await withClient(run.pg, (client) =>
      client.query<Row>('SELECT name, city, address, notes FROM accounts ORDER BY id'),
    );
    expect(rows.rows[0]).toMatchObject({ address: 'line one\nline two' });
    expect(rows.rows[0]!.notes).toBe('back\\slash, \\N and \\\\N, a literal \\t');
    expect(rows.rows[1]).toMatchObject({ name: '华东机械\\分厂', city: null, address: null, notes: null });
    expect(rows.rows[2]).toMatchObject({ name: '\\N', city: '\\N', address: '\\N', notes: '\\N' });
    expect(rows.rows[3]!.name).toBe('CR inside'); // a name's control characters are spaces (the domain's cleanName)
  });

  it('updates, renames by external id, duplicates in a file and then new accounts: same outcomes and history', async () => {
    const first = file('first.csv', TRICKY);
    const changed = file(
      'changed.csv',
      [
        'name,externalId,owner,tier,stage,position,share',
        'Renamed Co,T-1,lin,B,,secondary,10',
        'Brand New,T-9,lin,A,,,',
        '深圳新能电池,,zhao,C,,,',
        '',
      ].join('\n'),
    );
    const duplicated = file('dup.csv', 'name,externalId,tier\nOnce,D-1,A\nTwice,D-2,B\nOnce again,D-1,C\n');
    const taken = file('taken.csv', 'name,externalId\nRenamed Co,T-77\nT-1 Holder,T-1\n');
    const commands = [
      ['--json', 'import', first],
      ['--json', 'import', changed],
      ['import', duplicated],
      ['--json', 'import', taken],
      ['export', '--type', 'accounts'],
      ['history', 'Renamed Co'],
      ['add', 'Added Later', '--owner', 'lin'],
      ['--json', 'show', 'Added Later'],
      ['--json', 'import', '--dry-run', file('dry.csv', 'name\nDry One\nDry Two\n')],
      ['--json', 'list'],
    ];
    const run = await onBoth(commands);
    const [onSqlite] = run.results as [{ code: number; stdout: string; stderr: string }[], unknown[]];
    expect(JSON.parse(onSqlite[1]!.stdout)).toMatchObject({ created: 1, updated: 2 });
    expect(onSqlite[2]!.code).toBe(1);
    expect(onSqlite[2]!.stderr).toMatch(/lines 2 and 4/);
    expect(onSqlite[3]!.code).toBe(1);
    expect(onSqlite[7]!.code).toBe(0);
    expectSame(commands, run.results);
    expect(await history(run.pg)).toEqual(await history(run.sqlite));
  });

  it('accounts, then contacts and activities naming them, in one run; --skip-invalid keeps the good rows', async () => {
    const folder = join(tempDir(), 'portfolio');
    mkdirSync(folder);
    writeFileSync(join(folder, 'accounts.csv'), 'name,externalId,owner\nAcme,A-1,lin\n华东机械,A-2,wang\n');
    writeFileSync(
      join(folder, 'contacts.csv'),
      'account,name,email,department\nAcme,Wang Li,wang@acme.test,purchasing\n华东机械,刘洋,,采购\n',
    );
    writeFileSync(
      join(folder, 'activities.csv'),
      'account,date,type,note,contacts\nAcme,2026-11-01,visit,"plant tour\tday one",Wang Li\n华东机械,2026-11-02,call,电话,刘洋\n',
    );
    const mixed = file('mixed.csv', 'name,tier\nGood One,A\nBad One,Z\nGood Two,\n');
    const commands = [
      ['--json', 'import', folder],
      ['--json', 'import', '--skip-invalid', mixed],
      ['--json', 'list'],
      ['show', 'acme'],
      ['--json', 'report', '--limit', '0'],
    ];
    const run = await onBoth(commands);
    const [onSqlite] = run.results as [{ code: number; stdout: string }[], unknown[]];
    expect(JSON.parse(onSqlite[0]!.stdout)).toMatchObject({ created: 6, invalid: 0 });
    expect(JSON.parse(onSqlite[1]!.stdout)).toMatchObject({ created: 2, invalid: 1 });
    expectSame(commands, run.results);
    expect(await history(run.pg)).toEqual(await history(run.sqlite));
  });
});
