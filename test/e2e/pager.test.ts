/**
 * Long output on a terminal goes through the pager (issue 12, point 3):
 * $ACCT_PAGER, else $PAGER, else less -FRX; --no-pager, ACCT_PAGER= or cat
 * turn it off; never when piped; a missing or failing pager falls back to
 * direct output; a pager that quits early is not an error. The binary on a
 * pseudo-terminal, with a fake pager that marks each line it shows.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, spawnAcct, spawnInTty } from '../helpers.js';

const FAKE = join(ROOT, 'test', 'fixtures', 'pager', 'fake-pager.sh');
const dir = mkdtempSync(join(tmpdir(), 'acct-pager-'));
const db = join(dir, 'acct.db');
/** 1500 accounts: far more than a screen, and more than a pipe buffer (so quitting early breaks the pipe). */
const ACCOUNTS = 1500;
const SCREEN = { columns: 100, rows: 20 };
const NO_PAGER_ENV = { ACCT_PAGER: undefined, PAGER: undefined };

beforeAll(async () => {
  const rows = Array.from({ length: ACCOUNTS }, (_, i) => `Account ${i} 华东机械,lin,A,上海`);
  writeFileSync(join(dir, 'accounts.csv'), `name,owner,tier,city\n${rows.join('\n')}\n`);
  const imported = await spawnAcct(['--db', db, 'import', join(dir, 'accounts.csv')]);
  if (imported.code !== 0) throw new Error(imported.stderr);
  await spawnAcct(['--db', db, 'add', 'Tiny Co']);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const paged = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('PAGER> ')).length;

describe('the pager', () => {
  it('pages long output through $ACCT_PAGER on a terminal', async () => {
    const result = await spawnInTty(['--db', db, 'list'], { ...NO_PAGER_ENV, ACCT_PAGER: FAKE }, SCREEN);
    expect(result.code, result.stdout.slice(0, 500)).toBe(0);
    expect(paged(result.stdout)).toBe(ACCOUNTS + 2); // header, every account and Tiny Co
  }, 120_000);

  it('uses $PAGER when $ACCT_PAGER is not set', async () => {
    const result = await spawnInTty(['--db', db, 'list'], { ...NO_PAGER_ENV, PAGER: FAKE }, SCREEN);
    expect(paged(result.stdout)).toBe(ACCOUNTS + 2);
  }, 120_000);

  it('writes output that fits on the screen directly', async () => {
    const result = await spawnInTty(['--db', db, 'show', 'Tiny Co'], { ACCT_PAGER: FAKE }, SCREEN);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Tiny Co');
    expect(paged(result.stdout)).toBe(0);
  }, 120_000);

  it.each([
    ['--no-pager', ['--no-pager'], { ACCT_PAGER: FAKE }],
    ['ACCT_PAGER empty', [], { ACCT_PAGER: '', PAGER: FAKE }],
    ['ACCT_PAGER=cat', [], { ACCT_PAGER: 'cat', PAGER: FAKE }],
  ])(
    'is off with %s',
    async (_label, flags, env) => {
      const result = await spawnInTty([...flags, '--db', db, 'list'], env, SCREEN);
      expect(result.code).toBe(0);
      expect(paged(result.stdout)).toBe(0);
      expect(result.stdout).toContain(`Account ${ACCOUNTS - 1} 华东机械`);
    },
    120_000,
  );

  it('never pages when piped, with or without --json', async () => {
    for (const flags of [[], ['--json']]) {
      const result = await spawnAcct([...flags, '--db', db, 'list'], { ACCT_PAGER: FAKE, PAGER: FAKE });
      expect(result.code).toBe(0);
      expect(result.stdout).not.toContain('PAGER> ');
      expect(result.stdout).toContain(`Account ${ACCOUNTS - 1}`);
    }
  }, 120_000);

  it.each([
    ['missing', 'no-such-pager-here'],
    ['failing', 'false'],
  ])(
    'falls back to direct output when the pager is %s',
    async (_label, pager) => {
      const result = await spawnInTty(['--db', db, 'list'], { ACCT_PAGER: pager }, SCREEN);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Account ${ACCOUNTS - 1} 华东机械`);
      expect(result.stdout).not.toMatch(/^acct:/m);
    },
    120_000,
  );

  it('takes a pager quitting early (q in less) as the end, not an error', async () => {
    const result = await spawnInTty(['--db', db, 'list'], { ACCT_PAGER: `'${FAKE}' quit` }, SCREEN);
    expect(result.code).toBe(0);
    expect(paged(result.stdout)).toBe(1);
    expect(result.stdout).not.toMatch(/acct:|EPIPE|Error/);
    expect(result.stdout).not.toContain(`Account ${ACCOUNTS - 1}`);
  }, 120_000);
});
