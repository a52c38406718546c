// Who may change what on a team database (issue 15 point 6, docs/postgres.md "Who may change what"): the
// built binary sets a team up with acct db init / grant as the server's superuser, then runs as two real
// login roles, a rep and a manager, on the throwaway server, and the database itself refuses what a rep
// may not change.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECONDARY_SUPPLIER_ANSWERS } from '../answers.js';
import { spawnAcct, tempDb, tempDir } from '../helpers.js';
import { dropPgDatabase, freshPgDatabase, withClient, withDatabase, type PgDatabase } from '../pg/database.js';

// Roles belong to the whole server, which other test files share: names of our own.
const suffix = randomBytes(3).toString('hex');
const LIN = `lin_${suffix}`;
const WANG = `wang_${suffix}`;
const ZHANG = `zhang_${suffix}`;
const PASSWORD = 'team-test';

let pg: PgDatabase;
const as = (role: string) => ({ ACCT_DB: withDatabase(pg.url, pg.name, { name: role, password: PASSWORD }) });
const admin = () => ({ ACCT_DB: pg.url });

async function owners(): Promise<Record<string, string | null>> {
  const rows = await withClient(pg.url, (client) =>
    client.query<{ name: string; owner: string | null }>('SELECT name, owner FROM accounts ORDER BY name'),
  );
  return Object.fromEntries(rows.rows.map((row) => [row.name, row.owner]));
}

