import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSetting, settingEnvName } from '../../src/domain/settings.js';
import { parseConfig, withSetting } from '../../src/config/file.js';
import { run, tempDb, tempDir } from '../helpers.js';

function configEnv(): { env: Record<string, string>; file: string } {
  const dir = tempDir();
  return { env: { XDG_CONFIG_HOME: dir }, file: join(dir, 'acct', 'config') };
}

describe('settings rules', () => {
  it('checks values by kind and names the accepted form', () => {
    expect(checkSetting('stale-days', ' 45 ')).toEqual({ ok: true, value: '45' });
    expect(checkSetting('stale-days', '0x10')).toMatchObject({
      ok: false,
      message: expect.stringContaining('whole number of days'),
    });
    expect(checkSetting('stale-days', '-3')).toMatchObject({ ok: false });
    expect(checkSetting('lang', 'zh_cn')).toEqual({ ok: true, value: 'zh-CN' });
    expect(checkSetting('lang', 'fr')).toMatchObject({ ok: false, message: 'lang is one of en, zh-CN, not "fr"' });
    expect(checkSetting('stale_days', '3')).toMatchObject({
      ok: false,
      message: expect.stringContaining('did you mean stale-days'),
    });
  });

  it('names the environment variable of each setting', () => {
    expect(settingEnvName('role.manager')).toBe('ACCT_ROLE_MANAGER');
    expect(settingEnvName('survey-days.A')).toBe('ACCT_SURVEY_DAYS_A');
  });

  it('keeps comments and other lines when a setting changes', () => {
    const text = '# mine\nowner = lin\n\nstale-days = 20\n';
    expect(withSetting(text, 'owner', 'wang')).toBe('# mine\nowner = wang\n\nstale-days = 20\n');
    expect(withSetting(text, 'owner', undefined)).toBe('# mine\n\nstale-days = 20\n');
    expect(withSetting('', 'owner', 'lin')).toMatch(/^# acct settings.*\nowner = lin\n$/);
    expect(parseConfig('f', 'owner = lin\nnot a setting\n=x\n').malformed).toEqual([2, 3]);
  });
});

describe('acct config', () => {
  it('set, get, list and unset round-trip through a 0600 file', async () => {
    const db = tempDb();
    const { env, file } = configEnv();
    expect((await run(db, ['config', 'set', 'owner', 'lin'], { env })).code).toBe(0);
    expect((await run(db, ['config', 'set', 'role.manager', 'wang'], { env })).code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toContain('role.manager = wang');

    expect((await run(db, ['config', 'get', 'owner'], { env })).stdout).toBe('lin\n');
    const list = JSON.parse((await run(db, ['--json', 'config', 'list'], { env })).stdout) as {
      key: string;
      value?: string;
      source: string;
    }[];
    expect(list.find((s) => s.key === 'owner')).toMatchObject({ value: 'lin', source: 'config' });
    expect(list.find((s) => s.key === 'stale-days')).toMatchObject({ value: '30', source: 'default' });

    expect((await run(db, ['config', 'unset', 'owner'], { env })).code).toBe(0);
    const gone = await run(db, ['config', 'get', 'owner'], { env });
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain('owner is not set');
  });

  it('the environment beats the file', async () => {
    const db = tempDb();
    const { env } = configEnv();
    await run(db, ['config', 'set', 'stale-days', '20'], { env });
    const result = await run(db, ['config', 'get', 'stale-days'], { env: { ...env, ACCT_STALE_DAYS: '45' } });
    expect(result.stdout).toBe('45\n');
  });

  it('refuses an unknown key or a bad value with the fix, and writes nothing', async () => {
    const db = tempDb();
    const { env, file } = configEnv();
    const unknown = await run(db, ['config', 'set', 'stale_days', '3'], { env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('did you mean stale-days');
    const bad = await run(db, ['config', 'set', 'stale-days', 'soon'], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('whole number of days');
    expect(() => statSync(file)).toThrow();
  });

  it('a bad value in the file names the file and line', async () => {
    const db = tempDb();
    const { env, file } = configEnv();
    await run(db, ['config', 'set', 'owner', 'lin'], { env });
    writeFileSync(file, 'owner = lin\nstale-days = often\n');
    const result = await run(db, ['config', 'get', 'stale-days'], { env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:2: stale-days takes a whole number`);
  });

  it('refuses a config file other users can write', async () => {
    const db = tempDb();
    const { env, file } = configEnv();
    await run(db, ['config', 'set', 'owner', 'lin'], { env });
    chmodSync(file, 0o666);
    const result = await run(db, ['config', 'get', 'owner'], { env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('can be changed by other users');
    expect(result.stderr).toContain(`chmod 600 ${file}`);
  });
});
