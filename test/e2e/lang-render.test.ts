/**
 * What acct renders is Chinese in zh-CN (issue 14, points 1 and 7): the built
 * binary on a pseudo-terminal, chosen by --lang zh-CN and by LANG, prints
 * show, brief, list, today, plan and assess --answers with no English word
 * from acct's own headings, labels and enum labels. User data, ids, commands
 * and the playbooks' and questionnaire's own texts (another part of the
 * catalogue work) are taken out before the check. English stays as it was
 * (the English tests pin it), and Chinese tables fit 80 columns.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { run } from '../helpers.js';
import { SECONDARY_SUPPLIER_ANSWERS } from '../answers.js';
import { englishIn, forbiddenEnglish, onLanguageTerminal } from './english-words.js';

const dir = mkdtempSync(join(tmpdir(), 'acct-lang-render-'));
const db = join(dir, 'acct.db');
const answers = join(dir, 'answers.yaml');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ACCOUNT = '华东精密机械';
const OTHER = '苏州新材料';

async function must(args: string[], env: Record<string, string> = {}): Promise<void> {
  const result = await run(db, args, { env });
  if (result.code !== 0) throw new Error(`acct ${args.join(' ')}: ${result.stderr}`);
}

/** Stdout of the binary on a terminal of `columns` (messages on stderr are not rendered data). */
async function onTerminal(args: string[], env: Record<string, string>, columns: number): Promise<string> {
  return (await onLanguageTerminal(db, args, env, columns)).stdout;
}

/** acct's own English words in the areas this test covers (render, assessment, brief, words). */
const FORBIDDEN = forbiddenEnglish((key) => /^(render|assessment|brief|words)\./.test(key));

/** Texts that are not acct's own words: the plays' and questions' texts, ids, user data. */
let foreign: string[] = [];

function englishLeft(output: string): string[] {
  let rest = output;
  for (const text of foreign) rest = rest.split(text).join(' ');
  return englishIn(rest, FORBIDDEN);
}

beforeAll(async () => {
  for (const name of [ACCOUNT, OTHER]) {
    await must(['add', name, '--owner', 'lin', '--tier', 'A', '--position', 'secondary', '--city', '苏州']);
    await must([
      'contact',
      'add',
      name,
      '王建国',
      '--title',
      '采购经理',
      '--department',
      'purchasing',
      '--role',
      'purchasing',
      '--attitude',
      'supporter',
      '--strength',
      '3',
      '--seniority',
      'manager',
    ]);
    await must(['contact', 'add', name, '李明', '--department', 'technical', '--attitude', 'opponent']);
    await must(['log', name, '讨论了明年的框架协议', '--type', 'visit', '--contact', '王建国', '--date', '2026-01-10']);
    await must(['log', name, '交货延迟', '--type', 'complaint', '--date', '2026-02-20']);
    await must(['action', 'add', name, '寄送样品', '--due', '2026-03-01', '--owner', 'lin']);
  }
  writeFileSync(
    answers,
    stringify({
      ...SECONDARY_SUPPLIER_ANSWERS,
      purchaseCriteria: 'rivals-fit',
      buyingDriver: 'purchasing',
      shiftSigns: ['price-only'],
      triggers: ['supplier-review'],
      openComplaints: 1,
      problems: ['quality'],
      satisfaction: 2,
      repurchaseIntent: 'unsure',
      targetLevel: 'partner',
      mutualImportance: 'one-sided',
      powerBalance: 'customer-dominates',
      switchingCost: 'low',
    }),
  );
  // Assessed in Chinese: a stored result keeps the words of the language it was made in (docs/i18n.md).
  await must(['assess', ACCOUNT, '--answers', answers, '--accept', 'all'], { ACCT_LANG: 'zh-CN' });
  // The texts that come from the playbooks and the questionnaire, in the language they are in.
  const zh = { env: { ACCT_LANG: 'zh-CN' } };
  const books = JSON.parse((await run(db, ['playbook', 'list', '--json'], zh)).stdout) as { id: string }[];
  for (const book of books) {
    const shown = JSON.parse((await run(db, ['playbook', 'show', book.id, '--json'], zh)).stdout) as unknown;
    foreign.push(...stringsIn(shown));
  }
  foreign.push(...stringsIn(JSON.parse((await run(db, ['assess', '--questions', '--json'], zh)).stdout)));
  foreign.push('acct', '--all', 'lin', 'CNY');
  // Longest first, so a text is taken out before any shorter text inside it.
  foreign = [...new Set(foreign.filter((text) => text.length >= 2))].sort((a, b) => b.length - a.length);
}, 180_000);

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

const FLOWS: [string, string[]][] = [
  ['show', ['show', ACCOUNT]],
  ['brief', ['brief', ACCOUNT]],
  ['brief markdown', ['brief', ACCOUNT, '--format', 'markdown']],
  ['list', ['list']],
  ['today', ['today', '--owner', 'lin']],
  ['plan', ['plan', ACCOUNT]],
  ['assess --answers', ['assess', OTHER, '--answers', answers, '--dry-run', '--no-input']],
  ['history', ['history', ACCOUNT]],
  ['action show', ['action', 'show', '3']],
  ['action list', ['action', 'list']],
  ['contact list', ['contact', 'list', ACCOUNT]],
  ['find', ['find', '华东']],
  ['playbook list', ['playbook', 'list']],
];

describe.each([
  ['--lang zh-CN', ['--lang', 'zh-CN'], {}],
  ['LANG=zh_CN.UTF-8', [], { LANG: 'zh_CN.UTF-8' }],
] as const)('in Chinese, chosen by %s', (_how, flag, env) => {
  it.each(FLOWS)(
    'acct %s prints no English word of acct’s own',
    async (_name, args) => {
      // Wide, so no sentence is wrapped in the middle of a text taken out.
      const output = await onTerminal([...flag, ...args], env, 400);
      expect(output).toMatch(/[\u4e00-\u9fff]/);
      expect(englishLeft(output), output).toEqual([]);
    },
    60_000,
  );
});

describe('the check itself', () => {
  it('finds acct’s English words in English output, so it can fail', async () => {
    const output = await onTerminal(['show', ACCOUNT], {}, 400);
    expect(englishLeft(output)).toEqual(expect.arrayContaining(['Contacts', 'supporter', 'STRENGTH']));
  }, 60_000);
});

describe('Chinese tables on an 80-column terminal', () => {
  it.each(FLOWS)(
    'acct %s fits',
    async (_name, args) => {
      const output = await onTerminal(['--lang', 'zh-CN', ...args], {}, 80);
      const tooWide = output.split('\n').filter((line) => stringWidth(line) > 80);
      expect(tooWide).toEqual([]);
    },
    60_000,
  );
});
