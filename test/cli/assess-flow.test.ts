/**
 * The interactive assessment (issue 12, points 5–9), in-process with a
 * scripted prompter: where each question stands and its help line, what
 * changed since last time, the review with a way back, the explicit store
 * step, and wrong values answered with words. Real SQLite files in temp dirs;
 * the key-press claims are held on a pseudo-terminal in test/e2e/assess-tty.test.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { SECONDARY_SUPPLIER_ANSWERS } from '../answers.js';
import { run, setup, tempDb } from '../helpers.js';
import { CTRL_C, DEFAULT, ScriptedPrompter, type AskedPrompt } from '../scripted-prompter.js';

const TTY = { tty: true, env: { NO_COLOR: '1' } } as const;

interface Question {
  key: string;
  prompt: string;
  help?: string;
  section: string | null;
}

async function questions(db: string): Promise<Question[]> {
  const out = await run(db, ['assess', '--questions', '--json']);
  return (JSON.parse(out.stdout) as { questions: Question[] }).questions;
}

async function assessments(db: string, name: string): Promise<{ id: number }[]> {
  const out = await run(db, ['history', name, '--json']);
  if (out.code !== 0) throw new Error(out.stderr);
  return (JSON.parse(out.stdout) as { assessments: { id: number }[] }).assessments;
}

async function latestAnswers(db: string, name: string): Promise<Record<string, unknown>> {
  const out = await run(db, ['plan', name, '--json']);
  if (out.code !== 0) throw new Error(out.stderr);
  return (JSON.parse(out.stdout) as { assessment: { answers: Record<string, unknown> } }).assessment.answers;
}

function answersFile(db: string, name: string, content: string): string {
  const file = join(db, '..', `${name}.yaml`);
  writeFileSync(file, content);
  return file;
}

/** A secondary supplier assessed once on 2026-03-15 (the runner's ACCT_NOW), with survey answers. */
async function assessedOnce(): Promise<{ db: string; previous: Record<string, unknown> }> {
  const db = tempDb();
  await setup(db, ['add', 'Orion', '--owner', 'lin', '--position', 'secondary', '--share', '20']);
  const previous = { ...SECONDARY_SUPPLIER_ANSWERS, satisfaction: 4 };
  await setup(db, [
    'assess',
    'Orion',
    '--answers',
    answersFile(db, 'previous', stringify(previous)),
    '--accept',
    'none',
  ]);
  return { db, previous };
}

/** Replies by prompt: a function of the prompt, so the test says what a person would do at each. */
function person(reply: (prompt: AskedPrompt) => unknown, steps = 80): ScriptedPrompter {
  return new ScriptedPrompter(Array(steps).fill(reply));
}

const PROGRESS = /^(.+) · (\d+) of (\d+)$/;

