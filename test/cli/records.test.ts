import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, setup, tempDb, tempDir } from '../helpers.js';

const digest = (path: string) =>
  existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'none';

/** Every row of every table, so "nothing changed" can be asserted exactly. */
function snapshot(db: string): string {
  const conn = new Database(db, { readonly: true });
  const tables = ['accounts', 'contacts', 'activities', 'activity_contacts', 'actions', 'assessments'];
  const rows = tables.map((table) => conn.prepare(`SELECT * FROM ${table}`).all());
  conn.close();
  return JSON.stringify(rows);
}

async function portfolio(): Promise<string> {
  const db = tempDb();
  await setup(
    db,
    [
      'add',
      'Acme Industrial',
      '--owner',
      'lin',
      '--tier',
      'A',
      '--position',
      'secondary',
      '--stage',
      'initial-cooperation',
      '--share',
      '15',
    ],
    ['add', 'Acorn Foods', '--owner', 'zhao', '--tier', 'B'],
    ['add', '华东机械', '--owner', 'lin', '--city', '上海'],
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
      '--seniority',
      'manager',
      '--email',
      'wang@acme.example',
    ],
    ['contact', 'add', 'acme', 'Chen Jie', '--department', 'technical', '--attitude', 'supporter'],
  );
  return db;
}

