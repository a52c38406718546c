/**
 * The interactive assessment, end to end: the built binary in a
 * pseudo-terminal (util-linux `script`), driven by keystrokes written after
 * each prompt appears. Covers the key-press claims of issue 12: an unchanged
 * re-assessment stored in 3 key presses, Enter alone never storing, the
 * progress and help lines, the review's way back, discard, a wrong number
 * answered in words, a full Enter-through re-assessment reproducing the
 * answers, and Ctrl-C (exit 130, one line, nothing stored).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { isAsked, type Answers } from '../../src/domain/assessment/index.js';
import { localText } from '../../src/domain/local-text.js';
import { loadPlaybooks } from '../../src/playbooks/load.js';
import { BIN, spawnAcct, tempDb } from '../helpers.js';

const ENV = { ACCT_NOW: '2026-03-15T10:00:00Z', NO_COLOR: '1' };

/** Strips ANSI sequences and all whitespace, so wrapped or redrawn text still matches. */
function squash(text: string): string {
  return text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\s+/g, '');
}

class Terminal {
  private output = '';
  private seen = 0;
  readonly exited: Promise<number>;
  private readonly child: ChildProcessWithoutNullStreams;

  constructor(args: string[]) {
    const command = [process.execPath, BIN, ...args].map((part) => `'${part.replace(/'/g, "'\\''")}'`).join(' ');
    this.child = spawn('script', ['-qec', `stty cols 200 rows 50 2>/dev/null; exec ${command}`, '/dev/null'], {
      env: { ...process.env, ...ENV, TERM: 'xterm-256color', FORCE_COLOR: undefined },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stdout.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child.stderr.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.on('close', (code) => resolve(code ?? -1)));
  }

  get text(): string {
    return this.output.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');
  }

  /** Waits until `text` appears after everything matched so far. */
  async waitFor(text: string, timeoutMs = 10_000): Promise<void> {
    const wanted = squash(text);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const rest = squash(this.output).slice(this.seen);
      const at = rest.indexOf(wanted);
      if (at >= 0) {
        this.seen += at + wanted.length;
        return;
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for "${text}"; last output:\n${this.text.slice(-1500)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
  }

  /** Key presses so far: each press() is one key (a character, Enter, an arrow). */
  presses = 0;

  press(key: string): void {
    this.presses += 1;
    this.child.stdin.write(key);
  }

  close(): void {
    this.child.stdin.end();
  }
}

const PREVIOUS: Answers = {
  supplierPosition: 'primary',
  shareOfWallet: 60,
  currentLevel: 'preferred-supplier',
  purchaseCriteria: 'both-fit',
  buyingDriver: 'engineering',
  shiftSigns: ['price-only'],
  newApplications: true,
  bondsCovered: ['org-interest', 'org-trust'],
  personalCare: ['regular-visits'],
  openComplaints: 1,
  problems: ['delivery'],
  serviceLevel: ['dedicated-team', 'proactive'],
  prioritySupply: false,
  priceVsMarket: 'slightly-above',
  meetingCadence: 'quarterly',
  counterpartTeam: false,
  executiveChannel: true,
  strategicAlignment: 'partly',
  toldAboutChanges: false,
  customerFile: true,
  satisfaction: 4,
  repurchaseIntent: 'yes',
  wouldRecommend: 'yes',
  referralsAsked: false,
  rivalRebates: true,
  structuralChange: [],
  postDeliveryDrop: false,
  targetLevel: 'partner',
  mutualImportance: 'high',
  powerBalance: 'balanced',
  switchingCost: 'medium',
};

async function accountWithOneAssessment(): Promise<string> {
  const db = tempDb();
  const ok = async (args: string[]) => {
    const result = await spawnAcct(['--db', db, ...args], ENV);
    if (result.code !== 0) throw new Error(`acct ${args.join(' ')}: ${result.stderr}`);
  };
  await ok(['add', 'Orion Electronics', '--owner', 'lin', '--tier', 'A', '--position', 'primary', '--share', '60']);
  await ok(['contact', 'add', 'Orion', 'Wang Eng', '--department', 'technical', '--strength', '3']);
  await ok(['contact', 'add', 'Orion', 'Liu Buyer', '--department', 'purchasing', '--strength', '2']);
  const file = join(db, '..', 'previous.yaml');
  writeFileSync(file, stringify(PREVIOUS));
  await ok(['assess', 'Orion', '--answers', file, '--accept', 'none']);
  return db;
}

async function assessmentCount(db: string): Promise<number> {
  const history = await spawnAcct(['--db', db, 'history', 'Orion', '--json'], ENV);
  return (JSON.parse(history.stdout) as { assessments: unknown[] }).assessments.length;
}

async function latest(db: string): Promise<{ id: number; answers: Answers }> {
  const plan = await spawnAcct(['--db', db, 'plan', 'Orion', '--json'], ENV);
  return (JSON.parse(plan.stdout) as { assessment: { id: number; answers: Answers } }).assessment;
}

let prompts: string[];
beforeAll(() => {
  // The questions a primary supplier with these answers is asked, in order.
  const { questionnaire } = loadPlaybooks();
  prompts = questionnaire.questions
    .filter((question) => isAsked(question, PREVIOUS))
    .map((question) => localText(question.prompt, 'en'));
});

const ENTER = '\r';
const DOWN = '\x1b[B';

describe('acct assess on a terminal', () => {
  it('an unchanged re-assessment is stored in 3 key presses: Enter (nothing changed), w, Enter', async () => {
    const db = await accountWithOneAssessment();
    const term = new Terminal(['--db', db, 'assess', 'Orion']);
    try {
      await term.waitFor('Orion Electronics: briefing');
      await term.waitFor('Last assessment (2026-03-15)');
      await term.waitFor('What has changed since the last assessment');
      term.press(ENTER);
      await term.waitFor('Your answers');
      await term.waitFor('Store this assessment?');
      term.press('w');
      term.press(ENTER);
      await term.waitFor('Stored assessment #2 of Orion Electronics');
      expect(await term.exited).toBe(0);
    } finally {
      term.close();
    }
    expect(term.presses).toBeLessThanOrEqual(3);
    expect(await assessmentCount(db)).toBe(2);
    expect((await latest(db)).answers).toEqual(PREVIOUS);
  }, 120_000);

  it('holding Enter at the store step stores nothing and keeps the choices on screen; d discards', async () => {
    const db = await accountWithOneAssessment();
    const term = new Terminal(['--db', db, 'assess', 'Orion']);
    try {
      await term.waitFor('What has changed since the last assessment');
      term.press(ENTER);
      await term.waitFor('Store this assessment?');
      for (let i = 0; i < 5; i += 1) term.press(ENTER);
      await term.waitFor('Enter alone chooses nothing');
      expect(term.text).toMatch(/w\) Store without actions/);
      expect(term.text).toMatch(/d\) Discard: store nothing/);
      expect(term.text).not.toMatch(/Stored assessment/);
      term.press('d');
      term.press(ENTER);
      await term.waitFor('Discarded: nothing was stored for Orion Electronics');
      expect(await term.exited).toBe(0);
    } finally {
      term.close();
    }
    expect(term.text).not.toMatch(/Stored assessment/);
    expect(await assessmentCount(db)).toBe(1);
  }, 120_000);

  it('shows each question with its section, N of M and its help line; a wrong number gets words', async () => {
    const db = tempDb();
    const added = await spawnAcct(['--db', db, 'add', 'Nova', '--position', 'secondary'], ENV);
    expect(added.code, added.stderr).toBe(0);
    const term = new Terminal(['--db', db, 'assess', 'Nova']);
    try {
      await term.waitFor('Where we stand · 1 of');
      await term.waitFor("From the customer's side: how they rank us among their suppliers");
      await term.waitFor("Where do we stand in this customer's supplier list?");
      term.press(ENTER);
      await term.waitFor('Where we stand · 2 of');
      await term.waitFor('An estimate is fine.');
      for (const key of 'lots') term.press(key);
      term.press(ENTER);
      await term.waitFor('"lots" is not a number; enter a number from 0 to 100');
      term.press('\x03');
      expect(await term.exited).toBe(130);
    } finally {
      term.close();
    }
    expect(term.text).not.toMatch(/wrong type|string/);
    const history = await spawnAcct(['--db', db, 'history', 'Nova', '--json'], ENV);
    expect((JSON.parse(history.stdout) as { assessments: unknown[] }).assessments).toEqual([]);
  }, 120_000);

  it('the review: c, pick an answer, change it, then w stores the changed answer', async () => {
    const db = await accountWithOneAssessment();
    const term = new Terminal(['--db', db, 'assess', 'Orion']);
    try {
      await term.waitFor('What has changed since the last assessment');
      term.press(ENTER);
      await term.waitFor('Store this assessment?');
      term.press('c');
      term.press(ENTER);
      await term.waitFor('Which answer do you want to change?');
      // supplierPosition, shareOfWallet, currentLevel, purchaseCriteria
      for (let i = 0; i < 3; i += 1) term.press(DOWN);
      term.press(ENTER);
      // The question itself (its text is also in the list just left): where it stands, then its help.
      await term.waitFor('Where we stand · 1 of 1');
      await term.waitFor('Their purchase criteria are what they judge suppliers by');
      term.press(DOWN); // from both-fit to rivals-fit
      term.press(ENTER);
      await term.waitFor('Your answers');
      await term.waitFor('purchase criteria: rivals-fit');
      await term.waitFor('Store this assessment?');
      term.press('w');
      term.press(ENTER);
      await term.waitFor('Stored assessment #2 of Orion Electronics');
      expect(await term.exited).toBe(0);
    } finally {
      term.close();
    }
    expect((await latest(db)).answers).toEqual({ ...PREVIOUS, purchaseCriteria: 'rivals-fit' });
  }, 120_000);

  it('going through every question with Enter reproduces the previous answers exactly', async () => {
    const db = await accountWithOneAssessment();
    const term = new Terminal(['--db', db, 'assess', 'Orion']);
    try {
      await term.waitFor('What has changed since the last assessment');
      term.press(DOWN);
      term.press(DOWN);
      term.press(ENTER);
      for (const prompt of prompts) {
        await term.waitFor(prompt);
        term.press(ENTER);
      }
      await term.waitFor('Store this assessment?');
      term.press('w');
      term.press(ENTER);
      await term.waitFor('Stored assessment #2 of Orion Electronics');
      expect(await term.exited).toBe(0);
    } finally {
      term.close();
    }
    expect(await assessmentCount(db)).toBe(2);
    expect(await latest(db)).toMatchObject({ id: 2 });
    expect((await latest(db)).answers).toEqual(PREVIOUS);
  }, 120_000);

  it('arrow keys change an answer; s and the checkbox accept a play as an action', async () => {
    const db = await accountWithOneAssessment();
    const term = new Terminal(['--db', db, 'assess', 'Orion']);
    try {
      await term.waitFor('What has changed since the last assessment');
      term.press(DOWN);
      term.press(DOWN);
      term.press(ENTER);
      for (const prompt of prompts) {
        await term.waitFor(prompt);
        // purchaseCriteria: from both-fit one down to rivals-fit.
        if (prompt === prompts[3]) term.press(DOWN);
        term.press(ENTER);
      }
      await term.waitFor('Store this assessment?');
      term.press('s');
      term.press(ENTER);
      await term.waitFor('Accept plays as actions');
      term.press(' '); // tick the first (highest-ranked) play
      term.press(ENTER);
      await term.waitFor('with 1 action');
      expect(await term.exited).toBe(0);
    } finally {
      term.close();
    }
    const out = await spawnAcct(['--db', db, 'plan', 'Orion', '--json'], ENV);
    const plan = JSON.parse(out.stdout) as {
      result: { criteriaFit: string };
      plan: { play: string }[];
      actions: { play: string }[];
    };
    expect(plan.result.criteriaFit).toBe('alarm');
    expect(plan.actions.map((action) => action.play)).toEqual([plan.plan[0]!.play]);
  }, 120_000);

  it('Ctrl-C in the middle of the questions: exit 130, one line, nothing stored', async () => {
    const db = await accountWithOneAssessment();
    const term = new Terminal(['--db', db, 'assess', 'Orion']);
    try {
      await term.waitFor('What has changed since the last assessment');
      term.press(DOWN);
      term.press(DOWN);
      term.press(ENTER);
      for (const prompt of prompts.slice(0, 5)) {
        await term.waitFor(prompt);
        term.press(ENTER);
      }
      await term.waitFor(prompts[5]!);
      term.press('\x03');
      expect(await term.exited).toBe(130);
    } finally {
      term.close();
    }
    const lines = term.text.split('\n').filter((line) => line.includes('acct:'));
    expect(lines).toEqual(['acct: cancelled; nothing was changed']);
    expect(term.text).not.toMatch(/Stored assessment/);
    expect(await assessmentCount(db)).toBe(1);
  }, 120_000);
});
