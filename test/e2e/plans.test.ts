/**
 * Plans a rep can trust, through the spawned binary (issue 11 points 9, 12,
 * 13, 14; docs/domain.md §4, §7): one ranking numbered 1..n with "and N
 * more" on a terminal; accepted plays as actions owned by the person named
 * for the role, keeping their why and steps; reprinted plans with real due
 * dates and ✓ only for that assessment; orders with amounts and the
 * lifetime value in acct show.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { SECONDARY_SUPPLIER_ANSWERS } from '../answers.js';
import { spawnAcct, spawnInTty, tempDb, tempDir } from '../helpers.js';

const MARCH = { ACCT_NOW: '2026-03-15T10:00:00Z' };

async function acct(db: string, args: string[], env: Record<string, string> = MARCH) {
  const result = await spawnAcct(['--db', db, ...args], env);
  return result;
}

async function ok(db: string, args: string[], env: Record<string, string> = MARCH) {
  const result = await acct(db, args, env);
  expect(result.code, `acct ${args.join(' ')}: ${result.stderr}`).toBe(0);
  return result;
}

/** Huadong: a secondary supplier, single-threaded through purchasing, before the supplier review: 12 plays. */
async function huadong(db: string, env: Record<string, string> = MARCH): Promise<string> {
  await ok(db, ['add', 'Huadong Machinery', '--owner', 'lin', '--position', 'secondary', '--currency', 'CNY'], env);
  await ok(db, ['contact', 'add', 'Huadong', 'Mr Zhao', '--department', 'purchasing', '--strength', '3'], env);
  const file = join(tempDir(), 'answers.yaml');
  writeFileSync(file, stringify({ ...SECONDARY_SUPPLIER_ANSWERS, triggers: ['supplier-review'] }));
  return file;
}

/** The numbers of the plan lines ("  3. ! P1 …") in the order printed. */
const ranks = (text: string): number[] => [...text.matchAll(/^ ?(\d+)\. [!✓ ] P\d /gm)].map((m) => Number(m[1]));

