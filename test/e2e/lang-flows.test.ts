/**
 * Issue 14, "Done when": the core flows (add, contact add, log, assess with
 * answers, plan, show, report, import of a Chinese CSV, export) run in both
 * languages through the built binary on a pseudo-terminal, stdout and stderr
 * together, as a rep sees them. In zh-CN no English word of acct's own may
 * appear: the forbidden words are every Latin word of the English catalogue
 * (all areas: headings, labels, messages, errors, prompts) and the English
 * enum labels, less the words the Chinese catalogue prints as well (commands,
 * flags, setting names). User data, ids and the commands acct suggests are
 * taken out first. English runs the same flows and must show its own words,
 * so the check can fail.
 *
 * `acct export` writes canonical ids and field names by design (docs/i18n.md:
 * exports keep canonical ids, so files round-trip in any language): for it
 * only the messages are checked, and that its file imports back.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ROOT } from '../helpers.js';
import { SECONDARY_SUPPLIER_ANSWERS } from '../answers.js';
import { englishIn, forbiddenEnglish, onLanguageTerminal } from './english-words.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Every English word acct prints of its own (all catalogue areas), less those the Chinese catalogue prints too. */
const FORBIDDEN = forbiddenEnglish();

/** User data and what acct quotes back: names, notes, owners, the commands it suggests. */
const USER_DATA = [
  /acct [^\n]*/g, // a suggested command line, e.g. acct plan "江南精密铸造"
  /[\w.-]+\.(csv|yaml|db)\b/g,
  /\/[^\s'"]+/g, // paths
  /\b(lin|wang|CNY)\b/g,
  // Play ids (ic-weave-network, kr-fit-alarm): a two-letter playbook prefix; enum ids have none.
  /\b[a-z]{2}-[a-z0-9-]+/g,
  // Setting names acct tells the user to set (role.executive).
  /\b[a-z]+\.[a-z-]+\b/g,
];

function englishLeft(output: string): string[] {
  let rest = output;
  for (const pattern of USER_DATA) rest = rest.replace(pattern, ' ');
  return englishIn(rest, FORBIDDEN);
}

interface Step {
  name: string;
  args: string[];
  /** Only the messages (stderr) are the user's language; stdout is canonical data. */
  messagesOnly?: boolean;
}

const ACCOUNT = '江南精密铸造';

function steps(dir: string): Step[] {
  return [
    { name: 'import of a Chinese CSV', args: ['import', join(dir, 'zh-accounts.csv')] },
    { name: 'add', args: ['add', '华北重工', '--owner', 'lin', '--tier', 'A', '--position', '次要供应商'] },
    {
      name: 'contact add',
      args: ['contact', 'add', ACCOUNT, '王建国', '--department', '采购', '--attitude', '支持', '--strength', '3'],
    },
    { name: 'contact add (technical)', args: ['contact', 'add', ACCOUNT, '李明', '--department', '技术'] },
    { name: 'log', args: ['log', ACCOUNT, '讨论了明年的框架协议', '--type', '拜访', '--contact', '王建国'] },
    {
      name: 'assess with answers',
      args: ['assess', ACCOUNT, '--answers', join(dir, 'answers.yaml'), '--accept', 'all', '--no-input'],
    },
    { name: 'plan', args: ['plan', ACCOUNT] },
    { name: 'show', args: ['show', ACCOUNT] },
    { name: 'brief', args: ['brief', ACCOUNT] },
    { name: 'list', args: ['list'] },
    { name: 'report', args: ['report'] },
    { name: 'report text', args: ['report', '--format', 'text'] },
    { name: 'report markdown', args: ['report', '--format', 'markdown'] },
    { name: 'export', args: ['export', '-o', join(dir, 'out.csv')], messagesOnly: true },
    { name: 'import of the export', args: ['import', join(dir, 'out.csv'), '--dry-run'] },
  ];
}

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'acct-lang-flows-'));
  dirs.push(dir);
  copyFileSync(join(ROOT, 'test/fixtures/lang/zh-accounts.csv'), join(dir, 'zh-accounts.csv'));
  writeFileSync(
    join(dir, 'answers.yaml'),
    stringify({
      ...SECONDARY_SUPPLIER_ANSWERS,
      purchaseCriteria: 'rivals-fit',
      openComplaints: 1,
      problems: ['quality'],
    }),
  );
  return dir;
}

describe.each([
  ['zh-CN', { ACCT_LANG: 'zh-CN' }],
  ['zh-CN by LANG', { LANG: 'zh_CN.UTF-8' }],
  ['en', {}],
] as const)('the core flows in %s', (lang, env) => {
  const dir = freshDir();
  const db = join(dir, 'acct.db');
  const chineseRun = lang.startsWith('zh');
  it.each(steps(dir).map((step) => [step.name, step] as const))(
    '%s',
    async (_name, step) => {
      const { code, stdout, stderr } = await onLanguageTerminal(db, step.args, env);
      expect(code, stderr).toBe(0);
      const shown = step.messagesOnly ? stderr : `${stdout}\n${stderr}`;
      if (chineseRun) {
        expect(shown).toMatch(/[\u4e00-\u9fff]/);
        expect(englishLeft(shown), shown).toEqual([]);
      } else {
        // The same check finds acct's own words in English, so it can fail.
        expect(englishLeft(shown).length, shown).toBeGreaterThan(0);
      }
    },
    60_000,
  );
});