describe('account commands', () => {
  it('adds and lists accounts: plain tab-separated rows when piped', async () => {
    const db = await portfolio();
    const result = await run(db, ['list']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]!.split('\t')).toEqual([
      'Acme Industrial',
      'A',
      'lin',
      'initial-cooperation',
      'transactional',
      'secondary',
      '15%',
      '',
    ]);
    expect(result.stdout).not.toMatch(/\x1b\[/);
  });

  it('prints an aligned table with a header on a terminal, CJK names lined up', async () => {
    const db = await portfolio();
    const result = await run(db, ['list'], { tty: true, env: { FORCE_COLOR: undefined, NO_COLOR: '1' } });
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+TIER\s+OWNER\s+STAGE/);
    // The TIER column starts at the same display column on every row, even after 华东机械 (4 wide chars = 8 cells).
    const tierColumn = (line: string) => {
      const name = line.slice(0, line.search(/\s{2}/));
      const width = [...name].reduce((sum, ch) => sum + (/[\u4e00-\u9fff]/.test(ch) ? 2 : 1), 0);
      return width + line.slice(name.length).search(/\S/);
    };
    const acme = lines.find((l) => l.startsWith('Acme'))!;
    const header = lines[0]!;
    expect(tierColumn(acme)).toBe(tierColumn(header));
    expect(result.stdout).not.toMatch(/\x1b\[/); // NO_COLOR honoured
  });

  it('colours the table on a terminal unless told not to', async () => {
    const db = await portfolio();
    const coloured = await run(db, ['list'], { tty: true, env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toMatch(/\x1b\[/);
    const plain = await run(db, ['--no-color', 'list'], { tty: true, env: { FORCE_COLOR: '1' } });
    expect(plain.stdout).not.toMatch(/\x1b\[/);
    const dumb = await run(db, ['list'], { tty: true, env: { TERM: 'dumb' } });
    expect(dumb.stdout).not.toMatch(/\x1b\[/);
  });

  it('filters the list and prints stable JSON', async () => {
    const db = await portfolio();
    const result = await run(db, ['list', '--owner', 'LIN', '--json']);
    const accounts = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(accounts.map((a) => a.name)).toEqual(['Acme Industrial', '华东机械']);
    expect(Object.keys(accounts[0]!)).toEqual(
      expect.arrayContaining([
        'id',
        'name',
        'externalId',
        'owner',
        'tier',
        'stage',
        'level',
        'targetLevel',
        'position',
        'share',
        'revenue',
        'currency',
        'createdAt',
        'updatedAt',
      ]),
    );
  });

  it('finds accounts by full-width, case-insensitive name and unique prefix', async () => {
    const db = await portfolio();
    expect((await run(db, ['show', 'ＡＣＭＥ ＩＮＤＵＳＴＲＩＡＬ', '--json'])).code).toBe(0);
    const prefix = await run(db, ['show', 'acme', '--json']);
    expect(JSON.parse(prefix.stdout).account.name).toBe('Acme Industrial');
    expect(JSON.parse((await run(db, ['show', '华东', '--json'])).stdout).account.name).toBe('华东机械');
  });

  it('shows contacts grouped by department with role, attitude and strength', async () => {
    const db = await portfolio();
    await setup(db, [
      'log',
      'acme',
      'Visited the plant',
      '--type',
      'visit',
      '--contact',
      'wang',
      '--date',
      '2026-03-10',
    ]);
    const result = await run(db, ['show', 'acme'], { tty: true, env: { NO_COLOR: '1' } });
    expect(result.stdout).toContain('purchasing');
    expect(result.stdout).toMatch(/Wang Li.*neutral.*●●●○○.*5 days ago/);
    expect(result.stdout).toContain('Visited the plant');
    const json = JSON.parse((await run(db, ['show', 'acme', '--json'])).stdout);
    expect(json.contacts.find((c: { name: string }) => c.name === 'Wang Li').lastContacted).toBe('2026-03-10');
  });

  it('edits, renames and removes', async () => {
    const db = await portfolio();
    expect((await run(db, ['edit', 'acme', '--stage', 'primary-supplier', '--share', '45'])).code).toBe(0);
    expect((await run(db, ['rename', 'acme', 'Acme Group'])).code).toBe(0);
    const shown = JSON.parse((await run(db, ['show', 'acme group', '--json'])).stdout);
    expect(shown.account).toMatchObject({ name: 'Acme Group', stage: 'primary-supplier', share: 45 });
    await setup(db, ['log', 'acme', 'Call', '--date', '2026-03-01'], ['action', 'add', 'acme', 'Send samples']);
    const removed = await run(db, ['remove', 'acme group', '--yes']);
    expect(removed.code).toBe(0);
    expect(removed.stderr.trim()).toBe('Removed Acme Group with its 2 contacts, 1 activity and 1 action');
    const bare = await run(db, ['remove', 'Acorn Foods', '--yes', '--json']);
    expect(JSON.parse(bare.stdout)).toMatchObject({ contacts: 0, activities: 0, actions: 0, assessments: 0 });
    expect(JSON.parse((await run(db, ['list', '--json'])).stdout)).toHaveLength(1);
    const conn = new Database(db, { readonly: true });
    expect(conn.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(0);
    expect(conn.prepare('SELECT count(*) FROM activities').pluck().get()).toBe(0);
    conn.close();
  });

  it('refuses a second contact of the same name unless emails tell them apart', async () => {
    const db = await portfolio();
    const twin = await run(db, ['contact', 'add', 'acme', 'wang li']);
    expect(twin.code).toBe(1);
    expect(twin.stderr.trim()).toBe(
      'acct: Acme Industrial already has a contact named Wang Li (change that one with acct contact edit, or give both an --email to tell them apart)',
    );
    const renamed = await run(db, ['contact', 'edit', 'acme', 'Chen Jie', '--name', 'Wang Li']);
    expect(renamed.code).toBe(1);
    // Wang Li has an email; a namesake with another email can be told apart, and found by it.
    expect((await run(db, ['contact', 'add', 'acme', 'Wang Li', '--email', 'wang.li2@acme.example'])).code).toBe(0);
    const found = await run(db, ['contact', 'edit', 'acme', 'wang.li2@acme.example', '--title', 'Engineer']);
    expect(found.code, found.stderr).toBe(0);
    const contacts = JSON.parse((await run(db, ['contact', 'list', 'acme', '--json'])).stdout) as { name: string }[];
    expect(contacts.map((c) => c.name).sort()).toEqual(['Chen Jie', 'Wang Li', 'Wang Li']);
  });

  it('a misspelt --owner warns with the owners there are instead of an empty list alone', async () => {
    const db = await portfolio();
    const listed = await run(db, ['list', '--owner', 'zho']);
    expect(listed).toMatchObject({ code: 0, stdout: '' });
    expect(listed.stderr.trim()).toBe('warning: nobody called "zho" owns an account or action (did you mean zhao?)');
    const actions = await run(db, ['action', 'list', '--owner', 'Xu']);
    expect(actions.stderr).toContain('(owners: lin, zhao)');
    // A real owner with nothing to show, in another case, is not a typo.
    expect((await run(db, ['list', '--owner', 'ZHAO', '--tier', 'A'])).stderr).not.toContain('warning');
  });

  it('lets a rename change only the case of a name', async () => {
    const db = await portfolio();
    expect((await run(db, ['rename', 'acorn', 'ACORN FOODS'])).code).toBe(0);
  });

  it('names file problems in words: a device as --db, a missing answers file, a folder as -o', async () => {
    const db = await portfolio();
    const device = await run(db, ['--db', '/dev/null', 'list']);
    expect(device.stderr.trim()).toBe(
      'acct: /dev/null is not a regular file (a device or pipe) (pass a file path with --db)',
    );
    const answers = await run(db, ['assess', 'acme', '--answers', '/nonexistent/answers.yaml']);
    expect(answers.stderr).toContain('cannot read answers file /nonexistent/answers.yaml: no such file or folder');
    const folder = await run(db, ['export', '-o', tmpdir()]);
    expect(folder.stderr).toContain(`cannot write ${tmpdir()}: it is a folder`);
  });

  it('finds an account by its external id in any case, and says what removing a contact takes from the log', async () => {
    const db = await portfolio();
    await setup(
      db,
      ['edit', 'acme', '--external-id', 'SF-0042'],
      ['log', 'acme', 'Plant visit', '--contact', 'Wang Li', '--date', '2026-03-01'],
    );
    expect(JSON.parse((await run(db, ['show', 'sf-0042', '--json'])).stdout).account.name).toBe('Acme Industrial');
    // With --yes the account, too, takes its exact name or external id (any case), not a prefix.
    const removed = await run(db, ['contact', 'remove', 'SF-0042', 'Wang Li', '--yes']);
    expect(removed.stderr.trim()).toBe(
      'Removed Wang Li from Acme Industrial (their name also leaves 1 logged activity)',
    );
  });

  it("moves an action's due date, owner and wording with action edit", async () => {
    const db = await portfolio();
    await setup(db, ['action', 'add', 'acme', 'Send samples', '--due', '2026-03-10']);
    const [added] = JSON.parse((await run(db, ['action', 'list', '--json'])).stdout) as { id: number }[];
    const edited = await run(db, ['action', 'edit', String(added!.id), '--due', '+7d', '--owner', 'zhao', '--json']);
    expect(edited.code, edited.stderr).toBe(0);
    expect(JSON.parse(edited.stdout)).toMatchObject({ due: '2026-03-22', owner: 'zhao', text: 'Send samples' });
    expect((await run(db, ['action', 'edit', String(added!.id)])).code).toBe(2);
    expect((await run(db, ['action', 'edit', '999', '--owner', 'x'])).stderr).toContain('no action #999');
    expect((await run(db, ['action', 'edit', String(added!.id), '--due', 'someday'])).stderr).toContain(
      'due "someday" is not a date',
    );
  });

  it('logs activities and manages actions', async () => {
    const db = await portfolio();
    await setup(
      db,
      ['action', 'add', 'acme', 'Invite the plant manager', '--due', '2026-03-10'],
      ['action', 'add', 'acme', 'Send samples', '--due', '+5d'],
    );
    const list = JSON.parse((await run(db, ['action', 'list', '--json'])).stdout);
    expect(list.map((a: { text: string; overdue: boolean; owner: string }) => [a.text, a.overdue, a.owner])).toEqual([
      ['Invite the plant manager', true, 'lin'],
      ['Send samples', false, 'lin'],
    ]);
    expect((await run(db, ['action', 'done', String(list[0].id)])).code).toBe(0);
    expect((await run(db, ['action', 'done', String(list[0].id)])).stderr).toContain('already done');
    expect(JSON.parse((await run(db, ['action', 'list', '--overdue', '--json'])).stdout)).toEqual([]);
    expect(JSON.parse((await run(db, ['action', 'list', '--status', 'all', '--json'])).stdout)).toHaveLength(2);
  });
});

describe('bad input: one line, exit code, database unchanged', () => {
  const cases: [string, string[], RegExp, number][] = [
    [
      'unknown enum value',
      ['add', 'New Co', '--stage', 'courtship'],
      /stage "courtship" is not one of development, initial-cooperation/,
      1,
    ],
    [
      'misspelt enum value, with the close match',
      ['log', 'acme', 'call', '--type', 'vist'],
      /type "vist" is not one of visit, .*; did you mean visit\?/,
      1,
    ],
    ['duplicate account name', ['add', ' acme industrial '], /an account named "Acme Industrial" already exists/, 1],
    ['negative revenue', ['add', 'New Co', '--revenue', '-5'], /revenue cannot be negative/, 1],
    [
      'revenue in one currency, --currency another',
      ['add', 'New Co', '--revenue', 'EUR 3m', '--currency', 'USD'],
      /revenue is in EUR but currency says USD/,
      1,
    ],
    [
      'a currency that is not ISO 4217',
      ['add', 'New Co', '--currency', 'XYZ'],
      /currency "XYZ" is not an ISO 4217 code/,
      1,
    ],
    ['share above 100', ['edit', 'acme', '--share', '120'], /share must be between 0 and 100/, 1],
    ['unparseable date', ['log', 'acme', 'call', '--date', 'next blue moon'], /date "next blue moon" is not a date/, 1],
    [
      'a log dated in the future',
      ['log', 'acme', 'Plant visit', '--date', 'tomorrow'],
      /--date 2026-03-16 is in the future; a log records what already happened \(plan it instead: acct action add "acme" "Plant visit" --due 2026-03-16\)/,
      1,
    ],
    ['unknown account', ['show', 'acmx'], /no account named "acmx" \(did you mean Acme Industrial\b/, 1],
    [
      'ambiguous account',
      ['edit', 'ac', '--tier', 'B'],
      /"ac" matches more than one account: Acme Industrial, Acorn Foods/,
      1,
    ],
    [
      'unknown contact',
      ['log', 'acme', 'call', '--contact', 'Nobody'],
      /no contact "Nobody" at Acme Industrial \(contacts there: Chen Jie, Wang Li\)/,
      1,
    ],
    ['unknown option', ['add', 'X', '--colour', 'red'], /unknown option '--colour'/, 2],
    ['missing argument', ['add'], /missing required argument 'name'/, 2],
    ['remove without --yes when piped', ['remove', 'acme'], /--yes is required when not running interactively/, 2],
    ['edit with nothing to change', ['edit', 'acme'], /nothing to change/, 2],
  ];
  it.each(cases)('%s', async (_label, args, message, code) => {
    const db = await portfolio();
    const before = snapshot(db);
    const result = await run(db, args);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^acct: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
    expect(snapshot(db)).toBe(before);
  });

  it('a database path in a folder that cannot be written', async () => {
    const blocker = join(tempDir(), 'not-a-folder');
    writeFileSync(blocker, 'x');
    const result = await run(join(blocker, 'acct.db'), ['add', 'Acme']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^acct: cannot create database .* \(choose a writable location with --db PATH or ACCT_DB\)\n$/,
    );
  });

  it('a database file that is not ours', async () => {
    const path = join(tempDir(), 'photos.db');
    const other = new Database(path);
    other.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY)');
    other.close();
    const before = digest(path);
    const result = await run(path, ['list']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^acct: .*photos\.db is not an acct database/);
    expect(digest(path)).toBe(before);
  });

  it('a database from a newer version', async () => {
    const db = await portfolio();
    const conn = new Database(db);
    conn.pragma('wal_checkpoint(TRUNCATE)');
    conn.pragma('user_version = 999');
    conn.close();
    const before = digest(db);
    const result = await run(db, ['add', 'Another']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/newer acct \(schema 999.*\(upgrade acct; the file was left untouched\)/);
    expect(digest(db)).toBe(before);
  });

  it('shows a stack trace only with ACCT_DEBUG=1', async () => {
    const db = await portfolio();
    const result = await run(db, ['show', 'nope'], { env: { ACCT_DEBUG: '1' } });
    expect(result.stderr).toMatch(/\n\s+at /);
  });
});