describe('a team on PostgreSQL: reps and a manager', () => {
  // Login roles outlive the database on a server someone gave us (ACCT_TEST_PG): drop the database, then them.
  afterAll(async () => {
    if (!pg) return;
    await dropPgDatabase(pg.server.url, pg.name);
    await withClient(pg.server.url, async (client) => {
      for (const role of [LIN, WANG, ZHANG, `eve_${suffix}`]) {
        await client.query(`DROP ROLE IF EXISTS ${client.escapeIdentifier(role)}`);
      }
    });
  });

  beforeAll(async () => {
    pg = await freshPgDatabase();
    const init = await spawnAcct(['db', 'init'], admin());
    expect(init.stderr).toContain('ready for a team');
    expect(init.code).toBe(0);
    for (const args of [
      ['db', 'grant', LIN, '--owner', 'lin'],
      ['db', 'grant', WANG, '--owner', 'wang'],
      ['db', 'grant', ZHANG, '--owner', 'zhang', '--manager'],
    ]) {
      const granted = await spawnAcct(args, admin());
      expect(granted.code, granted.stderr).toBe(0);
      expect(granted.stderr).toContain(`${args[2]} works as`);
    }
    // The harness's server authenticates TCP logins by password (test/pg/server.ts): give them one.
    await withClient(pg.url, async (client) => {
      for (const role of [LIN, WANG, ZHANG]) {
        await client.query(`ALTER ROLE ${client.escapeIdentifier(role)} PASSWORD '${PASSWORD}'`);
      }
    });
    expect((await spawnAcct(['add', 'Acme Industrial', '--tier', 'A'], as(WANG))).code).toBe(0);
    expect((await spawnAcct(['add', 'Lin Trading', '--tier', 'B'], as(LIN))).code).toBe(0);
  });

  it('new accounts belong to the rep who adds them', async () => {
    expect(await owners()).toEqual({ 'Acme Industrial': 'wang', 'Lin Trading': 'lin' });
  });

  it('a rep changes their own account and its contacts and activities', async () => {
    expect((await spawnAcct(['edit', 'Lin Trading', '--tier', 'A'], as(LIN))).code).toBe(0);
    expect((await spawnAcct(['contact', 'add', 'Lin Trading', 'Zhao Min'], as(LIN))).code).toBe(0);
    expect((await spawnAcct(['log', 'Lin Trading', 'call', '--type', 'call'], as(LIN))).code).toBe(0);
    const tier = await withClient(pg.url, (client) =>
      client.query<{ tier: string }>("SELECT tier FROM accounts WHERE name = 'Lin Trading'"),
    );
    expect(tier.rows[0]!.tier).toBe('A');
  });

  it("a rep is refused another rep's account in one line, exit 1, nothing written", async () => {
    const count = async () =>
      withClient(pg.url, async (client) => {
        const row = await client.query<{ tier: string; contacts: string; activities: string }>(
          `SELECT a.tier, (SELECT count(*) FROM contacts) AS contacts, (SELECT count(*) FROM activities) AS activities
           FROM accounts a WHERE a.name = 'Acme Industrial'`,
        );
        return row.rows[0];
      });
    const before = await count();
    for (const args of [
      ['edit', 'Acme Industrial', '--tier', 'C'],
      ['contact', 'add', 'Acme Industrial', 'Wang Li'],
      ['log', 'Acme Industrial', 'sneaky call', '--type', 'call'],
      ['action', 'add', 'Acme Industrial', 'call the buyer'],
      ['remove', 'Acme Industrial', '--yes'],
    ]) {
      const refused = await spawnAcct(args, as(LIN));
      expect(refused.code, args.join(' ')).toBe(1);
      expect(refused.stderr).toBe('acct: Acme Industrial belongs to wang; ask a manager to hand it over\n');
    }
    expect(await count()).toEqual(before);
    const actions = await withClient(pg.url, (client) => client.query('SELECT 1 FROM actions'));
    expect(actions.rowCount).toBe(0);
    // The line in the reader's language too.
    const zh = await spawnAcct(['--lang', 'zh-CN', 'edit', 'Acme Industrial', '--tier', 'C'], as(LIN));
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain('Acme Industrial 归 wang 负责');
    // Taking an own account's ownership elsewhere is a manager's work too.
    const handover = await spawnAcct(['edit', 'Lin Trading', '--owner', 'wang'], as(LIN));
    expect(handover.code).toBe(1);
    expect(handover.stderr).toContain('only a manager hands Lin Trading over to wang');
    expect(await owners()).toEqual({ 'Acme Industrial': 'wang', 'Lin Trading': 'lin' });
  });

  it('the database holds a rep to it without acct: psql as the rep is refused too', async () => {
    const url = as(LIN).ACCT_DB;
    const attempt = (sql: string) =>
      withClient(url, (client) => client.query(sql)).then(
        () => 'written',
        (error: { code?: string; message: string }) => `${error.code}: ${error.message}`,
      );
    expect(await attempt("UPDATE accounts SET tier = 'C' WHERE name = 'Acme Industrial'")).toBe(
      '42501: {"acct" : "theirs", "account" : "Acme Industrial", "owner" : "wang"}',
    );
    // The rollup is written by triggers only for one's own accounts: row-level security refuses the rest.
    expect(
      await attempt(
        `INSERT INTO account_rollup (account_id, contacts)
         SELECT id, 99 FROM accounts WHERE name = 'Acme Industrial'`,
      ),
    ).toMatch(/^42501: new row violates row-level security policy/);
    expect(await attempt('UPDATE acct_people SET manager = true')).toMatch(/^42501: permission denied/);
    expect(await owners()).toEqual({ 'Acme Industrial': 'wang', 'Lin Trading': 'lin' });
  });

  it('a rep removes their own account with everything on it', async () => {
    expect((await spawnAcct(['add', 'Lin Spare'], as(LIN))).code).toBe(0);
    expect((await spawnAcct(['contact', 'add', 'Lin Spare', 'Sun Yu'], as(LIN))).code).toBe(0);
    expect((await spawnAcct(['log', 'Lin Spare', 'visit', '--type', 'visit'], as(LIN))).code).toBe(0);
    const removed = await spawnAcct(['remove', 'Lin Spare', '--yes'], as(LIN));
    expect(removed.code, removed.stderr).toBe(0);
    expect(await owners()).toEqual({ 'Acme Industrial': 'wang', 'Lin Trading': 'lin' });
  });

  it("a rep assesses their own account (plan, actions, history) but not another's, nor adds one for another", async () => {
    const answers = join(tempDir(), 'answers.json');
    writeFileSync(answers, JSON.stringify(SECONDARY_SUPPLIER_ANSWERS));
    const own = await spawnAcct(['assess', 'Lin Trading', '--answers', answers, '--accept', 'all'], as(LIN));
    expect(own.code, own.stderr).toBe(0);
    const theirs = await spawnAcct(['assess', 'Acme Industrial', '--answers', answers, '--accept', 'all'], as(LIN));
    expect(theirs.code).toBe(1);
    expect(theirs.stderr).toBe('acct: Acme Industrial belongs to wang; ask a manager to hand it over\n');
    const rows = await withClient(pg.url, (client) =>
      client.query<{ name: string; assessments: string; actions: string; changes: string }>(
        `SELECT a.name, (SELECT count(*) FROM assessments s WHERE s.account_id = a.id) AS assessments,
           (SELECT count(*) FROM actions x WHERE x.account_id = a.id) AS actions,
           (SELECT count(*) FROM account_changes c WHERE c.account_id = a.id AND c.changed_at > a.created_at) AS changes
         FROM accounts a ORDER BY a.name`,
      ),
    );
    const [acme, lin] = rows.rows;
    expect(acme).toMatchObject({ assessments: '0', actions: '0', changes: '0' });
    expect(Number(lin!.assessments)).toBe(1);
    expect(Number(lin!.actions)).toBeGreaterThan(0);
    const forOther = await spawnAcct(['add', 'Wang Spare', '--owner', 'wang'], as(LIN));
    expect(forOther.code).toBe(1);
    expect(forOther.stderr).toBe(
      'acct: Wang Spare would belong to wang; only a manager adds accounts for someone else (leave out --owner)\n',
    );
  });

  it('a rep reads the whole portfolio', async () => {
    const list = await spawnAcct(['--json', 'list'], as(LIN));
    expect(list.code, list.stderr).toBe(0);
    const names = (JSON.parse(list.stdout) as { name: string }[]).map((account) => account.name).sort();
    expect(names).toEqual(['Acme Industrial', 'Lin Trading']);
    const report = await spawnAcct(['report', '--format', 'text'], as(LIN));
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toContain('Acme Industrial');
    expect(report.stdout).toContain('Lin Trading');
  });

  it('a manager hands an account over, and the new owner may change it', async () => {
    const handed = await spawnAcct(['edit', 'Acme Industrial', '--owner', 'lin'], as(ZHANG));
    expect(handed.code, handed.stderr).toBe(0);
    expect(await owners()).toEqual({ 'Acme Industrial': 'lin', 'Lin Trading': 'lin' });
    expect((await spawnAcct(['edit', 'Acme Industrial', '--tier', 'B'], as(LIN))).code).toBe(0);
    const refused = await spawnAcct(['edit', 'Acme Industrial', '--tier', 'C'], as(WANG));
    expect(refused.stderr).toBe('acct: Acme Industrial belongs to lin; ask a manager to hand it over\n');
  });

  it('acct db status says who you are and your rights', async () => {
    const rep = await spawnAcct(['db', 'status'], as(LIN));
    expect(rep.code, rep.stderr).toBe(0);
    expect(rep.stdout).toContain(`user: ${LIN}\n`);
    expect(rep.stdout).toContain('owner: lin\n');
    expect(rep.stdout).toContain('rights: rep: reads every account, changes those owned by lin\n');
    const manager = await spawnAcct(['--json', 'db', 'status'], as(ZHANG));
    expect(JSON.parse(manager.stdout)).toMatchObject({ user: ZHANG, owner: 'zhang', rights: 'manager' });
  });

  it('a rep may not set the team up; on SQLite the team commands say what they are for', async () => {
    const denied = await spawnAcct(['db', 'grant', `eve_${suffix}`], as(LIN));
    expect(denied.code).toBe(1);
    expect(denied.stderr).toMatch(new RegExp(`^acct: ${LIN} may not add people to the team: .*\\n$`));
    const init = await spawnAcct(['db', 'init'], as(LIN));
    expect(init.code).toBe(1);
    expect(init.stderr).toMatch(new RegExp(`^acct: ${LIN} may not set up the team's roles: .*CREATEROLE.*\\n$`));
    const sqlite = await spawnAcct(['db', 'init'], { ACCT_DB: tempDb() });
    expect(sqlite.code).toBe(1);
    expect(sqlite.stderr).toBe(
      'acct: acct db init is for a team database on PostgreSQL (ACCT_DB=postgres://…); a SQLite file has one user\n',
    );
    const grant = await spawnAcct(['db', 'grant', 'lin'], { ACCT_DB: tempDb() });
    expect([grant.code, grant.stderr]).toEqual([
      1,
      'acct: acct db grant is for a team database on PostgreSQL (ACCT_DB=postgres://…); a SQLite file has one user\n',
    ]);
    // A login role outside the team reads, and db status says so.
    const eve = `eve_${suffix}`;
    await withClient(pg.url, async (client) => {
      await client.query(`CREATE ROLE ${client.escapeIdentifier(eve)} LOGIN PASSWORD '${PASSWORD}'`);
      await client.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${client.escapeIdentifier(eve)}`);
    });
    const reader = await spawnAcct(['db', 'status'], as(eve));
    expect(reader.stdout).toContain(
      'rights: reads every account, changes none (not in the team: ask the owner for acct db grant)\n',
    );
    const owner = await spawnAcct(['db', 'status'], admin());
    expect(owner.stdout).toContain('rights: database owner: changes everything, adds people (acct db grant)\n');
  });
  it('a rep\'s import (COPY, docs/postgres.md "Bulk writes") adds their own accounts; one of someone else\'s refuses it all', async () => {
    const dir = tempDir();
    const mine = join(dir, 'mine.csv');
    writeFileSync(mine, 'name,externalId,tier\nLin Import One,LI-1,A\nLin Import Two,LI-2,B\n');
    const imported = await spawnAcct(['--json', 'import', mine], as(LIN));
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ created: 2 });
    const before = await owners();
    expect(before).toMatchObject({ 'Lin Import One': 'lin', 'Lin Import Two': 'lin' });
    const theirs = join(dir, 'theirs.csv');
    writeFileSync(theirs, 'name,owner\nLin Import Three,lin\nWang Import,wang\n');
    const refused = await spawnAcct(['import', theirs], as(LIN));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'acct: Wang Import would belong to wang; only a manager adds accounts for someone else (leave out --owner)\n',
    );
    expect(await owners()).toEqual(before);
  });
});