describe('each question says where it stands', () => {
  it('shows its section, N of M and its help line; M counts only the questions that apply', async () => {
    const db = tempDb();
    await setup(db, ['add', 'Nova', '--position', 'candidate']);
    const prompter = person((prompt) => (prompt.kind === 'input' ? '5' : prompt.kind === 'choose' ? 'd' : DEFAULT));
    const result = await run(db, ['assess', 'Nova'], { ...TTY, prompter });
    expect(result.code, result.stderr).toBe(0);

    const asked = prompter.asked.filter((prompt) => prompt.context !== undefined);
    const shipped = await questions(db);
    const byPrompt = new Map(shipped.map((question) => [question.prompt.replace(/ \(none is fine\)$/, ''), question]));
    expect(asked.length).toBeGreaterThan(10);
    asked.forEach((prompt, index) => {
      const [, section, n, m] = PROGRESS.exec(prompt.context!)!;
      const question = byPrompt.get(prompt.message.replace(/ \(none is fine\)$/, ''))!;
      expect(section).toBe(question.section);
      expect(Number(n)).toBe(index + 1);
      // Honest: M is the number of questions this candidate is actually asked.
      expect(Number(m)).toBe(asked.length);
      expect(prompt.help).toBe(question.help);
      expect(prompt.help).toBeTruthy();
    });
    expect(asked[0]!.context).toBe(`Where we stand · 1 of ${asked.length}`);
    // Incumbent-only questions and what a candidate does not yet keep are skipped (docs/domain.md §3, §5).
    for (const skipped of ['Do they get priority', 'How often do we meet', 'Have we told them about recent changes'])
      expect(asked.some((prompt) => prompt.message.startsWith(skipped))).toBe(false);
  });

  it('follows the answers: another supplier position changes M, never the N already shown', async () => {
    const db = tempDb();
    await setup(db, ['add', 'Nova', '--position', 'candidate']);
    const prompter = person((prompt) =>
      prompt.message.startsWith('Where do we stand')
        ? 'primary'
        : prompt.kind === 'input'
          ? '50'
          : prompt.kind === 'choose'
            ? 'd'
            : DEFAULT,
    );
    expect((await run(db, ['assess', 'Nova'], { ...TTY, prompter })).code).toBe(0);
    const contexts = prompter.asked.filter((prompt) => prompt.context).map((prompt) => PROGRESS.exec(prompt.context!)!);
    const total = contexts.length;
    const asCandidate = Number(contexts[0]![3]);
    expect(asCandidate).not.toBe(total);
    expect(contexts.slice(1).every((match) => Number(match[3]) === total)).toBe(true);
    expect(contexts.map((match) => Number(match[2]))).toEqual(Array.from({ length: total }, (_, index) => index + 1));
  });
});

