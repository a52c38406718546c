/**
 * What the commands say on stderr is Chinese in zh-CN (issue 14, point 1):
 * done, next step, nothing to do, dry runs and the assessment's outcome, with
 * enum values as Chinese labels and dates as 2026年3月15日 (docs/i18n.md).
 * No English word of those lines is left. English lines stay byte-identical.
 */
import { chmodSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { SECONDARY_SUPPLIER_ANSWERS } from '../answers.js';
import { run, tempDb, type RunResult } from '../helpers.js';
import { ScriptedPrompter, type AskedPrompt } from '../scripted-prompter.js';
import { loadLanguage } from '../../src/i18n/index.js';
import { keysHelpTip } from '../../src/prompt/prompter.js';

const ZH = { ACCT_LANG: 'zh-CN' };
const ACCOUNT = '华东精密机械';

/** English words of the command messages; none may be left in a Chinese line. */
const ENGLISH =
  /\b(Added|Updated|Renamed|Removed|Logged|Imported|Dry run|Next|Stored|Marked|Total|Exported|Deleted|Discarded|created|updated|unchanged|invalid|nothing|would|with|worth|due|at|of|to|set|fit|match|yet|backups?|See them|already|action|account|contacts?|activit(y|ies))\b/;

async function zh(db: string, args: string[]): Promise<RunResult> {
  const result = await run(db, args, { env: ZH });
  if (result.code !== 0) throw new Error(`acct ${args.join(' ')}: ${result.stderr}`);
  return result;
}

/** Stderr without the commands it quotes (`acct …` up to the end or a bracket), paths and file names. */
function words(stderr: string): string {
  return stderr
    .replace(/acct [^；）\n]*/g, '')
    .replace(/\/\S+/g, '')
    .replace(/\S+\.csv/g, '');
}

function expectChinese(result: RunResult): void {
  expect(result.stderr).not.toBe('');
  expect(words(result.stderr)).not.toMatch(ENGLISH);
}

describe('command messages in Chinese', () => {
  it('add, edit, rename, contact add, log, action add/done, list, remove', async () => {
    const db = tempDb();
    const added = await zh(db, ['add', ACCOUNT, '--position', 'secondary', '--owner', 'lin']);
    expect(added.stderr).toBe(
      '阶段已设为“初期合作”，以符合供应商地位“次要供应商”\n' +
        `已添加 ${ACCOUNT}（初期合作，买卖关系）\n` +
        `下一步：acct contact add "${ACCOUNT}" <姓名> --department 采购\n`,
    );
    expectChinese(added);

    const edited = await zh(db, ['edit', ACCOUNT, '--tier', 'A', '--city', '苏州']);
    expect(edited.stderr).toBe(`已更新 ${ACCOUNT}：客户等级、城市\n`);

    const renamed = await zh(db, ['rename', ACCOUNT, '华东机械']);
    expect(renamed.stderr).toBe(`已将 ${ACCOUNT} 改名为 华东机械\n`);

    const contact = await zh(db, ['contact', 'add', '华东机械', '王丽', '--department', 'purchasing']);
    expect(contact.stderr).toBe('已将 王丽 添加到 华东机械\n');

    const logged = await zh(db, [
      'log',
      '华东机械',
      '季度订单',
      '--type',
      'order',
      '--contact',
      '王丽',
      '--amount',
      '420万',
    ]);
    expect(logged.stderr).toBe('已记录与 华东机械（王丽）的订单，金额 420万，日期 2026年3月15日\n');
    expectChinese(logged);

    const action = await zh(db, ['action', 'add', '华东机械', '寄送样品', '--due', '2026-03-20']);
    expect(action.stderr).toBe('已为 华东机械 添加行动 #1，2026年3月20日到期\n');
    const done = await zh(db, ['action', 'done', '1']);
    expect(done.stderr).toBe('行动 #1 已标为“已完成”：寄送样品\n');
    const again = await zh(db, ['action', 'done', '1']);
    expect(again.stderr).toBe('行动 #1 已经是“已完成”；没有做任何修改\n');
    const none = await zh(db, ['action', 'list']);
    expect(none.stderr).toBe('没有符合条件的行动。\n');
    const noMatch = await zh(db, ['list', '--tier', 'C']);
    expect(noMatch.stderr).toBe('没有符合条件的客户。\n');

    const removed = await zh(db, ['remove', '华东机械', '--yes']);
    expect(removed.stderr).toBe('已删除 华东机械及其 1 位联系人、1 条往来记录、1 项行动\n');
    const empty = await zh(db, ['list']);
    expect(empty.stderr).toBe('还没有任何客户。可以这样添加：acct add "华东机械"\n');
    const backups = await zh(db, ['db', 'backups']);
    expect(backups.stderr).toBe(`${db} 没有备份。acct 每次升级数据库前都会先做一份备份。\n`);
    for (const result of [edited, renamed, contact, action, done, again, none, noMatch, removed, empty, backups]) {
      expectChinese(result);
    }
  });

  it('import: a dry run and a real one, with the record type in Chinese', async () => {
    const db = tempDb();
    await zh(db, ['add', '华东机械']);
    const file = join(dirname(db), 'contacts.csv');
    writeFileSync(file, '客户名称,姓名,部门\n华东机械,王丽,采购部\n华东机械,陈杰,研发\n');
    const dry = await zh(db, ['import', file, '--dry-run']);
    expect(dry.stderr).toBe('试运行 contacts.csv（联系人）：将会新建 2，更新 0，未变 0，无效 0；没有写入任何内容\n');
    expectChinese(dry);
    const real = await zh(db, ['import', file]);
    expect(real.stderr).toBe('已导入 contacts.csv（联系人）：新建 2，更新 0，未变 0，无效 0\n');
    expectChinese(real);
  });

  it('assess --answers --accept: the stored line and the next step', async () => {
    const db = tempDb();
    await zh(db, ['add', '华东机械']);
    const file = join(dirname(db), 'answers.yaml');
    writeFileSync(file, stringify(SECONDARY_SUPPLIER_ANSWERS));
    const dry = await zh(db, ['assess', '华东机械', '--answers', file, '--dry-run']);
    expect(dry.stderr).toMatch(
      /^要把打法变成行动，请加上 --accept all 或 --accept <打法编号>,…\n试运行：没有保存任何内容（会更新客户：.+）\n$/,
    );
    const stored = await zh(db, ['assess', '华东机械', '--answers', file, '--accept', 'all']);
    expect(stored.stderr).toMatch(
      /^已保存 华东机械 的评估 #1，并添加 \d+ 项行动；客户已更新：.+\n查看这些行动：acct action list "华东机械"\n$/,
    );
    expect(stored.stderr).toContain('客户开发 → 初期合作');
    for (const result of [dry, stored]) expectChinese(result);
  });
});

describe('command messages in English stay as they were', () => {
  it('add, log, action add, import dry run, remove', async () => {
    const db = tempDb();
    const en = async (args: string[]): Promise<string> => (await run(db, args)).stderr;
    expect(await en(['add', 'Acme Industrial', '--position', 'secondary'])).toBe(
      'stage set to initial-cooperation, to fit position secondary\n' +
        'Added Acme Industrial (initial-cooperation, transactional)\n' +
        'Next: acct contact add "Acme Industrial" <name> --department purchasing\n',
    );
    expect(await en(['contact', 'add', 'acme', 'Wang Li'])).toBe('Added Wang Li to Acme Industrial\n');
    expect(await en(['log', 'acme', 'Order', '--type', 'order', '--contact', 'Wang', '--amount', '4.2m'])).toBe(
      'Logged order worth 4,200,000 at Acme Industrial with Wang Li on 2026-03-15\n',
    );
    expect(await en(['action', 'add', 'acme', 'Send samples', '--due', '2026-03-20'])).toBe(
      'Added action #1 for Acme Industrial, due 2026-03-20\n',
    );
    const file = join(dirname(db), 'contacts.csv');
    writeFileSync(file, 'account,name\nAcme Industrial,Chen Jie\n');
    expect(await en(['import', file, '--dry-run'])).toBe(
      'Dry run of contacts.csv (contacts): would be 1 created, 0 updated, 0 unchanged, 0 invalid; nothing written\n',
    );
    expect(await en(['remove', 'Acme Industrial', '--yes'])).toBe(
      'Removed Acme Industrial with its 1 contact, 1 activity and 1 action\n',
    );
  });
});

describe('command errors in Chinese', () => {
  it('names the input and the fix in Chinese, with the same exit codes; English as it was', async () => {
    const db = tempDb();
    await zh(db, ['add', '华东机械']);
    const cases: [string[], number, string, string][] = [
      [
        ['action', 'done', '9'],
        1,
        'acct: 没有行动 #9（可用 acct action list 查看）\n',
        'acct: no action #9 (see acct action list)\n',
      ],
      [
        ['edit', '华东机械'],
        2,
        'acct: 没有要修改的内容（请至少给出一个字段，如 --stage 初期合作；详见 acct edit --help）\n',
        'acct: nothing to change (give at least one field, e.g. --stage initial-cooperation; see acct edit --help)\n',
      ],
      [
        ['log', '华东机械', '回访', '--date', '2026-04-01'],
        1,
        'acct: --date 2026-04-01 是将来的日期；往来记录只记已经发生的事（请改为安排一项行动：acct action add "华东机械" "回访" --due 2026-04-01）\n',
        'acct: --date 2026-04-01 is in the future; a log records what already happened (plan it instead: acct action add "华东机械" "回访" --due 2026-04-01)\n',
      ],
      [
        ['plan', '华东机械'],
        1,
        'acct: 华东机械 还没有评估过（请运行 `acct assess "华东机械"`）\n',
        'acct: 华东机械 has not been assessed yet (run `acct assess "华东机械"`)\n',
      ],
      [
        ['db', 'backups', '--keep', '1'],
        2,
        'acct: --keep 要和 --prune 一起用（如 acct db backups --prune --keep 1）\n',
        'acct: --keep goes with --prune (e.g. acct db backups --prune --keep 1)\n',
      ],
      [
        ['add', '苏州新材料', '--stage', 'partnership', '--position', 'none'],
        1,
        'acct: 阶段“合作伙伴”与供应商地位“未供货”不相符；没有做任何修改（请给出与之相符的阶段（客户开发），或不给阶段，由供应商地位推出）\n',
        'acct: stage partnership does not fit a prospect (position none); nothing was changed (give a stage that fits it (development), or leave the stage out and it follows from the position)\n',
      ],
      [
        ['config', 'get', 'owner'],
        1,
        'acct: owner 没有设置（可用 acct config set owner 值 设置）\n',
        'acct: owner is not set (set it with acct config set owner VALUE)\n',
      ],
    ];
    for (const [args, code, chinese, english] of cases) {
      const inChinese = await run(db, args, { env: ZH });
      expect([inChinese.code, inChinese.stderr]).toEqual([code, chinese]);
      const inEnglish = await run(db, args);
      expect([inEnglish.code, inEnglish.stderr]).toEqual([code, english]);
    }
  });

  it('config: a bad value and an unknown setting are refused in Chinese; the list shows sources and meanings in Chinese', async () => {
    const db = tempDb();
    const env = { ...ZH, ACCT_CONFIG: join(dirname(db), 'config') };
    const bad = await run(db, ['config', 'set', 'stale-days', 'x'], { env });
    expect([bad.code, bad.stderr]).toEqual([2, 'acct: stale-days 应为 1 到 99999 之间的整数天数，不能是“x”\n']);
    const unknown = await run(db, ['config', 'set', 'stale-dys', '3'], { env });
    expect(unknown.stderr).toBe(
      'acct: 没有“stale-dys”这个设置项（是否想输入 stale-days？）（可用 acct config list 查看）\n',
    );
    const english = await run(db, ['config', 'set', 'stale-days', 'x'], { env: { ACCT_CONFIG: env.ACCT_CONFIG } });
    expect(english.stderr).toBe('acct: stale-days takes a whole number of days from 1 to 99999, not "x"\n');
    const list = await run(db, ['config', 'list'], { env: { ...env, NO_COLOR: '1' }, tty: true });
    expect(list.stdout).toMatch(/^设置项 +值 +来源 +含义/);
    expect(list.stdout).toMatch(/stale-days +30 +默认值 +多少天没有记录联系，客户就算冷落了/);
    const piped = await run(db, ['config', 'list'], { env });
    expect(piped.stdout).toContain('stale-days\t30\tdefault\t');
  });

  it('a config file others can change is refused in Chinese', async () => {
    const db = tempDb();
    const config = join(dirname(db), 'config');
    writeFileSync(config, 'owner = lin\n');
    chmodSync(config, 0o666);
    const result = await run(db, ['list', '--mine'], { env: { ...ZH, ACCT_CONFIG: config } });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `acct: 配置文件 ${config} 可以被其他用户修改（请改为只有你能读写：chmod 600 ${config}）\n`,
    );
  });
});

