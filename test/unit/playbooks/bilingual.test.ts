/**
 * Playbooks in two languages (docs/playbooks.md §Languages): every shipped
 * text has an English and a Chinese version, a team's own file may have one,
 * and `acct playbook validate` names the play whose Chinese text is missing.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localText, type LocalText } from '../../../src/domain/local-text.js';
import { shippedTranslationProblems } from '../../../src/playbooks/bilingual.js';
import { SHIPPED_PLAYBOOKS_DIR, loadPlaybooks, validatePlaybookFiles } from '../../../src/playbooks/load.js';
import { formatProblem } from '../../../src/playbooks/load.js';

const HAN = /\p{Script=Han}/u;

/** Every text of the shipped playbooks and questionnaire, named by where it is. */
function shippedTexts(): [string, LocalText | undefined][] {
  const { playbooks, questionnaire } = loadPlaybooks();
  const texts: [string, LocalText | undefined][] = [
    [`${questionnaire.id}.title`, questionnaire.title],
    [`${questionnaire.id}.description`, questionnaire.description],
  ];
  for (const book of playbooks) {
    texts.push([`${book.id}.title`, book.title], [`${book.id}.description`, book.description]);
    for (const play of book.plays) {
      texts.push([`${play.id}.title`, play.title], [`${play.id}.why`, play.why]);
      play.steps.forEach((step, index) => texts.push([`${play.id}.steps[${index}]`, step]));
    }
  }
  for (const question of questionnaire.questions) {
    texts.push([`${question.key}.prompt`, question.prompt], [`${question.key}.section`, question.section]);
    if (question.help !== undefined) texts.push([`${question.key}.help`, question.help]);
    for (const option of question.options ?? []) texts.push([`${question.key}.${option.value}`, option.label]);
    (question.labels ?? []).forEach((label, index) => texts.push([`${question.key}.labels[${index}]`, label]));
  }
  return texts;
}

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempCopyOfShipped(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'acct-bilingual-'));
  temps.push(dir);
  cpSync(SHIPPED_PLAYBOOKS_DIR, dir, { recursive: true });
  return dir;
}

describe('shipped playbooks and questionnaire in both languages', () => {
  it('every play, question, option and help line has an English and a Chinese text', () => {
    const texts = shippedTexts();
    expect(texts.length).toBeGreaterThan(300);
    for (const [where, text] of texts) {
      expect(typeof text, where).toBe('object');
      const zh = (text as Exclude<LocalText, string>)['zh-CN'] ?? '';
      const en = (text as Exclude<LocalText, string>).en ?? '';
      expect(zh.trim(), where).not.toBe('');
      expect(zh, where).toMatch(HAN);
      expect(en.trim(), where).not.toBe('');
      expect(en, where).not.toMatch(HAN);
    }
  });

  it('Chinese sentences use full-width punctuation, not ASCII commas, colons or semicolons', () => {
    for (const [where, text] of shippedTexts()) {
      const zh = localText(text ?? '', 'zh-CN');
      // An ASCII mark right after a Chinese character is a half-width slip.
      expect(zh, where).not.toMatch(/\p{Script=Han}[,:;?!]/u);
    }
  });

  it('uses the method’s own terms for the levels, the fit and the scissors gap', () => {
    const all = shippedTexts()
      .map(([, text]) => localText(text ?? '', 'zh-CN'))
      .join('\n');
    for (const term of [
      '优先供应商',
      '合作伙伴',
      '战略联盟',
      '次要供应商',
      '安全',
      '警惕',
      '警报',
      '剪刀差',
      '客户终身价值',
      '多面手',
      '专家',
      '关系网',
      '单线联系',
    ])
      expect(all, term).toContain(term);
  });

  it('passes the both-languages check of acct playbook validate', () => {
    expect(shippedTranslationProblems().map(formatProblem)).toEqual([]);
  });

  it('a copy with one Chinese text removed fails the check, naming the play', () => {
    const dir = tempCopyOfShipped();
    const file = path.join(dir, 'initial-cooperation.yaml');
    const text = readFileSync(file, 'utf8');
    const line = '      zh-CN: 编织关系网，告别单线联系\n';
    expect(text).toContain(line);
    writeFileSync(file, text.replace(line, ''));
    const problems = shippedTranslationProblems(dir).map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${file}:`);
    expect(problems[0]).toContain('play ic-weave-network: title has no zh-CN text');
  });

  it('a copy with a question option in English only fails the check, naming the question', () => {
    const dir = tempCopyOfShipped();
    const file = path.join(dir, 'assessment.yaml');
    const text = readFileSync(file, 'utf8');
    const line = '          zh-CN: 独家供应商\n';
    expect(text).toContain(line);
    writeFileSync(file, text.replace(line, ''));
    expect(shippedTranslationProblems(dir).map(formatProblem)).toEqual([
      expect.stringContaining('question supplierPosition: options.sole has no zh-CN text'),
    ]);
  });
});

describe('localText', () => {
  it('reads the text of the language asked for', () => {
    const text = { en: 'Map who decides', 'zh-CN': '摸清谁拍板' };
    expect(localText(text, 'en')).toBe('Map who decides');
    expect(localText(text, 'zh-CN')).toBe('摸清谁拍板');
  });

  it('falls back to the other language when only one is given', () => {
    expect(localText({ en: 'Only English' }, 'zh-CN')).toBe('Only English');
    expect(localText({ 'zh-CN': '只有中文' }, 'en')).toBe('只有中文');
  });

  it('reads a plain string the same in both languages', () => {
    expect(localText('A team text', 'zh-CN')).toBe('A team text');
    expect(localText('团队自己的说法', 'en')).toBe('团队自己的说法');
  });
});

describe("a team's own playbook", () => {
  function userFile(content: string): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'acct-bilingual-user-'));
    temps.push(dir);
    const file = path.join(dir, 'team.yaml');
    writeFileSync(file, content, { mode: 0o600 });
    return file;
  }
  const play = (title: string): string =>
    [
      'id: team-east',
      'title: 华东区',
      "version: '1'",
      'description: 我们自己的打法',
      'plays:',
      '  - id: east-second-contact',
      `    title: ${title}`,
      '    why:',
      '      zh-CN: 只认识一位采购，他一调岗客户就丢了。',
      '    priority: 2',
      '    due_in_days: 14',
      '    owner_role: rep',
      '    steps:',
      '      - 请采购介绍一位技术部门的同事。',
      '      - en: Invite them to the plant.',
      '    source: east 2026',
      '',
    ].join('\n');

  it('may be in one language, as plain strings or as a map with one language', () => {
    expect(validatePlaybookFiles([userFile(play('认识采购部的第二个人'))])).toEqual([]);
  });

  it('may mix both forms', () => {
    expect(validatePlaybookFiles([userFile(play('{ en: Meet a second buyer, zh-CN: 认识第二位采购 }'))])).toEqual([]);
  });

  it('is refused with a clear message when a text map is empty or names another language', () => {
    const empty = validatePlaybookFiles([userFile(play('{}'))]).map((problem) => problem.message);
    expect(empty).toEqual(['plays[0].title: give the text in at least one language (en, zh-CN)']);
    const other = validatePlaybookFiles([userFile(play('{ fr: Rencontrer un second acheteur }'))]).map(
      (problem) => problem.message,
    );
    expect(other).toContain('plays[0].title.fr: unknown field "fr"');
  });
});
