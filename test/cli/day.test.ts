/**
 * The rep's-day commands in-process, on real temp SQLite files: acct brief,
 * today, find, --mine, and contact remove's exact account.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, setup, tempDb } from '../helpers.js';
import { CTRL_C, ScriptedPrompter } from '../scripted-prompter.js';

/** An account with notes, two purchasing contacts, a logged call and an overdue action. */
async function acme(db: string): Promise<void> {
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
      '--notes',
      'Frame agreement renewal in June.',
    ],
    [
      'contact',
      'add',
      'Acme',
      'Wang Li',
      '--title',
      'Buyer',
      '--department',
      'purchasing',
      '--role',
      'purchasing',
      '--attitude',
      'neutral',
      '--strength',
      '3',
      '--email',
      'wang.li@acme.example',
    ],
    ['contact', 'add', 'Acme', 'Zhao Min', '--department', 'purchasing', '--attitude', 'opponent', '--strength', '2'],
    ['log', 'Acme', 'Asked for the revised quote', '--type', 'call', '--contact', 'Wang Li', '--date', '2026-03-10'],
    ['action', 'add', 'Acme', 'Send the revised quote', '--due', '2026-03-12'],
  );
}

describe('acct brief', () => {
  it('prints the notes, the last conversation, open actions, contacts and coverage in plain words', async () => {
    const db = tempDb();
    await acme(db);
    const result = await run(db, ['brief', 'acme'], { tty: true, env: { NO_COLOR: '1' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/notes\s+Frame agreement renewal in June\./);
    expect(result.stdout).toMatch(
      /last talk\s+5 days ago \(2026-03-10\), call with Wang Li: Asked for the revised quote/,
    );
    expect(result.stdout).toMatch(/Send the revised quote\s+lin\s+3 days ago \(overdue\)/);
    expect(result.stdout).toMatch(/Wang Li\s+Buyer\s+purchasing\s+purchasing\s+neutral/);
    expect(result.stdout).toContain(
      'all contacts sit in one department, purchasing: one move there cuts us off (bow-tie)',
    );
    expect(result.stdout).toMatch(/risk\s+\w+ \(from the records alone: never assessed\)/);
  });

  it('--json is the Briefing object; --format markdown is Markdown', async () => {
    const db = tempDb();
    await acme(db);
    const json = await run(db, ['brief', 'acme', '--json']);
    expect(json.code).toBe(0);
    const data = JSON.parse(json.stdout) as {
      notes: string;
      lastConversation: { with: string[] };
      openActions: { overdue: boolean }[];
      coverage: { words: { key: string }[] };
    };
    expect(data.notes).toBe('Frame agreement renewal in June.');
    expect(data.lastConversation.with).toEqual(['Wang Li']);
    expect(data.openActions[0]!.overdue).toBe(true);
    expect(data.coverage.words.map((w) => w.key)).toContain('coverage.one-department');
    const md = await run(db, ['brief', 'acme', '--format', 'markdown']);
    expect(md.stdout).toContain('# Acme Industrial: briefing');
    expect(md.stdout).toContain('## Notes\n\nFrame agreement renewal in June.');
    expect(md.stdout).toContain('| Send the revised quote | lin | 2026-03-12 (overdue) |');
  });

  it('without a name and without a terminal is a usage error; bad formats and names are named', async () => {
    const db = tempDb();
    await acme(db);
    const missing = await run(db, ['brief']);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain('acct: which account? give its name');
    const both = await run(db, ['brief', 'acme', '--json', '--format', 'markdown']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--json and --format markdown ask for two formats');
    const unknown = await run(db, ['brief', 'acme', '--format', 'pdf']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown --format "pdf"');
    const typo = await run(db, ['brief', 'acmx']);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('no account named "acmx" (did you mean Acme Industrial?)');
  });

  it('acct assess starts with the same briefing, before the first question', async () => {
    const db = tempDb();
    await acme(db);
    const prompter = new ScriptedPrompter([CTRL_C]);
    const result = await run(db, ['assess', 'acme'], { tty: true, env: { NO_COLOR: '1' }, prompter });
    expect(result.code).toBe(130);
    expect(result.stdout).toMatch(/Acme Industrial: briefing\nowner\s+lin, tier A/);
    expect(result.stdout).toMatch(/notes\s+Frame agreement renewal in June\./);
    expect(result.stdout).toContain('all contacts sit in one department, purchasing');
    expect(prompter.asked).toHaveLength(1);
  });
});

describe('--mine on list and action list', () => {
  async function two(db: string): Promise<void> {
    await setup(
      db,
      ['add', 'Acme Industrial', '--owner', 'lin'],
      ['add', 'Bolt & Nut', '--owner', 'wang'],
      ['action', 'add', 'Acme', 'Call Lin’s buyer', '--due', '2026-03-10'],
      ['action', 'add', 'Bolt', 'Call Wang’s buyer', '--due', '2026-03-10'],
    );
  }

  it('means the configured owner, from the config file or ACCT_OWNER', async () => {
    const db = tempDb();
    await two(db);
    const config = { XDG_CONFIG_HOME: join(db, '..', 'config') };
    expect((await run(db, ['config', 'set', 'owner', 'lin'], { env: config })).code).toBe(0);
    const list = await run(db, ['list', '--mine', '--json'], { env: config });
    expect((JSON.parse(list.stdout) as { name: string }[]).map((a) => a.name)).toEqual(['Acme Industrial']);
    const actions = await run(db, ['action', 'list', '--mine', '--overdue', '--json'], { env: config });
    expect((JSON.parse(actions.stdout) as { text: string }[]).map((a) => a.text)).toEqual(['Call Lin’s buyer']);
    const fromEnv = await run(db, ['list', '--mine', '--json'], { env: { ...config, ACCT_OWNER: 'wang' } });
    expect((JSON.parse(fromEnv.stdout) as { name: string }[]).map((a) => a.name)).toEqual(['Bolt & Nut']);
  });

  it('without an owner configured is an error naming the fix; with --owner too, a usage error', async () => {
    const db = tempDb();
    await two(db);
    const env = { XDG_CONFIG_HOME: join(db, '..', 'empty-config') };
    for (const args of [
      ['list', '--mine'],
      ['action', 'list', '--mine'],
    ]) {
      const result = await run(db, args, { env });
      expect(result).toMatchObject({ code: 1, stdout: '' });
      expect(result.stderr).toBe(
        'acct: --mine needs to know who you are: no owner is configured (acct config set owner NAME)\n',
      );
    }
    const both = await run(db, ['list', '--mine', '--owner', 'lin'], { env: { ...env, ACCT_OWNER: 'lin' } });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--mine and --owner both say whose');
  });
});

describe('contact remove --yes needs the exact account too', () => {
  it('refuses an account prefix, lists the candidates and removes nothing', async () => {
    const db = tempDb();
    await acme(db);
    const result = await run(db, ['contact', 'remove', 'Acme', 'Wang Li', '--yes']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'acct: "Acme" is only the start of a name; removing needs the exact name or external id (candidates: Acme Industrial)\n',
    );
    const left = await run(db, ['contact', 'list', 'Acme Industrial', '--json']);
    expect((JSON.parse(left.stdout) as { name: string }[]).map((c) => c.name)).toEqual(['Wang Li', 'Zhao Min']);
    expect((await run(db, ['contact', 'remove', 'Acme Industrial', 'Wang Li', '--yes'])).code).toBe(0);
  });
});

describe('acct today', () => {
  async function day(db: string): Promise<void> {
    await setup(
      db,
      ['add', 'Acme Industrial', '--owner', 'lin', '--tier', 'A', '--position', 'primary'],
      ['add', 'Bolt & Nut', '--owner', 'wang', '--position', 'secondary'],
      ['log', 'Acme', 'PO 4711', '--type', 'order', '--date', '2026-01-20'],
      ['log', 'Bolt', 'Call', '--type', 'call', '--date', '2026-03-14'],
      ['action', 'add', 'Acme', 'Send the quote', '--due', '2026-03-10'],
      ['action', 'add', 'Bolt', 'Visit the plant', '--due', '2026-03-17'],
    );
  }

  it("defaults to the configured owner's day and says so; --everyone and --owner override", async () => {
    const db = tempDb();
    await day(db);
    const mine = await run(db, ['today'], { tty: true, env: { NO_COLOR: '1', ACCT_OWNER: 'lin' } });
    expect(mine.code).toBe(0);
    expect(mine.stdout).toMatch(
      /^Today, 2026-03-15, for lin \(configured owner\): 1 overdue action, 1 account to call, 1 assessment due\n/,
    );
    expect(mine.stdout).toMatch(/1\s+overdue\s+Acme Industrial\s+#1 Send the quote \(overdue by 5 days, 2026-03-10\)/);
    expect(mine.stdout).toMatch(/2\s+call\s+Acme Industrial\s+quiet for 54 days since the order of 2026-01-20/);
    expect(mine.stdout).toMatch(/3\s+assess\s+Acme Industrial\s+never assessed/);
    expect(mine.stdout).not.toContain('Bolt');
    const everyone = await run(db, ['today', '--everyone', '--json'], { env: { ACCT_OWNER: 'lin' } });
    const model = JSON.parse(everyone.stdout) as { owner: string | null; items: { kind: string; account: string }[] };
    expect(model.owner).toBeNull();
    expect(model.items.map((i) => [i.kind, i.account])).toEqual([
      ['overdue', 'Acme Industrial'],
      ['quiet-after-order', 'Acme Industrial'],
      ['due', 'Bolt & Nut'],
      ['assess', 'Acme Industrial'],
    ]);
    const wang = await run(db, ['today', '--owner', 'wang'], { env: { ACCT_OWNER: 'lin' } });
    expect(wang.stdout).toBe(
      '# Today, 2026-03-15, for wang: 1 action due this week\n1\tdue\tBolt & Nut\t#2 Visit the plant (due in 2 days, 2026-03-17)\twang\n',
    );
  });

  it('without an owner configured shows everyone and says how to set one; --mine then is an error', async () => {
    const db = tempDb();
    await day(db);
    const env = { XDG_CONFIG_HOME: join(db, '..', 'no-config') };
    const all = await run(db, ['today'], { env });
    expect(all.stdout.split('\n')[0]).toBe(
      '# Today, 2026-03-15, for everyone (set yours with acct config set owner NAME): 1 overdue action, 1 action due this week, 1 account to call, 1 assessment due',
    );
    const mine = await run(db, ['today', '--mine'], { env });
    expect(mine).toMatchObject({ code: 1, stdout: '' });
    expect(mine.stderr).toContain('(acct config set owner NAME)');
    const both = await run(db, ['today', '--everyone', '--owner', 'lin'], { env });
    expect(both.code).toBe(2);
  });
});

describe('acct find', () => {
  it('searches names, external ids, notes, contacts and emails, and says where it matched', async () => {
    const db = tempDb();
    await acme(db);
    await setup(db, ['add', 'Wangfu Foods', '--external-id', 'KA-2001']);
    const result = await run(db, ['find', 'WANG'], { tty: true, env: { NO_COLOR: '1' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Wangfu Foods\s+name\s+Wangfu Foods\n/);
    expect(result.stdout).toMatch(/Acme Industrial\s+contact\s+Wang Li\n\s+email \(Wang Li\)\s+wang\.li@acme\.example/);
    const json = await run(db, ['find', 'ｋａ-2001', '--json']);
    expect(JSON.parse(json.stdout)).toEqual([
      { accountId: 2, account: 'Wangfu Foods', matches: [{ field: 'externalId', text: 'KA-2001' }] },
    ]);
    const notes = await run(db, ['find', 'renewal', 'in', 'june']);
    expect(notes.stdout).toBe('Acme Industrial\tnotes\tFrame agreement renewal in June.\n');
  });

  it('says when nothing matches, with close names; no text is a usage error', async () => {
    const db = tempDb();
    await acme(db);
    const none = await run(db, ['find', 'acmx']);
    expect(none).toMatchObject({ code: 0, stdout: '' });
    expect(none.stderr).toBe('Nothing matches "acmx"; did you mean Acme Industrial?\n');
    const empty = await run(db, ['find', ' ']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('find what? give some text');
  });
});