describe('assessment prompts in Chinese', () => {
  it('what changed, the store step, the way back and the plays to accept: no English word of acct', async () => {
    const db = tempDb();
    await zh(db, ['add', '华东机械', '--position', 'secondary', '--share', '20']);
    const file = join(dirname(db), 'answers.yaml');
    writeFileSync(file, stringify({ ...SECONDARY_SUPPLIER_ANSWERS, satisfaction: 4 }));
    await zh(db, ['assess', '华东机械', '--answers', file, '--accept', 'none']);
    const prompter = new ScriptedPrompter([
      'nothing',
      'c',
      '__back__',
      's',
      (prompt: AskedPrompt) => [prompt.choices![0]!.value],
    ]);
    const result = await run(db, ['assess', '华东机械'], { tty: true, env: { ...ZH, NO_COLOR: '1' }, prompter });
    expect(result.code, result.stderr).toBe(0);
    expect(prompter.asked.map((prompt) => prompt.kind)).toEqual(['select', 'choose', 'select', 'choose', 'checkbox']);
    const [changed, decision, change, , plays] = prompter.asked;
    expect(changed!.message).toBe('自上次评估（2026年3月15日）以来，有什么变化？');
    expect(changed!.choices!.map((choice) => choice.name)).toEqual([
      '没有变化：沿用这些回答',
      '有些变化：选择要重新过一遍的部分',
      '逐题重新回答（预先填好这些回答）',
    ]);
    expect(decision!.message).toBe('保存这次评估吗？请输入 s、w、c、d 之一，再按回车');
    expect(decision!.choices!.map((choice) => choice.name)).toEqual([
      expect.stringMatching(/^保存，并把打法变成行动（下一步从 \d+ 个打法中选择）$/),
      '保存，不添加行动',
      '修改某个回答',
      '放弃：什么都不保存',
    ]);
    expect(change!.message).toBe('要修改哪个回答？');
    expect(change!.choices!.at(-1)!.name).toBe('（回到汇总：不做修改）');
    expect(plays!.message).toBe('选择要变成行动的打法（空格勾选，回车确认；可以都不选）');
    expect(plays!.choices![0]!.name).toMatch(/^P\d .+（[a-z-]+，2026年\d+月\d+日到期）$/);
    // Play ids are ids (they are typed after --accept); everything else is Chinese.
    const texts = [decision!, change!, plays!, changed!].flatMap((prompt) => [
      prompt.message,
      ...prompt.choices!.map((choice) => choice.name),
    ]);
    expect(texts.join('\n').replace(/[a-z]+(-[a-z]+)+/g, '')).not.toMatch(ENGLISH);
    expect(result.stdout).toContain('上次评估（2026年3月15日）');
    expect(result.stdout).toContain('你的回答');
    expect(result.stderr).toMatch(/^已保存 华东机械 的评估 #2，并添加 1 项行动；/m);
  });
});

describe("inquirer's own words", () => {
  it("the key help is Chinese in zh-CN and inquirer's own in English", async () => {
    await loadLanguage('zh-CN');
    const tip = keysHelpTip()!([
      ['↑↓', 'navigate'],
      ['space', 'select'],
      ['⏎', 'submit'],
    ]);
    expect(tip.replace(/\x1b\[[0-9;]*m/g, '')).toBe('↑↓ 移动 • space 选择 • ⏎ 确认');
    await loadLanguage('en');
    expect(keysHelpTip()).toBeUndefined();
  });
});