describe('re-assessment', () => {
  it('unchanged: what changed → nothing, then w at the store step: two prompts, stored with the same answers', async () => {
    const { db, previous } = await assessedOnce();
    const prompter = new ScriptedPrompter([DEFAULT, DEFAULT, DEFAULT, 'w']);
    const result = await run(db, ['assess', 'Orion'], { ...TTY, prompter });
    expect(result.code, result.stderr).toBe(0);
    expect(prompter.asked.map((prompt) => prompt.kind)).toEqual(['select', 'choose']);
    expect(prompter.asked[0]).toMatchObject({ default: 'nothing' });
    // Enter alone at the store step is refused (twice here), never taken as a choice.
    expect(prompter.asked[1]!.refused).toBe(2);
    expect(result.stdout).toMatch(
      /Last assessment \(2026-03-15\)\n {2}Where we stand\n {4}supplier position: secondary;/,
    );
    expect(result.stdout).toContain('Your answers');
    expect(result.stderr).toMatch(/Stored assessment #2 of Orion/);
    expect(await assessments(db, 'Orion')).toHaveLength(2);
    // The optional level left empty last time is the account's recorded level, as it was then.
    expect(await latestAnswers(db, 'Orion')).toEqual({ ...previous, currentLevel: 'transactional' });
  });

  it('--defaults on a terminal says "nothing changed": only the store step is asked', async () => {
    const { db, previous } = await assessedOnce();
    const prompter = new ScriptedPrompter(['w']);
    const result = await run(db, ['assess', 'Orion', '--defaults'], { ...TTY, prompter });
    expect(result.code, result.stderr).toBe(0);
    expect(prompter.asked.map((prompt) => prompt.kind)).toEqual(['choose']);
    expect(await latestAnswers(db, 'Orion')).toEqual({ ...previous, currentLevel: 'transactional' });
  });

  it('asks survey answers older than their cadence again, even when nothing changed', async () => {
    const { db } = await assessedOnce();
    const later = { ...TTY, env: { ...TTY.env, ACCT_NOW: '2026-08-01T10:00:00Z' } };
    const prompter = person((prompt) =>
      prompt.kind === 'choose' ? 'w' : prompt.message.startsWith('How satisfied') ? '5' : DEFAULT,
    );
    const result = await run(db, ['assess', 'Orion'], { ...later, prompter });
    expect(result.code, result.stderr).toBe(0);
    const asked = prompter.asked.filter((prompt) => prompt.context);
    expect(asked.map((prompt) => prompt.context)).toEqual([
      "Satisfaction (the customer's survey) · 1 of 3",
      "Satisfaction (the customer's survey) · 2 of 3",
      "Satisfaction (the customer's survey) · 3 of 3",
    ]);
    expect(prompter.asked[0]!.choices![0]!.name).toMatch(/the 3 survey answers due are asked/);
    expect(await latestAnswers(db, 'Orion')).toMatchObject({ satisfaction: 5, shareOfWallet: 20 });
  });

  it('some sections changed: only their questions are asked, counted among themselves', async () => {
    const { db } = await assessedOnce();
    const prompter = person((prompt) =>
      prompt.message.startsWith('What has changed')
        ? 'sections'
        : prompt.message.startsWith('Which sections')
          ? ['Problems and service']
          : prompt.message.startsWith('How many customer complaints')
            ? '2'
            : prompt.kind === 'choose'
              ? 'w'
              : DEFAULT,
    );
    const result = await run(db, ['assess', 'Orion'], { ...TTY, prompter });
    expect(result.code, result.stderr).toBe(0);
    const asked = prompter.asked.filter((prompt) => prompt.context);
    expect(asked.length).toBeGreaterThan(1);
    expect(asked.every((prompt) => prompt.context!.startsWith('Problems and service · '))).toBe(true);
    expect(asked.at(-1)!.context).toBe(`Problems and service · ${asked.length} of ${asked.length}`);
    expect(await latestAnswers(db, 'Orion')).toMatchObject({ openComplaints: 2, purchaseCriteria: 'both-fit' });
  });
});

describe('the review and the store step', () => {
  it('changes an answer from the review, then stores; a new position brings its questions and drops the others', async () => {
    const { db, previous } = await assessedOnce();
    let stores = 0;
    const prompter = person((prompt) => {
      if (prompt.message.startsWith('What has changed')) return 'nothing';
      if (prompt.kind === 'choose') return stores++ === 0 ? 'c' : 'w';
      if (prompt.message.startsWith('Which answer do you want to change')) return 'supplierPosition';
      if (prompt.message.startsWith('Where do we stand')) return 'primary';
      if (prompt.kind === 'input') return '55';
      return DEFAULT;
    });
    const result = await run(db, ['assess', 'Orion'], { ...TTY, prompter });
    expect(result.code, result.stderr).toBe(0);
    const change = prompter.asked.find((prompt) => prompt.message.startsWith('Which answer'))!;
    expect(change.choices!.map((choice) => choice.name)).toContain(
      "Where we stand · Where do we stand in this customer's supplier list? [secondary]",
    );
    // Newly applying required questions of a primary supplier are asked; nothing else is.
    const asked = prompter.asked.filter((prompt) => prompt.context).map((prompt) => prompt.message);
    expect(asked).toContain('Do they get priority on quantities and delivery dates, including in peak season?');
    expect(asked).not.toContain('Who drives buying decisions in our category now?');
    const stored = await latestAnswers(db, 'Orion');
    expect(stored).toMatchObject({ supplierPosition: 'primary', buyingDriver: previous.buyingDriver });
    expect(stored).toHaveProperty('prioritySupply');
    expect(stored).not.toHaveProperty('triggers'); // openings no longer apply to a primary supplier
    expect(result.stdout.match(/Your answers/g)).toHaveLength(2); // the review again after the change
    expect(await assessments(db, 'Orion')).toHaveLength(2);
  });

  it('s stores with the plays ticked next; d discards and stores nothing; Ctrl-C at the store step stores nothing', async () => {
    const { db } = await assessedOnce();
    const discard = new ScriptedPrompter(['nothing', 'd']);
    const discarded = await run(db, ['assess', 'Orion'], { ...TTY, prompter: discard });
    expect(discarded.code, discarded.stderr).toBe(0);
    expect(discarded.stderr).toContain('Discarded: nothing was stored for Orion');
    expect(discarded.stderr).not.toMatch(/Stored/);

    const cancel = new ScriptedPrompter(['nothing', CTRL_C]);
    const cancelled = await run(db, ['assess', 'Orion'], { ...TTY, prompter: cancel });
    expect(cancelled.code).toBe(130);
    expect(cancelled.stderr).toBe('acct: cancelled; nothing was changed\n');
    expect(await assessments(db, 'Orion')).toHaveLength(1);

    const withPlays = new ScriptedPrompter(['nothing', 's', (prompt: AskedPrompt) => [prompt.choices![0]!.value]]);
    const stored = await run(db, ['assess', 'Orion'], { ...TTY, prompter: withPlays });
    expect(stored.code, stored.stderr).toBe(0);
    expect(withPlays.asked.map((prompt) => prompt.kind)).toEqual(['select', 'choose', 'checkbox']);
    expect(stored.stderr).toMatch(/Stored assessment #2 of Orion with 1 action/);
  });

  it('--accept on a terminal answers the store step: no store prompt, stored', async () => {
    const { db } = await assessedOnce();
    const prompter = new ScriptedPrompter(['nothing']);
    const result = await run(db, ['assess', 'Orion', '--accept', 'none'], { ...TTY, prompter });
    expect(result.code, result.stderr).toBe(0);
    expect(prompter.asked.map((prompt) => prompt.kind)).toEqual(['select']);
    expect(await assessments(db, 'Orion')).toHaveLength(2);
  });
});

describe('a wrong value gets words, not types', () => {
  it('at a prompt: the number is asked again with what to enter', async () => {
    const db = tempDb();
    await setup(db, ['add', 'Nova', '--position', 'secondary']);
    const prompter = new ScriptedPrompter([DEFAULT, 'lots', '0x10', '120', '', CTRL_C]);
    const result = await run(db, ['assess', 'Nova'], { ...TTY, prompter });
    expect(result.code).toBe(130);
    expect(prompter.asked[1]!.rejected).toEqual([
      '"lots" is not a number; enter a number from 0 to 100',
      '"0x10" is not a number; enter a number from 0 to 100',
      '120 is above 100; enter a number from 0 to 100',
      'an answer is needed: enter a number from 0 to 100',
    ]);
    expect(await assessments(db, 'Nova')).toEqual([]);
  });

  it('in an answers file: 0x10, 0o20, 1e3 and .inf are refused in words, not read as numbers; 16 is 16', async () => {
    const db = tempDb();
    await setup(db, ['add', 'Nova', '--position', 'secondary']);
    const base = stringify({ ...SECONDARY_SUPPLIER_ANSWERS, shareOfWallet: undefined });
    for (const written of ['0x10', '0o20', '1e3', '.inf', 'many']) {
      const file = answersFile(db, 'bad', `${base}shareOfWallet: ${written}\n`);
      const result = await run(db, ['assess', 'Nova', '--answers', file]);
      expect(result.code, written).toBe(1);
      expect(result.stderr).toBe(
        `acct: ${file}: "shareOfWallet": "${written}" is not a number; enter a number from 0 to 100; nothing was stored (see \`acct assess --questions\`)\n`,
      );
    }
    expect(await assessments(db, 'Nova')).toEqual([]);
    const good = answersFile(db, 'good', `${base}shareOfWallet: 16\n`);
    const read = await run(db, ['assess', 'Nova', '--answers', good, '--dry-run', '--json']);
    expect(read.code, read.stderr).toBe(0);
    expect((JSON.parse(read.stdout) as { answers: { shareOfWallet: unknown } }).answers.shareOfWallet).toBe(16);
  });

  it('in --set: words, and nothing stored', async () => {
    const db = tempDb();
    await setup(db, ['add', 'Nova', '--position', 'secondary']);
    const file = answersFile(db, 'ok', stringify(SECONDARY_SUPPLIER_ANSWERS));
    const result = await run(db, ['assess', 'Nova', '--answers', file, '--set', 'openComplaints=several']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'acct: --set: "openComplaints": "several" is not a number; enter a number from 0 to 999\n',
    );
    const flag = await run(db, ['assess', 'Nova', '--answers', file, '--set', 'newApplications=maybe']);
    expect(flag.stderr).toBe('acct: --set: "newApplications": "maybe" is not a yes or no; enter yes or no\n');
    expect(await assessments(db, 'Nova')).toEqual([]);
  });
});
