/**
 * Errors in Chinese (issue 14, point 1): the binary's error lines for bad
 * input are Chinese in zh-CN, with the same exit codes and nothing changed;
 * English lines stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { spawnAcct, tempDb } from '../helpers.js';

const ZH = { LANG: 'zh_CN.UTF-8', ACCT_LANG: undefined, LC_ALL: undefined, LC_MESSAGES: undefined };

async function withAcme(): Promise<string> {
  const db = tempDb();
  expect((await spawnAcct(['--db', db, 'add', 'Acme Industrial', '--owner', 'lin'])).code).toBe(0);
  return db;
}

async function accounts(db: string): Promise<string> {
  return (await spawnAcct(['--db', db, '--json', 'list'])).stdout;
}

describe('error lines in Chinese', () => {
  it('an unknown account: names it, suggests the close one, exit 1', async () => {
    const db = await withAcme();
    const result = await spawnAcct(['--db', db, 'show', 'Acme Industrail'], ZH);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('acct: 没有名为“Acme Industrail”的客户（是否想输入 Acme Industrial？）\n');
    const english = await spawnAcct(['--db', db, 'show', 'Acme Industrail']);
    expect(english.stderr).toBe('acct: no account named "Acme Industrail" (did you mean Acme Industrial?)\n');
  });

  it('a bad --lang: a usage error in the locale language, exit 2', async () => {
    const result = await spawnAcct(['--lang', 'fr', 'list'], ZH);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('acct: --lang：界面语言只能是 en 或 zh-CN，不能是“fr”（请使用 en 或 zh-CN）\n');
    const english = await spawnAcct(['--lang', 'fr', 'list'], { LANG: 'C' });
    expect(english.code).toBe(2);
    expect(english.stderr).toBe('acct: --lang: lang is one of en, zh-CN, not "fr" (use en or zh-CN)\n');
  });

  it('a bad date: names the forms, exit 1, nothing logged', async () => {
    const db = await withAcme();
    const result = await spawnAcct(['--db', db, 'log', 'acme', 'Visit', '--date', 'someday'], ZH);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^acct: date 的值“someday”不是有效日期（可用：2026-12-01、today、.*）\n$/);
    expect((await spawnAcct(['--db', db, '--json', 'show', 'acme'])).stdout).not.toContain('Visit');
  });

  it('a bad number: names the accepted forms, exit 1, nothing changed', async () => {
    const db = await withAcme();
    const before = await accounts(db);
    const result = await spawnAcct(['--db', db, 'edit', 'acme', '--share', 'lots', '--revenue', '12,34'], ZH);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'acct: revenue 的值“12,34”不是有效金额（逗号只用作千位分隔，如 1,234,567；小数请用小数点，如 12.34）' +
        '；另外，share 的值“lots”不是数字（请输入数字，如 35、35.5 或 35%）\n',
    );
    expect(await accounts(db)).toBe(before);
  });

  it('an unknown option and an unknown command: commander in Chinese, exit 2', async () => {
    const option = await spawnAcct(['list', '--ownr', 'lin'], ZH);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe('acct: 未知选项“--ownr”\n（是否想输入 --owner？）\n');
    const command = await spawnAcct(['lsit'], ZH);
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/^acct: 未知命令“lsit”\n（是否想输入 list/);
    const missing = await spawnAcct(['rename', 'acme'], ZH);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('acct: 缺少必需的参数“new-name”\n');
    const english = await spawnAcct(['list', '--ownr', 'lin']);
    expect(english.stderr).toBe("acct: unknown option '--ownr'\n(Did you mean --owner?)\n");
  });

  it('a value outside the choices: in Chinese, exit 2', async () => {
    const result = await spawnAcct(['export', '--type', 'people'], ZH);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^acct: 选项“--type <type>”的值“people”无效。可选值为 accounts, contacts/);
  });
});
