/**
 * Every command that prints a table or a key/value block fits the terminal
 * (issue 12, points 1 and 2): the built binary on a pseudo-terminal of 80 and
 * of 120 columns, with English and Chinese data, and no line of what the
 * terminal receives is wider than the terminal (display width: a Chinese
 * character takes two columns; colour codes none). One database, built once.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { run, spawnInTty } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'acct-width-'));
const db = join(dir, 'acct.db');
const answers = join(dir, 'answers.yaml');
const contactsCsv = join(dir, 'contacts.csv');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EN = 'Acme Industrial Components International Holding Group';
const ZH = '华东精密机械制造集团有限公司上海浦东新区分公司';
const LONG_EN =
  'Plant visit with the maintenance lead and the purchasing manager; they want a second source for the bearings and a price review before the annual tender in spring';
const LONG_ZH =
  '拜访了设备部经理和采购经理，他们希望在春季年度招标前为轴承找第二家供应商，并重新审核价格，还提到了交货期的问题';

async function must(args: string[]): Promise<void> {
  const result = await run(db, args);
  if (result.code !== 0) throw new Error(`acct ${args.join(' ')}: ${result.stderr}`);
}

let playbookId = '';

beforeAll(async () => {
  for (const [name, owner, city, title, person, department] of [
    [
      EN,
      'lin',
      'Shanghai Pudong New Area',
      'Senior Purchasing Category Manager, Bearings',
      'Alexandra Montgomery-Smith',
      'purchasing',
    ],
    [ZH, '王小明', '上海市浦东新区', '高级采购品类经理（轴承与传动部件）', '欧阳建国', 'purchasing'],
  ] as const) {
    await must([
      'add',
      name,
      '--owner',
      owner,
      '--tier',
      'A',
      '--position',
      'none',
      '--city',
      city,
      '--industry',
      'machinery 机械制造',
      '--notes',
      `${LONG_EN}\n${LONG_ZH}`,
    ]);
    await must([
      'contact',
      'add',
      name,
      person,
      '--title',
      title,
      '--department',
      department,
      '--role',
      'purchasing',
      '--attitude',
      'supporter',
      '--strength',
      '3',
      '--seniority',
      'manager',
      '--email',
      'a.very.long.address@example-company-domain.com',
    ]);
    await must([
      'contact',
      'add',
      name,
      `${person} 二`,
      '--title',
      title,
      '--department',
      'technical',
      '--role',
      'user',
      '--attitude',
      'opponent',
    ]);
    await must(['log', name, `${LONG_EN} ${LONG_ZH}`, '--type', 'visit', '--contact', person, '--date', '2026-03-01']);
    await must(['log', name, LONG_ZH, '--type', 'complaint', '--date', '2025-10-01']);
    await must(['action', 'add', name, `${LONG_EN} ${LONG_ZH}`, '--due', '2026-03-01', '--owner', owner]);
    await must(['action', 'add', name, LONG_ZH, '--due', '2026-04-20', '--owner', owner]);
  }
  writeFileSync(
    answers,
    stringify({
      supplierPosition: 'none',
      buyingDriver: 'purchasing',
      triggers: [],
      internalConflict: true,
      userDeptIssues: true,
      newDemandIdea: false,
      differentiatedOffer: false,
      personalNeedsUnmet: true,
      bondsCovered: [],
      personalCare: [],
      customerFile: false,
      targetLevel: 'transactional',
    }),
  );
  for (const name of [EN, ZH]) await must(['assess', name, '--answers', answers, '--accept', 'all']);
  writeFileSync(contactsCsv, `account,name,title\n${EN},Li Lei,Engineer\n${ZH},韩梅梅,${'工程师'.repeat(12)}\n`);
  const playbooks = JSON.parse((await run(db, ['playbook', 'list', '--json'])).stdout) as { id: string }[];
  playbookId = playbooks[0]!.id;
}, 120_000);

/** What a person sees: escape sequences removed, carriage returns resolved, one entry per line. */
function screenLines(output: string): string[] {
  return output
    .replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07/g, '')
    .split('\n')
    .map((line) => line.split('\r').at(-1)!);
}

const COMMANDS: (() => string[])[] = [
  () => ['list'],
  () => ['show', EN],
  () => ['show', ZH],
  () => ['contact', 'list', EN],
  () => ['contact', 'list', ZH],
  () => ['action', 'list'],
  () => ['history', EN],
  () => ['history', ZH],
  () => ['plan', EN],
  () => ['plan', ZH],
  () => ['assess', ZH, '--answers', answers, '--dry-run', '--no-input'],
  () => ['assess', '--questions'],
  () => ['report'],
  () => ['playbook', 'list'],
  () => ['playbook', 'show', playbookId],
  () => ['playbook', 'facts'],
  () => ['import', contactsCsv, '--type', 'contacts', '--dry-run'],
  () => ['brief', ZH],
  () => ['today', '--owner', 'lin'],
  () => ['find', '华东'],
];

describe.each([80, 120])('on a terminal %i columns wide', (columns) => {
  it.each(COMMANDS.map((args) => [args().join(' ').slice(0, 60), args]))(
    'acct %s fits',
    async (_label, args) => {
      const argv = ['--db', db, ...(args as () => string[])()];
      const result = await spawnInTty(argv, { ACCT_PAGER: 'cat' }, { columns, rows: 50 });
      expect(result.code, result.stdout).toBe(0);
      const lines = screenLines(result.stdout);
      expect(lines.join('').trim().length).toBeGreaterThan(0);
      const tooWide = lines.filter((line) => stringWidth(line) > columns);
      expect(tooWide, `wider than ${columns} columns`).toEqual([]);
    },
    120_000,
  );
});
