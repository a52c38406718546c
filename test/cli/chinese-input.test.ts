/**
 * Issue 14 point 3: every vocabulary value can be typed in Chinese (its label
 * or a common synonym) through a flag, an answers file and a CSV cell, and is
 * stored as its canonical id (docs/i18n.md, Input).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  ACCOUNT_FIELDS,
  ACTION_FIELDS,
  ACTIVITY_FIELDS,
  CONTACT_FIELDS,
  fieldParser,
} from '../../src/domain/fields.js';
import { FieldRefusal } from '../../src/domain/fields.js';
import { labelOf, parseVocabulary, VOCABULARY, vocabularyKey, type Vocabulary } from '../../src/domain/vocabulary.js';
import { loadLanguage } from '../../src/i18n/index.js';
import { SECONDARY_SUPPLIER_ANSWERS } from '../answers.js';
import { run, setup, tempDb } from '../helpers.js';

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'import', name);

async function json(db: string, args: string[]): Promise<unknown> {
  const result = await run(db, [...args, '--json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

afterEach(async () => {
  await loadLanguage('en');
});

describe('the vocabulary reader', () => {
  it("reads every value's id, English label, Chinese label and synonyms back to the id", () => {
    for (const [kind, values] of Object.entries(VOCABULARY) as [
      Vocabulary,
      Record<string, { en: string; 'zh-CN': string; synonyms?: readonly string[] }>,
    ][]) {
      for (const [id, labels] of Object.entries(values)) {
        for (const word of [id, labels.en, labels['zh-CN'], ...(labels.synonyms ?? [])]) {
          expect(parseVocabulary(kind, word), `${kind}: ${word}`).toBe(id);
        }
      }
    }
  });

  it('no word means two values of one vocabulary', () => {
    for (const [kind, values] of Object.entries(VOCABULARY)) {
      const seen = new Map<string, string>();
      for (const [id, labels] of Object.entries(
        values as Record<string, { en: string; 'zh-CN': string; synonyms?: readonly string[] }>,
      )) {
        for (const word of new Set([id, labels.en, labels['zh-CN'], ...(labels.synonyms ?? [])].map(vocabularyKey))) {
          expect(seen.get(word) ?? id, `${kind}: "${word}" means ${seen.get(word)} and ${id}`).toBe(id);
          seen.set(word, id);
        }
      }
    }
  });

  it('every vocabulary field of every record type takes its Chinese label and a synonym', () => {
    for (const spec of [...ACCOUNT_FIELDS, ...CONTACT_FIELDS, ...ACTIVITY_FIELDS, ...ACTION_FIELDS]) {
      if (spec.kind !== 'enum') continue;
      expect(spec.vocabulary, spec.key).toBeDefined();
      const parse = fieldParser(spec, '2026-03-15');
      const values = VOCABULARY[spec.vocabulary!] as Record<string, { 'zh-CN': string; synonyms?: readonly string[] }>;
      for (const [id, labels] of Object.entries(values)) {
        expect(parse(labels['zh-CN']), `${spec.key}: ${labels['zh-CN']}`).toBe(id);
        expect(parse(labels.synonyms![0]!), `${spec.key}: ${labels.synonyms![0]}`).toBe(id);
      }
    }
  });

  it("a refused word is compared with that field's words only, never another field's", () => {
    const position = ACCOUNT_FIELDS.find((spec) => spec.key === 'position')!;
    const refused = fieldParser(position, '2026-03-15')('次要供应');
    expect(refused).toBeInstanceOf(FieldRefusal);
    expect((refused as FieldRefusal).vocabulary).toEqual({
      flag: 'position',
      value: '次要供应',
      kind: 'position',
      suggestion: 'secondary',
    });
    // 伙伴 is a level; typed as a tier it suggests nothing rather than a level.
    const tier = ACCOUNT_FIELDS.find((spec) => spec.key === 'tier')!;
    expect((fieldParser(tier, '2026-03-15')('伙伴') as FieldRefusal).vocabulary?.suggestion).toBeNull();
  });
});

describe('Chinese through flags', () => {
  it('add, contact add, log and action list take Chinese labels and synonyms; JSON keeps the ids', async () => {
    const db = tempDb();
    await setup(
      db,
      [
        'add',
        '华东机械',
        '--tier',
        'A级',
        '--position',
        '次要供应商',
        '--stage',
        '初期合作阶段',
        '--level',
        '交易型',
        '--target-level',
        '优先供应商',
      ],
      [
        'add',
        '华南五金',
        '--tier',
        '重点客户',
        '--position',
        '二级供应商',
        '--stage',
        '初期合作',
        '--level',
        '买卖关系',
      ],
      ['add', '北方化工', '--tier', 'C类', '--level', '伙伴', '--position', '主要供应商'],
      [
        'contact',
        'add',
        '华东机械',
        '王丽',
        '--department',
        '采购部',
        '--role',
        '拍板人',
        '--attitude',
        '支持者',
        '--seniority',
        '高管',
      ],
      [
        'contact',
        'add',
        '华东机械',
        '陈杰',
        '--department',
        '技术',
        '--role',
        '内线',
        '--attitude',
        '中立',
        '--seniority',
        '中层',
      ],
      ['log', '华东机械', '上门交流', '--type', '走访'],
      ['log', '华东机械', '电话跟进', '--type', '电话'],
    );
    const accounts = (await json(db, ['list'])) as {
      name: string;
      tier: string;
      position: string;
      stage: string;
      level: string;
      targetLevel: string | null;
    }[];
    const byName = Object.fromEntries(
      accounts.map((a) => [a.name, [a.tier, a.position, a.stage, a.level, a.targetLevel]]),
    );
    expect(byName).toEqual({
      华东机械: ['A', 'secondary', 'initial-cooperation', 'transactional', 'preferred-supplier'],
      华南五金: ['A', 'secondary', 'initial-cooperation', 'transactional', null],
      // A partner level makes the stage partnership (docs/domain.md §7).
      北方化工: ['C', 'primary', 'partnership', 'partner', null],
    });
    const shown = (await json(db, ['show', '华东机械'])) as {
      contacts: { name: string; department: string; role: string; attitude: string; seniority: string }[];
      recentActivities: unknown;
    };
    expect(shown.contacts.map((c) => [c.name, c.department, c.role, c.attitude, c.seniority]).sort()).toEqual([
      ['王丽', 'purchasing', 'decision-maker', 'supporter', 'executive'],
      ['陈杰', 'technical', 'coach', 'neutral', 'manager'],
    ]);
    const activities = JSON.stringify(shown.recentActivities);
    expect(activities).toContain('"type":"visit"');
    expect(activities).toContain('"type":"call"');
    // A list filter reads the same words.
    expect(((await json(db, ['list', '--tier', '重点客户'])) as unknown[]).length).toBe(2);
    expect((await run(db, ['action', 'list', '--status', '已完成'])).code).toBe(0);
  });

  it("a wrong word is refused with that field's values, in English or in Chinese, and nothing is stored", async () => {
    const db = tempDb();
    await setup(db, ['add', '华东机械']);
    const english = await run(db, ['edit', '华东机械', '--position', '次要供应']);
    expect(english.code).toBe(1);
    expect(english.stderr).toBe(
      'acct: position "次要供应" is not one of none, candidate, secondary, primary, sole; did you mean secondary?\n',
    );
    await loadLanguage('zh-CN');
    const chinese = await run(db, ['edit', '华东机械', '--position', '次要供应', '--lang', 'zh-CN']);
    expect(chinese.code).toBe(1);
    expect(chinese.stderr).toContain(
      'position“次要供应”不是可选的值，可选：未供货、候选供应商、次要供应商、主要供应商、独家供应商；您是不是要填“次要供应商”？',
    );
    await loadLanguage('en');
    const account = (await json(db, ['show', '华东机械'])) as { account: { position: string } };
    expect(account.account.position).toBe('none');
  });
});

describe('Chinese in an answers file', () => {
  it('select options take the vocabulary labels and synonyms; yes/no takes 是/否/有/无; lists take 、', async () => {
    const db = tempDb();
    await setup(db, ['add', '华东机械', '--position', 'secondary']);
    const file = join(db, '..', 'answers.yaml');
    writeFileSync(
      file,
      stringify({
        ...SECONDARY_SUPPLIER_ANSWERS,
        supplierPosition: '次要供应商',
        targetLevel: '优先供应商',
        newApplications: '否',
        internalConflict: '无',
        toldAboutChanges: '是',
        customerFile: '有',
        bondsCovered: 'org-interest、personal-trust',
      }),
    );
    const result = (await json(db, ['assess', '华东机械', '--answers', file, '--dry-run'])) as {
      answers: Record<string, unknown>;
    };
    expect(result.answers).toMatchObject({
      supplierPosition: 'secondary',
      targetLevel: 'preferred-supplier',
      newApplications: false,
      internalConflict: false,
      toldAboutChanges: true,
      customerFile: true,
      bondsCovered: ['org-interest', 'personal-trust'],
    });
    // --set reads the same words.
    const set = (await json(db, [
      'assess',
      '华东机械',
      '--answers',
      file,
      '--set',
      'supplierPosition=二级供应商',
      '--set',
      'newApplications=有',
      '--dry-run',
    ])) as {
      answers: Record<string, unknown>;
    };
    expect([set.answers.supplierPosition, set.answers.newApplications]).toEqual(['secondary', true]);
  });

  it('a word no option means is refused, naming the options', async () => {
    const db = tempDb();
    await setup(db, ['add', '华东机械', '--position', 'secondary']);
    const file = join(db, '..', 'answers.yaml');
    writeFileSync(file, stringify({ ...SECONDARY_SUPPLIER_ANSWERS, supplierPosition: '老供应商' }));
    const result = await run(db, ['assess', '华东机械', '--answers', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      '"supplierPosition": "老供应商" is not an option; enter one of none, candidate, secondary, primary, sole',
    );
  });

  it('in Chinese, a refused answer says what is wrong and what to enter in Chinese', async () => {
    const db = tempDb();
    await setup(db, ['add', '华东机械', '--position', 'secondary']);
    const file = join(db, '..', 'answers.yaml');
    const zh = { env: { ACCT_LANG: 'zh-CN' } };
    writeFileSync(file, stringify({ ...SECONDARY_SUPPLIER_ANSWERS, supplierPosition: '老供应商', shareOfWallet: 120 }));
    const result = await run(db, ['assess', '华东机械', '--answers', file, '--dry-run'], zh);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      '"supplierPosition"："老供应商" 不是可选项；请填以下之一：none, candidate, secondary, primary, sole',
    );
    expect(result.stderr).toContain('"shareOfWallet"：120 大于 100；请填0 到 100 之间的数字');
    writeFileSync(file, stringify({ ...SECONDARY_SUPPLIER_ANSWERS, mood: 'good' }));
    const unknown = await run(db, ['assess', '华东机械', '--answers', file, '--dry-run'], zh);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('没有“mood”这个问题');
    expect(unknown.stderr).not.toMatch(/unknown question|known keys|enter /);
  });
});

describe('Chinese in CSV cells', () => {
  it('imports accounts, contacts, activities and actions written with Chinese labels and synonyms', async () => {
    const db = tempDb();
    for (const file of ['zh-accounts.csv', 'zh-contacts.csv', 'zh-activities.csv', 'zh-actions.csv']) {
      const result = await run(db, ['import', fixture(file)]);
      expect(result.code, `${file}: ${result.stderr}`).toBe(0);
    }
    const accounts = (await json(db, ['list'])) as {
      name: string;
      tier: string;
      position: string;
      stage: string;
      level: string;
    }[];
    expect(accounts.map((a) => [a.name, a.tier, a.position, a.stage, a.level]).sort()).toEqual([
      ['北方化工', 'C', 'primary', 'partnership', 'partner'],
      ['华东机械', 'A', 'secondary', 'initial-cooperation', 'transactional'],
      ['华南五金', 'B', 'candidate', 'initial-cooperation', 'preferred-supplier'],
    ]);
    const shown = (await json(db, ['show', '华东机械'])) as {
      contacts: { name: string; department: string; role: string; attitude: string; seniority: string }[];
      recentActivities: unknown;
    };
    expect(shown.contacts.map((c) => [c.name, c.department, c.role, c.attitude, c.seniority]).sort()).toEqual([
      ['王丽', 'purchasing', 'decision-maker', 'supporter', 'executive'],
      ['陈杰', 'technical', 'coach', 'opponent', 'staff'],
    ]);
    const activities = JSON.stringify(shown.recentActivities);
    expect(activities).toContain('"type":"visit"');
    expect(activities).toContain('"type":"meeting"');
    const actions = (await json(db, ['action', 'list', '--status', 'all'])) as { text: string; status: string }[];
    expect(actions.map((a) => [a.text, a.status]).sort()).toEqual([
      ['安排技术交流', 'open'],
      ['送样品', 'done'],
    ]);
  });

  it('a cell no value means is refused with that column and its values; the file changes nothing', async () => {
    const db = tempDb();
    const csv = join(db, '..', 'bad.csv');
    writeFileSync(csv, '客户名称,阶段\n华东机械,初期合伙\n');
    const result = await run(db, ['import', csv]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('阶段: stage "初期合伙" is not one of development, initial-cooperation');
    expect(result.stderr).toContain('did you mean initial-cooperation?');
    expect((await json(db, ['list'])) as unknown[]).toEqual([]);
    expect(readFileSync(csv, 'utf8')).toContain('初期合伙');
  });
});

it('labels show in the chosen language', () => {
  expect(labelOf('position', 'secondary', 'zh-CN')).toBe('次要供应商');
});
