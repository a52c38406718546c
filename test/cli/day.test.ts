/**
 * The rep's-day commands in-process, on real temp SQLite files: acct brief,
 * today, find, --mine, and contact remove's exact account.
 */
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
