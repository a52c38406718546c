/**
 * Play and question texts in the language of the run (docs/playbooks.md
 * §Languages): `--lang zh-CN` shows the shipped questions and plays in
 * Chinese, `--lang en` in English; a stored plan keeps both texts, so each
 * reader sees it in their own language; --json keeps the ids.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { SECONDARY_SUPPLIER_ANSWERS } from '../answers.js';
import { run, setup, tempDb } from '../helpers.js';

const HAN = /\p{Script=Han}/u;

async function assessed(): Promise<{ db: string; answers: string }> {
  const db = tempDb();
  await setup(db, ['add', '华东机械', '--owner', 'lin']);
  const answers = join(db, '..', 'answers.yaml');
  writeFileSync(answers, stringify({ ...SECONDARY_SUPPLIER_ANSWERS, triggers: ['supplier-review'] }));
  return { db, answers };
}

describe('acct assess --lang', () => {
  it('--lang zh-CN shows the plan in Chinese, --lang en in English, with the same plays', async () => {
    const { db, answers } = await assessed();
    const zh = await run(db, ['assess', '华东机械', '--answers', answers, '--dry-run', '--lang', 'zh-CN']);
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('为客户的年度供应商评审做好准备');
    expect(zh.stdout).not.toContain('Prepare for their annual supplier review');
    const en = await run(db, ['assess', '华东机械', '--answers', answers, '--dry-run', '--lang', 'en']);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toContain('Prepare for their annual supplier review');
    expect(en.stdout).not.toContain('为客户的年度供应商评审做好准备');
  });

  it('--json keeps the ids and gives the texts in the chosen language', async () => {
    const { db, answers } = await assessed();
    type Item = { play: string; title: string; why: string; steps: string[]; because?: { text: string }[] };
    const read = async (lang: string): Promise<Item[]> => {
      const result = await run(db, ['assess', '华东机械', '--answers', answers, '--dry-run', '--json', '--lang', lang]);
      expect(result.code, result.stderr).toBe(0);
      return (
        JSON.parse(result.stdout) as {
          result: { plan: Item[] };
        }
      ).result.plan;
    };
    const zh = await read('zh-CN');
    const en = await read('en');
    expect(zh.map((item) => item.play)).toEqual(en.map((item) => item.play));
    const review = zh.find((item) => item.play === 'ic-trigger-supplier-review')!;
    expect(review.title).toBe('为客户的年度供应商评审做好准备');
    expect(review.why).toMatch(HAN);
    expect(review.steps.every((step) => HAN.test(step))).toBe(true);
    // The because line names the ticked option in the run's language too.
    expect(review.because?.map((line) => line.text).join('\n')).toContain('客户的采购招标或年度供应商评审即将开始');
    expect(en.find((item) => item.play === 'ic-trigger-supplier-review')!.title).toBe(
      'Prepare for their annual supplier review',
    );
  });

  it('a plan stored in English reads in Chinese for a Chinese reader, and the other way round', async () => {
    const { db, answers } = await assessed();
    const stored = await run(db, ['assess', '华东机械', '--answers', answers, '--accept', 'none', '--lang', 'en']);
    expect(stored.code, stored.stderr).toBe(0);
    const zh = await run(db, ['plan', '华东机械', '--lang', 'zh-CN']);
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('为客户的年度供应商评审做好准备');
    const en = await run(db, ['plan', '华东机械', '--lang', 'en']);
    expect(en.stdout).toContain('Prepare for their annual supplier review');
    const json = await run(db, ['plan', '华东机械', '--json', '--lang', 'zh-CN']);
    const plan = (JSON.parse(json.stdout) as { plan: { play: string; title: string }[] }).plan;
    expect(plan.find((item) => item.play === 'ic-trigger-supplier-review')?.title).toBe(
      '为客户的年度供应商评审做好准备',
    );
  });

  it('an accepted play becomes an action worded in the language of the run', async () => {
    const { db, answers } = await assessed();
    const result = await run(db, [
      'assess',
      '华东机械',
      '--answers',
      answers,
      '--accept',
      'ic-trigger-supplier-review',
      '--json',
      '--lang',
      'zh-CN',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const accepted = (JSON.parse(result.stdout) as { accepted: { play: string; text: string }[] }).accepted;
    expect(accepted).toEqual([
      expect.objectContaining({ play: 'ic-trigger-supplier-review', text: '为客户的年度供应商评审做好准备' }),
    ]);
  });
});

describe('acct assess --questions and acct playbook show --lang', () => {
  it('lists the questions in Chinese with --lang zh-CN and in English with --lang en', async () => {
    const db = tempDb();
    const zh = await run(db, ['assess', '--questions', '--json', '--lang', 'zh-CN']);
    expect(zh.code, zh.stderr).toBe(0);
    const questions = (
      JSON.parse(zh.stdout) as {
        questions: { key: string; prompt: string; section: string; options?: { value: string; label: string }[] }[];
      }
    ).questions;
    const position = questions.find((question) => question.key === 'supplierPosition')!;
    expect(position.prompt).toBe('在这家客户的供应商名单里，我们排在什么位置？');
    expect(position.section).toBe('我们的位置');
    expect(position.options?.find((option) => option.value === 'secondary')?.label).toMatch(/^次要供应商/);
    for (const question of questions) expect(question.prompt, question.key).toMatch(HAN);
    const en = await run(db, ['assess', '--questions', '--lang', 'en']);
    expect(en.stdout).toContain("Where do we stand in this customer's supplier list?");
    expect(en.stdout).not.toMatch(HAN);
  });

  it('shows a play in the chosen language', async () => {
    const db = tempDb();
    const zh = await run(db, ['playbook', 'show', 'ic-weave-network', '--lang', 'zh-CN']);
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('编织关系网，告别单线联系');
    const en = await run(db, ['playbook', 'show', 'ic-weave-network', '--lang', 'en']);
    expect(en.stdout).toContain('Replace the single thread with a network');
    expect(en.stdout).not.toMatch(HAN);
  });
});

describe('the sample portfolio (examples/)', () => {
  it("shows the Chinese accounts' plans in Chinese under LANG=zh_CN.UTF-8, and in English under en_US", async () => {
    const db = tempDb();
    const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
    await setup(db, ['import', examples, '-q']);
    const zh = await run(db, ['plan', '华东机械', '--all'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('讲清继续与我们合作的长期价值');
    expect(zh.stdout).not.toContain('Explain the long-term value of staying with us');
    const en = await run(db, ['plan', '华东机械', '--all'], { env: { LANG: 'en_US.UTF-8' } });
    expect(en.stdout).toContain('Explain the long-term value of staying with us');
  });
});
