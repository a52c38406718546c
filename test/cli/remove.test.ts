/**
 * Removing without a person to confirm (--yes) takes the exact name, email,
 * external id or id, never a prefix; on a terminal a prefix may still find
 * the record, and the question names it in full with what goes with it.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { run, setup, tempDb } from '../helpers.js';
import { ScriptedPrompter } from '../scripted-prompter.js';

/** Every row of every table, so "nothing changed" can be asserted exactly. */
function snapshot(db: string): string {
  const conn = new Database(db, { readonly: true });
  const tables = ['accounts', 'contacts', 'activities', 'activity_contacts', 'actions', 'assessments'];
  const rows = tables.map((table) => conn.prepare(`SELECT * FROM ${table}`).all());
  conn.close();
  return JSON.stringify(rows);
}

async function names(db: string): Promise<string[]> {
  return (JSON.parse((await run(db, ['list', '--json'])).stdout) as { name: string }[]).map((a) => a.name).sort();
}

async function contactNames(db: string, account: string): Promise<string[]> {
  const listed = await run(db, ['contact', 'list', account, '--json']);
  return (JSON.parse(listed.stdout) as { name: string }[]).map((c) => c.name).sort();
}

async function portfolio(): Promise<string> {
  const db = tempDb();
  await setup(
    db,
    ['add', 'Acme Industrial', '--owner', 'lin', '--external-id', 'SF-0042'],
    ['add', 'Acme Group', '--owner', 'lin'],
    ['add', 'Acorn Foods', '--owner', 'zhao'],
    ['contact', 'add', 'Acme Industrial', 'Wang Li', '--email', 'wang@acme.example'],
    ['contact', 'add', 'Acme Industrial', 'Wang Fang'],
    ['contact', 'add', 'Acme Industrial', 'Chen Jie'],
    ['contact', 'add', 'Acorn Foods', 'Zhou Min'],
    ['log', 'Acme Industrial', 'Plant visit', '--contact', 'Wang Li', '--date', '2026-03-01'],
    ['action', 'add', 'Acme Industrial', 'Send samples'],
  );
  return db;
}

