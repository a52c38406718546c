/**
 * `--help` in Chinese (issue 14, point 1): every command's help, in zh-CN,
 * has no English word of the English help catalogue left, apart from what a
 * user types as it is (commands, flags, argument names, allowed values,
 * setting keys) and the example command lines. English help stays English.
 */
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.js';
import { fieldDescription } from '../../src/cli/fields.js';
import { DATE_EXAMPLES } from '../../src/domain/dates.js';
import * as enums from '../../src/domain/enums.js';
import { ACCOUNT_FIELDS, CONTACT_FIELDS, IMPORT_FIELDS } from '../../src/domain/field-specs.js';
import { SETTINGS } from '../../src/domain/settings.js';
import { help as englishHelp } from '../../src/i18n/en/help.js';
import { loadLanguage } from '../../src/i18n/index.js';
import { run, spawnAcct, tempDb } from '../helpers.js';

function commandPaths(command: Command, prefix: string[] = []): string[][] {
  const paths: string[][] = [];
  for (const sub of command.commands) {
    if (sub.name().startsWith('__')) continue;
    const path = [...prefix, sub.name()];
    paths.push(path, ...commandPaths(sub, path));
  }
  return paths;
}

const sink = { write: () => true } as unknown as NodeJS.WritableStream;
const program = await buildProgram(
  { stdout: sink, stderr: sink, stdin: process.stdin, env: {} } as unknown as Parameters<typeof buildProgram>[0],
  () => undefined,
);
const PATHS: string[][] = [[], ...commandPaths(program)];

/** What a user types as it is: command names, flag words, argument names, values, settings. */
function typedWords(): Set<string> {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const word of text.toLowerCase().split(/[^a-z0-9]+/)) if (word) words.add(word);
  };
  const walk = (command: Command) => {
    add(command.name());
    command.aliases().forEach(add);
    for (const option of command.options) {
      add(option.flags);
      option.argChoices?.forEach(add);
    }
    for (const argument of command.registeredArguments) {
      add(argument.name());
      argument.argChoices?.forEach(add);
    }
    command.commands.forEach(walk);
  };
  walk(program);
  for (const values of Object.values(enums)) if (Array.isArray(values)) values.forEach((v) => add(String(v)));
  for (const spec of SETTINGS) add(spec.key);
  for (const fields of Object.values(IMPORT_FIELDS)) for (const spec of fields) add(spec.key);
  DATE_EXAMPLES.forEach(add);
  // Values and names written as they are typed or shown by other tools: formats, shells, encodings, files.
  for (const word of [
    'text markdown json csv yaml plain table html all none open done dropped tab utf gb18030 bash zsh fish',
    'sqlite postgresql integrity_check foreign_key_check iso bom cny eur excel crm erp stdin stderr jq less frx',
    'help window portfolio moved priority also attention owner trend acct db config playbooks docs md utc',
  ])
    add(word);
  return words;
}

/** English words of the help catalogue's sentences (example command lines aside). */
function catalogueWords(): Set<string> {
  const words = new Set<string>();
  for (const [key, value] of Object.entries(englishHelp)) {
    if (key.endsWith('.examples') || typeof value !== 'string') continue;
    for (const word of value.toLowerCase().match(/[a-z]{3,}/g) ?? []) words.add(word);
  }
  return words;
}

/** The prose of a help text: example lines, flags, <args>, [args], $VARS, `code`, paths and quotes removed. */
function prose(help: string): string {
  return (
    help
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('$ '))
      .join('\n')
      .replace(/`[^`]*`/g, ' ')
      .replace(/"[^"]*"|“[^”]*”/g, ' ')
      .replace(/\w+=\S+/g, ' ')
      .replace(/--?[\w-]+/g, ' ')
      .replace(/<[^>]*>|\[[^\]]*\]/g, ' ')
      .replace(/\$\w+/g, ' ')
      // Environment variables and their values: LC_MESSAGES, TERM=dumb.
      .replace(/\b[A-Z][A-Z0-9_]*[A-Z0-9]\b(=\S*)?/g, ' ')
      .replace(/[\w.-]*\.\w+|\S*\/\S*/g, ' ')
  );
}

describe('help in Chinese', () => {
  const english = catalogueWords();
  const allowed = typedWords();

  it.each(PATHS.map((path) => [path.join(' ') || 'acct', path] as const))(
    '%s --help has no English sentence words in zh-CN',
    async (_name, path) => {
      const result = await run(tempDb(), ['--lang', 'zh-CN', ...path, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/[\u4e00-\u9fff]/);
      const leftovers = (
        prose(result.stdout)
          .toLowerCase()
          .match(/[a-z]{3,}/g) ?? []
      ).filter((word) => english.has(word) && !allowed.has(word));
      expect(leftovers, result.stdout).toEqual([]);
    },
  );

  it('English help stays English, with the English headings', async () => {
    const result = await run(tempDb(), ['--lang', 'en', 'log', '--help']);
    expect(result.stdout).toContain('Usage: acct log [options] <account> <note>');
    expect(result.stdout).toContain("log an interaction; updates the contacts' last-contacted date");
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).not.toMatch(/[\u4e00-\u9fff]{2}.*（/);
  });

  it('the binary prints Chinese help for a Chinese locale, and aligns wide text', async () => {
    const result = await spawnAcct(['contact', 'add', '--help'], { LANG: 'zh_CN.UTF-8', ACCT_LANG: undefined });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('用法： acct contact add [选项] <account> <name>');
    expect(result.stdout).toContain('为客户添加联系人');
    expect(result.stdout).toMatch(/\n {2}--title <text> {11}职务\n/);
    expect(result.stdout).toContain('acct contact add 华东机械 王丽');
  });

  it('has a help line in both languages for every field flag', async () => {
    for (const [record, fields] of [
      ['account', ACCOUNT_FIELDS],
      ['contact', CONTACT_FIELDS],
    ] as const) {
      for (const spec of fields) {
        if (record === 'account' && spec.key === 'name') continue;
        await loadLanguage('en');
        expect(fieldDescription(record, spec.key), `${record} ${spec.key}`).toMatch(/^[a-z]/i);
        await loadLanguage('zh-CN');
        expect(fieldDescription(record, spec.key), `${record} ${spec.key}`).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });
});
