/**
 * Lazy command registration (issue 10, start-up): a run that names a command
 * registers that command alone, and its help is the one the whole tree
 * gives, word for word, in both languages; whatever commander may answer at
 * the program level (`--help`, `help`, an unknown command, `completion`)
 * still sees every command.
 */
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.js';
import { commandWord, REGISTRATIONS } from '../../src/cli/index.js';
import { loadLanguage } from '../../src/i18n/index.js';
import { run, tempDb } from '../helpers.js';

const sink = { write: () => true } as unknown as NodeJS.WritableStream;
const io = { stdout: sink, stderr: sink, stdin: process.stdin, env: {} } as unknown as Parameters<
  typeof buildProgram
>[0];

/** Every command's full help (what `--help` prints, the text added before and after included), by its path. */
function helpTexts(command: Command, prefix: string[] = [], into = new Map<string, string>()): Map<string, string> {
  for (const sub of command.commands) {
    const path = [...prefix, sub.name()];
    let text = '';
    sub.configureOutput({ writeOut: (chunk) => (text += chunk), writeErr: (chunk) => (text += chunk) });
    sub.outputHelp();
    into.set(path.join(' '), text);
    helpTexts(sub, path, into);
  }
  return into;
}

describe('lazy command registration', () => {
  it('knows every command of the tree by each of its names, in the order the help lists them', async () => {
    const program = await buildProgram(io, () => undefined);
    expect(REGISTRATIONS.map((registration) => registration.names)).toEqual(
      program.commands.map((command) => [command.name(), ...command.aliases()]),
    );
  });

  it.each(['en', 'zh-CN'] as const)(
    'registers one command by any of its names, with the whole help (%s)',
    async (lang) => {
      await loadLanguage(lang);
      const whole = helpTexts(await buildProgram(io, () => undefined));
      for (const registration of REGISTRATIONS.filter((entry) => !entry.whole)) {
        for (const name of registration.names) {
          const program = await buildProgram(io, () => undefined, ['--db', 'x.db', name, '--help']);
          expect(program.commands.map((command) => command.name())).toEqual([registration.names[0]]);
          const lazy = helpTexts(program);
          expect(lazy.size).toBeGreaterThan(0);
          for (const [path, text] of lazy) expect(text, `${name}: ${path}`).toBe(whole.get(path));
        }
      }
    },
  );

  it('finds the command word after the program options only', () => {
    expect(commandWord(['list'])).toBe('list');
    expect(commandWord(['--db', 'list', 'show'])).toBe('show');
    expect(commandWord(['--db=a.db', '--lang', 'zh-CN', '--json', '-q', '--no-color', '--no-pager', 'ls'])).toBe('ls');
    expect(commandWord(['--lang=en', 'export', '--help'])).toBe('export');
    // Anything commander may answer at the program level: no single command.
    for (const args of [
      [],
      ['--help', 'list'],
      ['-h', 'list'],
      ['-V', 'list'],
      ['-qV', 'list'],
      ['--owner', 'x', 'list'],
    ])
      expect(commandWord(args), args.join(' ')).toBeUndefined();
    expect(commandWord(['--', 'list'])).toBeUndefined();
    expect(commandWord(['--db'])).toBeUndefined();
  });

  it('acct --help before a command still lists every command', async () => {
    const result = await run(tempDb(), ['--help', 'list']);
    expect(result.code).toBe(0);
    for (const name of ['add', 'list', 'contact', 'report', 'export', 'completion'])
      expect(result.stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
  });

  it('a misspelt command is still matched against every command', async () => {
    const result = await run(tempDb(), ['exprot']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('export');
  });

  it('acct completion writes every command into the script', async () => {
    const result = await run(tempDb(), ['completion', 'bash']);
    expect(result.code).toBe(0);
    for (const name of ['add', 'list', 'contact', 'report', 'export', 'today']) expect(result.stdout).toContain(name);
  });
});
