// acct db copy (issue 15 point 5, docs/postgres.md "Moving a portfolio"): the sample portfolio goes from a
// SQLite file into a PostgreSQL database and back into a new file, and all three read the same.
import { describe, expect, it } from 'vitest';
import { spawnAcct, tempDb } from '../helpers.js';
import { freshPgDatabase, withClient } from '../pg/database.js';

const TYPES = ['accounts', 'contacts', 'activities', 'actions', 'assessments'];

/** Everything a portfolio shows: every export, the report today and on a past day, one account's history. */
async function portfolio(location: string): Promise<string[]> {
  const views = [
    ...TYPES.map((type) => ['export', '--type', type]),
    ['--json', 'report', '--limit', '0'],
    ['--json', 'report', '--as-of', '2026-06-01', '--limit', '0'],
    ['history', 'acme'],
  ];
  const out: string[] = [];
  for (const args of views) {
    const result = await spawnAcct(['--db', location, ...args]);
    expect(result.code, `acct ${args.join(' ')}: ${result.stderr}`).toBe(0);
    out.push(result.stdout);
  }
  return out;
}

describe('acct db copy', () => {
  it('copies the sample portfolio to PostgreSQL and back, identical, with counts', async () => {
    const file = tempDb();
    expect((await spawnAcct(['--db', file, 'import', 'examples/'])).code).toBe(0);
    const pg = await freshPgDatabase();
    const masked = pg.url.replace(`:${new URL(pg.url).password}@`, ':***@');

    const to = await spawnAcct(['--db', file, 'db', 'copy', '--to', pg.url]);
    expect(to.code).toBe(0);
    expect(to.stderr).toMatch(
      new RegExp(
        `^Copied 30 accounts, \\d+ contacts, \\d+ activities, \\d+ actions, \\d+ assessments and \\d+ history entries from ${file} to ${masked.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n$`,
      ),
    );
    expect(to.stderr).not.toContain(new URL(pg.url).password);

    const back = tempDb();
    const from = await spawnAcct(['--db', back, '--json', 'db', 'copy', '--from', pg.url]);
    expect(from.code).toBe(0);
    const counts = JSON.parse(from.stdout) as Record<string, unknown>;
    expect(counts).toMatchObject({ from: masked, to: back, accounts: 30 });

    const [original, onPostgres, returned] = await Promise.all([portfolio(file), portfolio(pg.url), portfolio(back)]);
    expect(original[0]!.split('\n').length).toBeGreaterThan(30);
    expect(onPostgres).toEqual(original);
    expect(returned).toEqual(original);

    // New records after the copy get new ids (PostgreSQL's sequences moved past the copied ones).
    const added = await spawnAcct(['--db', pg.url, 'add', 'After The Copy', '--owner', 'lin']);
    expect(added.code).toBe(0);
    const contact = await spawnAcct(['--db', pg.url, 'contact', 'add', 'After The Copy', 'Ma Jun']);
    expect(contact.code).toBe(0);
  });

  it('refuses a target that holds accounts, and writes nothing', async () => {
    const pg = await freshPgDatabase();
    const file = tempDb();
    expect((await spawnAcct(['--db', file, 'import', 'examples/'])).code).toBe(0);
    expect((await spawnAcct(['--db', pg.url, 'add', 'Already Here'])).code).toBe(0);
    const result = await spawnAcct(['--db', file, 'db', 'copy', '--to', pg.url]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('already holds 1 accounts; acct copies only into an empty database');
    const names = await withClient(pg.url, (client) => client.query<{ name: string }>('SELECT name FROM accounts'));
    expect(names.rows.map((row) => row.name)).toEqual(['Already Here']);

    const both = await spawnAcct(['--db', file, 'db', 'copy']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('acct db copy needs either --to LOCATION or --from LOCATION');
  });
});
