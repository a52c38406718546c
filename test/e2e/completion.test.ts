/**
 * Shell completion end to end: the script the built binary prints, loaded
 * into a real bash (and zsh and fish where installed), asked for candidates
 * the way the shell asks on Tab. Account names come from the binary's
 * hidden `__complete accounts`, against a real database.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, spawnAcct, tempDir } from '../helpers.js';

/** A fresh HOME for a shell: zsh and fish write their caches there, never into BASE_ENV's /nonexistent-home. */
const shellHome = (): string => tempDir();

const has = (shell: string): boolean => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;

// One folder for the whole file: helpers' tempDir is emptied after each test.
const home = mkdtempSync(join(tmpdir(), 'acct-completion-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));
const db = join(home, 'acct.db');
let made = 0;
const folder = (): string => mkdtempSync(join(home, `d${made++}-`));

beforeAll(async () => {
  for (const args of [
    ['add', 'Acme Industrial'],
    ['add', 'Acorn Foods'],
    ['add', '华东机械'],
  ]) {
    const result = await spawnAcct(['--db', db, ...args]);
    if (result.code !== 0) throw new Error(result.stderr);
  }
});

/** A folder with an `acct` on it that runs the built binary, as an installed acct would. */
function shim(): string {
  const dir = folder();
  const file = join(dir, 'acct');
  writeFileSync(file, `#!/bin/sh\nexec '${process.execPath}' '${BIN}' "$@"\n`);
  chmodSync(file, 0o755);
  return dir;
}

async function script(shell: string): Promise<string> {
  const result = await spawnAcct(['completion', shell]);
  expect(result.code, result.stderr).toBe(0);
  const file = join(folder(), `acct.${shell}`);
  writeFileSync(file, result.stdout);
  return file;
}

describe('acct completion bash', () => {
  let file: string;
  let bin: string;
  beforeAll(async () => {
    bin = shim();
    file = await script('bash');
  });

  /** What bash offers for the words typed, the last one being completed. */
  function complete(...words: string[]): string[] {
    const program = `source '${file}'; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${
      words.length - 1
    }; _acct; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const out = execFileSync('bash', ['-c', program], {
      // A UTF-8 locale, as a person's terminal has: printf %q then leaves 华东机械 as it is.
      env: { PATH: `${bin}:${process.env.PATH}`, HOME: shellHome(), LC_ALL: 'C.UTF-8' },
      encoding: 'utf8',
    });
    return out.split('\n').filter(Boolean);
  }

  it('completes commands, subcommands and flags', () => {
    expect(complete('acct', 'to')).toEqual(['today']);
    expect(complete('acct', 'contact', 'a')).toEqual(['add']);
    expect(complete('acct', 'list', '--mi')).toEqual(['--mine']);
    expect(complete('acct', 'action', 'list', '--ov')).toEqual(['--overdue']);
    // Hidden commands stay hidden.
    expect(complete('acct', '__')).toEqual([]);
  });

  it('completes enum values of flags and arguments', () => {
    expect(complete('acct', 'list', '--tier', '')).toEqual(['A', 'B', 'C']);
    expect(complete('acct', 'contact', 'add', 'acme', 'x', '--attitude', '')).toEqual([
      'supporter',
      'neutral',
      'opponent',
    ]);
    expect(complete('acct', 'log', 'acme', 'note', '--type', 'c')).toEqual(['call', 'complaint']);
    expect(complete('acct', 'brief', 'acme', '--format', '')).toEqual(['text', 'markdown', 'json']);
    expect(complete('acct', 'completion', '')).toEqual(['bash', 'zsh', 'fish']);
  });

  it('completes account names from the database, quoted for the shell, only where an account goes', () => {
    expect(complete('acct', '--db', db, 'show', 'ac')).toEqual(['Acme\\ Industrial', 'Acorn\\ Foods']);
    expect(complete('acct', '--db', db, 'contact', 'add', '华')).toEqual(['华东机械']);
    // The second argument of log is the note, not an account.
    expect(complete('acct', '--db', db, 'log', 'acme', 'A')).toEqual([]);
    // No database there: nothing, and nothing printed into the command line.
    expect(complete('acct', '--db', join(tempDir(), 'none.db'), 'show', '')).toEqual([]);
  });
});

describe('acct __complete accounts', () => {
  it('prints the names that start with the prefix (case and width do not matter), one a line', async () => {
    const result = await spawnAcct(['--db', db, '__complete', 'accounts', 'ＡＣ']);
    expect(result).toMatchObject({ code: 0, stdout: 'Acme Industrial\nAcorn Foods\n', stderr: '' });
  });

  it('creates no database where there is none, and says nothing', async () => {
    const dir = tempDir();
    const result = await spawnAcct(['--db', join(dir, 'acct.db'), '__complete', 'accounts', '']);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(spawnSync('ls', ['-A', dir], { encoding: 'utf8' }).stdout).toBe('');
  });
});

describe('acct completion zsh and fish', () => {
  it.skipIf(!has('zsh'))(
    'zsh: the script parses and offers names through bashcompinit (skipped without zsh)',
    async () => {
      const file = await script('zsh');
      execFileSync('zsh', ['-n', file]);
      // zsh filters by prefix itself (compadd), so the function hands over every candidate of the place.
      const out = execFileSync(
        'zsh',
        [
          '-f',
          '-c',
          `source '${file}'; COMP_WORDS=(acct --db '${db}' show Ac); COMP_CWORD=4; _acct; print -l -- "\${COMPREPLY[@]}"`,
        ],
        { env: { PATH: `${shim()}:${process.env.PATH}`, HOME: shellHome() }, encoding: 'utf8' },
      );
      // bashcompinit unquotes what the function offers, so either quoting is right.
      expect(
        out
          .split('\n')
          .filter(Boolean)
          .map((name) => name.replace(/\\ /g, ' ')),
      ).toEqual(['Acme Industrial', 'Acorn Foods']);
    },
  );

  it.skipIf(!has('fish'))(
    'fish: the script parses and completes commands, values and names (skipped without fish)',
    async () => {
      const file = await script('fish');
      execFileSync('fish', ['-n', file]);
      const ask = (line: string): string[] =>
        execFileSync('fish', ['-c', `source '${file}'; complete -C '${line}'`], {
          env: { PATH: `${shim()}:${process.env.PATH}`, HOME: shellHome() },
          encoding: 'utf8',
        })
          .split('\n')
          .filter(Boolean)
          .map((entry) => entry.split('\t')[0]!);
      expect(ask('acct to')).toEqual(['today']);
      expect(ask('acct list --tier ')).toEqual(['A', 'B', 'C']);
      expect(ask(`acct --db=${db} show Ac`)).toEqual(['Acme Industrial', 'Acorn Foods']);
    },
  );

  it('an unknown shell is a usage error naming the shells', async () => {
    const result = await spawnAcct(['completion', 'tcsh']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bash, zsh, fish');
  });
});