describe('plans a rep can trust, through the binary', { timeout: 120_000 }, () => {
  it('numbers one ranking 1..n; a terminal shows 7 and says how to see the rest', async () => {
    const db = tempDb();
    const answers = await huadong(db);
    const stored = await ok(db, ['assess', 'Huadong', '--answers', answers, '--accept', 'none', '--json']);
    const plan = (JSON.parse(stored.stdout) as { result: { plan: { priority: number; dueInDays: number }[] } }).result
      .plan;
    expect(plan.length).toBeGreaterThan(7);
    // Priority, then due date: never a later play before an earlier one of the same priority.
    for (let i = 1; i < plan.length; i++) {
      const [a, b] = [plan[i - 1]!, plan[i]!];
      expect(a.priority < b.priority || (a.priority === b.priority && a.dueInDays <= b.dueInDays)).toBe(true);
    }

    const tty = await spawnInTty(['--db', db, '--no-color', 'plan', 'Huadong'], MARCH);
    expect(tty.code, tty.stdout).toBe(0);
    expect(ranks(tty.stdout)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(tty.stdout).toContain(`Plan: ${plan.length} plays`);
    expect(tty.stdout).toContain(`and ${plan.length - 7} more: acct plan "Huadong Machinery" --all`);

    const all = await spawnInTty(['--db', db, '--no-color', 'plan', 'Huadong', '--all'], MARCH);
    expect(ranks(all.stdout)).toEqual(plan.map((_, i) => i + 1));
    expect(all.stdout).not.toContain('more: acct plan');
    const top = await spawnInTty(['--db', db, '--no-color', 'plan', 'Huadong', '--top', '3'], MARCH);
    expect(ranks(top.stdout)).toEqual([1, 2, 3]);

    // Piped: every play, one row each, numbered the same way.
    const piped = await ok(db, ['plan', 'Huadong']);
    expect(piped.stdout.split('\n').filter((line) => /^\d+\t/.test(line))).toHaveLength(plan.length);
    const both = await acct(db, ['plan', 'Huadong', '--all', '--top', '2']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--top and --all ask for two lengths');
  });

  it("gives accepted plays to the person named for the role, keeps the play's why and steps, and closes calmly", async () => {
    const db = tempDb();
    const config = join(tempDir(), 'config');
    const env = { ...MARCH, ACCT_CONFIG: config };
    const answers = await huadong(db, env);
    await ok(db, ['config', 'set', 'role.manager', 'wang'], env);
    await ok(
      db,
      ['assess', 'Huadong', '--answers', answers, '--accept', 'ic-trigger-supplier-review,ic-fit-alert'],
      env,
    );
    const actions = JSON.parse((await ok(db, ['action', 'list', '--json'], env)).stdout) as {
      id: number;
      play: string;
      owner: string;
      ownerRole: string;
    }[];
    const rep = actions.find((a) => a.play === 'ic-trigger-supplier-review')!;
    const manager = actions.find((a) => a.play === 'ic-fit-alert')!;
    expect(rep).toMatchObject({ owner: 'lin', ownerRole: 'rep' });
    expect(manager).toMatchObject({ owner: 'wang', ownerRole: 'manager' });

    const show = await ok(db, ['action', 'show', String(manager.id)], env);
    expect(show.stdout).toMatch(/owner\s+wang \(manager\)/);
    expect(show.stdout).toMatch(/from\s+the assessment of 2026-03-15 \(#1\)/);
    expect(show.stdout).toMatch(/why\s+We and the incumbent both meet the criteria/);
    expect(show.stdout).toMatch(/because\s+.*alert/);
    expect(show.stdout).toMatch(/steps\s+1\. /);
    const json = JSON.parse((await ok(db, ['action', 'show', String(manager.id), '--json'], env)).stdout) as {
      why: string;
      steps: string[];
      because: string[];
      assessment: { id: number };
    };
    expect(json.why).toContain('incumbent');
    expect(json.steps.length).toBeGreaterThan(0);
    expect(json.because.length).toBeGreaterThan(0);
    expect(json.assessment.id).toBe(1);

    // Done twice, dropped twice (with --yes): the second says so and exits 0.
    await ok(db, ['action', 'done', String(rep.id)], env);
    const again = await ok(db, ['action', 'done', String(rep.id)], env);
    expect(again.stderr).toContain(`Action #${rep.id} is already done; nothing changed`);
    const drop = await ok(db, ['action', 'drop', String(manager.id), '--yes'], env);
    expect(drop.stderr).toContain(`Marked action #${manager.id} dropped`);
    const dropAgain = await ok(db, ['action', 'drop', String(manager.id), '--yes'], env);
    expect(dropAgain.stderr).toContain('already dropped');
    const missing = await acct(db, ['action', 'show', '99'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no action #99');
  });

  it('reprints a past plan with real due dates, overdue in words, and ✓ only for that assessment', async () => {
    const db = tempDb();
    const february = { ACCT_NOW: '2026-02-01T09:00:00Z' };
    const answers = await huadong(db, february);
    await ok(db, ['assess', 'Huadong', '--answers', answers, '--accept', 'ic-trigger-supplier-review'], february);
    // Six weeks later the same play is accepted again (the first is done) together with another one.
    await ok(db, ['action', 'done', '1']);
    await ok(db, ['assess', 'Huadong', '--answers', answers, '--accept', 'ic-weave-network']);

    const tty = await spawnInTty(['--db', db, '--no-color', 'plan', 'Huadong', '--at', '2026-02-20', '--all'], MARCH);
    expect(tty.code, tty.stdout).toBe(0);
    expect(tty.stdout).toContain('plan of the assessment of 2026-02-01 (#1)');
    const accepted = tty.stdout.split('\n').filter((line) => /^ ?\d+\. ✓ /.test(line));
    expect(accepted).toEqual([expect.stringContaining('Prepare for their annual supplier review')]);
    expect(tty.stdout).toContain('action #1, done');
    // ic-weave-network: due 14 days after 2026-02-01, read on 2026-03-15.
    expect(tty.stdout).toMatch(/due 2026-02-15, overdue by 28 days · rep: lin · ic-weave-network/);

    const json = JSON.parse((await ok(db, ['plan', 'Huadong', '--at', '2026-02-20', '--json'])).stdout) as {
      plan: { play: string; due: string; overdue: boolean; action: number | null }[];
    };
    expect(json.plan.filter((item) => item.action !== null).map((item) => item.play)).toEqual([
      'ic-trigger-supplier-review',
    ]);
    expect(json.plan.find((item) => item.play === 'ic-weave-network')).toMatchObject({
      due: '2026-02-15',
      overdue: true,
      action: null,
    });
    const latest = JSON.parse((await ok(db, ['plan', 'Huadong', '--json'])).stdout) as {
      plan: { play: string; overdue: boolean; action: number | null }[];
    };
    expect(latest.plan.filter((item) => item.action !== null).map((item) => item.play)).toEqual(['ic-weave-network']);
    expect(latest.plan.every((item) => !item.overdue)).toBe(true);
  });

  it('logs orders with amounts, and acct show gives orders to date and the lifetime value with its inputs', async () => {
    const db = tempDb();
    await huadong(db);
    await ok(db, ['log', 'Huadong', 'PO 4471', '--type', 'order', '--amount', '420万', '--date', '2025-09-01']);
    const second = await ok(db, [
      'log',
      'Huadong',
      'PO 4502',
      '--type',
      'order',
      '--amount',
      '4000000',
      '--currency',
      'CNY',
      '--date',
      '2026-01-10',
    ]);
    expect(second.stderr).toContain('Logged order worth 4,000,000 CNY at Huadong Machinery on 2026-01-10');

    // Bad input: refused with the reason, and nothing is logged.
    const call = await acct(db, ['log', 'Huadong', 'call', '--type', 'call', '--amount', '5万']);
    expect(call.code).toBe(1);
    expect(call.stderr).toContain('amount is for orders only, not for type "call"');
    const words = await acct(db, ['log', 'Huadong', 'PO', '--type', 'order', '--amount', 'lots']);
    expect(words.code).toBe(1);
    expect(words.stderr).toContain('amount "lots" is not an amount');

    const show = await ok(db, ['show', 'Huadong']);
    expect(show.stdout).toMatch(/orders\s+2 orders since 2025-09-01, 8,200,000 CNY/);
    expect(show.stdout).toMatch(
      /lifetime value\s+about 41,000,000 CNY = average order 4,100,000 CNY × 2 orders a year × 5 years/,
    );
    const json = JSON.parse((await ok(db, ['show', 'Huadong', '--json'])).stdout) as {
      orders: { count: number };
      lifetimeValue: { estimate: number; expectedYears: number };
    };
    expect(json.orders.count).toBe(2);
    expect(json.lifetimeValue).toMatchObject({ estimate: 41_000_000, expectedYears: 5 });
    // The expected relationship length is a setting.
    const longer = JSON.parse(
      (await ok(db, ['show', 'Huadong', '--json'], { ...MARCH, ACCT_RELATIONSHIP_YEARS: '10' })).stdout,
    ) as { lifetimeValue: { estimate: number } };
    expect(longer.lifetimeValue.estimate).toBe(82_000_000);
  });
});