describe('remove --yes takes no prefix', () => {
  it('refuses a prefix of two names, listing both, and removes nothing', async () => {
    const db = await portfolio();
    const before = snapshot(db);
    const result = await run(db, ['remove', 'acme', '--yes']);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toBe(
      'acct: "acme" is only the start of a name; removing needs the exact name or external id (candidates: Acme Group, Acme Industrial)\n',
    );
    expect(snapshot(db)).toBe(before);
  });

  it('refuses a prefix even when it matches one account only', async () => {
    const db = await portfolio();
    const before = snapshot(db);
    const result = await run(db, ['remove', 'acorn', '--yes']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'acct: "acorn" is only the start of a name; removing needs the exact name or external id (candidates: Acorn Foods)\n',
    );
    expect(snapshot(db)).toBe(before);
  });

  it('removes by the exact name, in any case or width, and by the external id in any case', async () => {
    const db = await portfolio();
    const byName = await run(db, ['remove', 'ＡＣＭＥ group', '--yes']);
    expect(byName.code, byName.stderr).toBe(0);
    expect(await names(db)).toEqual(['Acme Industrial', 'Acorn Foods']);
    const byExternalId = await run(db, ['remove', 'sf-0042', '--yes', '--json']);
    expect(byExternalId.code, byExternalId.stderr).toBe(0);
    expect(JSON.parse(byExternalId.stdout)).toMatchObject({
      removed: { name: 'Acme Industrial' },
      contacts: 3,
      activities: 1,
      actions: 1,
    });
    expect(await names(db)).toEqual(['Acorn Foods']);
  });

  it('off a terminal without --yes still asks for --yes first, exact name or not', async () => {
    const db = await portfolio();
    const before = snapshot(db);
    for (const input of ['acme', 'Acme Industrial']) {
      const result = await run(db, ['remove', input]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe('acct: --yes is required when not running interactively (add --yes to confirm)\n');
    }
    expect(snapshot(db)).toBe(before);
  });

  it('with --yes on a terminal a prefix is refused too: nobody sees a question', async () => {
    const db = await portfolio();
    const before = snapshot(db);
    const prompter = new ScriptedPrompter([true]);
    const result = await run(db, ['remove', 'acorn', '--yes'], { tty: true, env: { NO_COLOR: '1' }, prompter });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"acorn" is only the start of a name');
    expect(prompter.asked).toEqual([]);
    expect(snapshot(db)).toBe(before);
  });
});

describe('remove on a terminal', () => {
  it('finds the account by prefix and asks with its full name, external id and what goes with it', async () => {
    const db = await portfolio();
    const before = snapshot(db);
    const no = new ScriptedPrompter([false]);
    const kept = await run(db, ['remove', 'acme i'], { tty: true, env: { NO_COLOR: '1' }, prompter: no });
    expect(no.asked.map((prompt) => prompt.message)).toEqual([
      'Remove Acme Industrial (external id SF-0042) with its 3 contacts, 1 activity and 1 action?',
    ]);
    expect(kept.code).toBe(1);
    expect(snapshot(db)).toBe(before);

    const yes = new ScriptedPrompter([true]);
    const removed = await run(db, ['remove', 'acme i'], { tty: true, env: { NO_COLOR: '1' }, prompter: yes });
    expect(removed.code, removed.stderr).toBe(0);
    expect(await names(db)).toEqual(['Acme Group', 'Acorn Foods']);
  });

  it('says so when nothing goes with the account', async () => {
    const db = await portfolio();
    const prompter = new ScriptedPrompter([false]);
    await run(db, ['remove', 'acme g'], { tty: true, env: { NO_COLOR: '1' }, prompter });
    expect(prompter.asked[0]!.message).toBe(
      'Remove Acme Group, which has no contacts, activities, actions or assessments?',
    );
  });
});

describe('contact remove --yes takes no prefix', () => {
  it('refuses the start of a name, listing the contacts it starts, and removes nobody', async () => {
    const db = await portfolio();
    const before = snapshot(db);
    const result = await run(db, ['contact', 'remove', 'Acme Industrial', 'wang', '--yes']);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toBe(
      'acct: "wang" is only the start of a name; removing needs the exact name or email (candidates: Wang Fang, Wang Li)\n',
    );
    const one = await run(db, ['contact', 'remove', 'Acme Industrial', 'chen', '--yes']);
    expect(one.stderr).toContain('(candidates: Chen Jie)');
    expect(snapshot(db)).toBe(before);
  });

  it('removes by the exact name, the email, or the id (#12), at that account only', async () => {
    const db = await portfolio();
    expect((await run(db, ['contact', 'remove', 'Acme Industrial', 'wang fang', '--yes'])).code).toBe(0);
    const byEmail = await run(db, ['contact', 'remove', 'Acme Industrial', 'WANG@acme.example', '--yes']);
    expect(byEmail.code, byEmail.stderr).toBe(0);
    expect(await contactNames(db, 'Acme Industrial')).toEqual(['Chen Jie']);

    const listed = (name: string) => run(db, ['contact', 'list', name, '--json']);
    const [chen] = JSON.parse((await listed('Acme Industrial')).stdout) as { id: number }[];
    const [zhou] = JSON.parse((await listed('Acorn Foods')).stdout) as { id: number }[];
    // Another account's contact id is not found here.
    const elsewhere = await run(db, ['contact', 'remove', 'Acme Industrial', `#${zhou!.id}`, '--yes']);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toContain(`no contact "#${zhou!.id}" at Acme Industrial`);
    expect(await contactNames(db, 'Acorn Foods')).toEqual(['Zhou Min']);
    const byId = await run(db, ['contact', 'remove', 'Acme Industrial', `#${chen!.id}`, '--yes']);
    expect(byId.code, byId.stderr).toBe(0);
    expect(await contactNames(db, 'Acme Industrial')).toEqual([]);
  });

  it('on a terminal finds the contact by prefix and asks with the full name, email and account', async () => {
    const db = await portfolio();
    const before = snapshot(db);
    const prompter = new ScriptedPrompter([false]);
    const result = await run(db, ['contact', 'remove', 'acme i', 'wang l'], {
      tty: true,
      env: { NO_COLOR: '1' },
      prompter,
    });
    expect(result.code).toBe(1);
    expect(prompter.asked.map((prompt) => prompt.message)).toEqual([
      'Remove Wang Li <wang@acme.example> from Acme Industrial (their name also leaves 1 logged activity)?',
    ]);
    expect(snapshot(db)).toBe(before);
  });
});

describe('action done and drop take an id only', () => {
  it('refuses an account name or the start of the text, and changes nothing', async () => {
    const db = await portfolio();
    const before = snapshot(db);
    for (const input of ['acme', 'Send']) {
      const result = await run(db, ['action', 'drop', input]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`"${input}" is not an action id`);
    }
    expect(snapshot(db)).toBe(before);
  });
});
