/**
 * Issue 14 point 5: names as Chinese users type them. Simplified and
 * traditional characters are one name wherever a name is resolved; `acct
 * find` matches pinyin and its initials; in Chinese, lists sort by pinyin.
 */
import { describe, expect, it } from 'vitest';
import { findAccounts, type SearchText } from '../../src/domain/find.js';
import { nameOrder } from '../../src/domain/names.js';
import { pinyinForms, toSimplified } from '../../src/store/chinese.js';
import { run, setup, tempDb } from '../helpers.js';

async function json<T>(db: string, args: string[]): Promise<T> {
  const result = await run(db, [...args, '--json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as T;
}

describe('simplified and traditional characters are one name', () => {
  it('show, edit and log find 华东机械 typed as 華東機械, and 華東機械 typed as 华东', async () => {
    const db = tempDb();
    await setup(db, ['add', '华东机械'], ['add', '臺灣精密'], ['contact', 'add', '華東機械', '王麗']);
    expect((await json<{ account: { name: string } }>(db, ['show', '華東機械'])).account.name).toBe('华东机械');
    expect((await json<{ account: { name: string } }>(db, ['show', '台湾精密'])).account.name).toBe('臺灣精密');
    // A prefix in the other script.
    expect((await json<{ account: { name: string } }>(db, ['show', '台湾'])).account.name).toBe('臺灣精密');
    expect((await run(db, ['edit', '華東機械', '--tier', 'A'])).code).toBe(0);
    // The contact was stored as 王麗; 王丽 finds it.
    const logged = await run(db, ['log', '华东机械', '拜访', '--contact', '王丽']);
    expect(logged.code, logged.stderr).toBe(0);
    const shown = await json<{ account: { tier: string }; contacts: { name: string }[] }>(db, ['show', '华东机械']);
    expect(shown.account.tier).toBe('A');
    expect(shown.contacts.map((c) => c.name)).toEqual(['王麗']);
  });

  it('a name in neither script still says no account, and suggests nothing foreign', async () => {
    const db = tempDb();
    await setup(db, ['add', '华东机械']);
    const result = await run(db, ['show', '西北重工']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no account named "西北重工"');
  });
});

describe('acct find: pinyin and initials', () => {
  it('hdjx, huadong, HuaDong JiXie and 華東 find 华东机械; wang still finds Wang Li', async () => {
    const db = tempDb();
    await setup(
      db,
      ['add', '华东机械'],
      ['add', '华南五金'],
      ['add', 'Acme Industrial'],
      ['contact', 'add', 'Acme Industrial', 'Wang Li'],
    );
    const names = async (query: string) =>
      (await json<{ account: string }[]>(db, ['find', ...query.split(' ')])).map((hit) => hit.account);
    expect(await names('hdjx')).toEqual(['华东机械']);
    expect(await names('huadong')).toEqual(['华东机械']);
    expect(await names('HuaDong JiXie')).toEqual(['华东机械']);
    expect(await names('華東')).toEqual(['华东机械']);
    expect(await names('hua')).toEqual(['华东机械', '华南五金']);
    expect(await names('wang')).toEqual(['Acme Industrial']);
    expect(await names('jixie')).toEqual(['华东机械']);
  });

  it('ranks a whole pinyin match first, then a start, then a middle', () => {
    const texts: SearchText[] = ['华东机械', '机械', '机械厂'].map((name, i) => ({
      accountId: i + 1,
      account: name,
      field: 'name',
      text: name,
    }));
    const hits = findAccounts('jixie', texts, { simplify: toSimplified, pinyin: pinyinForms });
    expect(hits.map((hit) => hit.account)).toEqual(['机械', '机械厂', '华东机械']);
    // Without the tables (the caller did not hand them in) letters match letters only.
    expect(findAccounts('jixie', texts)).toEqual([]);
  });

  it('pinyin forms: run together and initials; none for a Latin name', () => {
    expect(pinyinForms('華東機械')).toEqual({ full: 'huadongjixie', initials: 'hdjx' });
    expect(pinyinForms('Acme')).toBeNull();
    expect(toSimplified('Acme 華東')).toBe('Acme 华东');
  });
});

describe('lists in Chinese sort by pinyin', () => {
  it("Node's ICU collates zh-CN by pinyin, Latin names after", () => {
    expect(['中山精密', '华东机械', 'Acme', '阿里巴巴', '北京汽车'].sort(nameOrder('zh-CN'))).toEqual([
      '阿里巴巴',
      '北京汽车',
      '华东机械',
      '中山精密',
      'Acme',
    ]);
  });

  it('acct list --lang zh-CN orders by pinyin; English keeps the store order', async () => {
    const db = tempDb();
    await setup(
      db,
      ['add', '中山精密'],
      ['add', '华东机械'],
      ['add', '阿里巴巴'],
      ['add', '北京汽车'],
      ['add', 'Acme'],
    );
    const zh = await json<{ name: string }[]>(db, ['list', '--lang', 'zh-CN']);
    expect(zh.map((a) => a.name)).toEqual(['阿里巴巴', '北京汽车', '华东机械', '中山精密', 'Acme']);
    const en = await json<{ name: string }[]>(db, ['list']);
    expect(en.map((a) => a.name)).toEqual(['Acme', '中山精密', '北京汽车', '华东机械', '阿里巴巴']);
  });
});
