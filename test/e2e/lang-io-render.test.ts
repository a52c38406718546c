/**
 * Files, playbook tooling, dates and money in Chinese (issue 14, points 1, 6
 * and 7; docs/i18n.md): with ACCT_LANG=zh-CN the lines acct prints about a
 * CSV it reads are Chinese, `acct playbook facts` documents each fact in
 * Chinese, and terminal views show dates as 年月日 and amounts in 万/亿,
 * while piped rows keep ISO dates and raw numbers. The built binary runs
 * each command, so this is what a person sees.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnAcct, spawnInTty, tempDb, tempDir } from '../helpers.js';

const ZH = { ACCT_LANG: 'zh-CN' };

/** Words of three or more Latin letters left once the user's own data and acct's ids are taken out. */
function latinWords(line: string, own: readonly string[]): string[] {
  let rest = line;
  for (const text of own) rest = rest.split(text).join(' ');
  return rest.match(/[A-Za-z]{3,}/g) ?? [];
}

describe('import in Chinese', () => {
  it('a bad row and an unknown column: Chinese lines naming the file, line and column', async () => {
    const dir = tempDir();
    const db = join(dir, 'acct.db');
    const csv = join(dir, 'accounts.csv');
    writeFileSync(csv, 'name,tier,owner,Ownr\n华东机械,A,lin,x\n苏州新材料,B,lin,x,多出来的\n');
    const result = await spawnAcct(['--db', db, 'import', csv], ZH);
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n');
    const unknown = lines.find((line) => line.includes('Ownr'))!;
    expect(unknown).toContain(
      `${csv}：忽略未知列“Ownr”（最接近的字段是 owner，可用 --map "Ownr=owner" 对应过去；用 --map "Ownr=-" 可忽略该列）`,
    );
    expect(lines).toContain(`${csv}:3: 该行有 5 个字段，而表头有 4 个`);
    for (const line of [unknown, `${csv}:3: 该行有 5 个字段，而表头有 4 个`]) {
      expect(latinWords(line, [csv, 'warning', '--map', 'Ownr', 'owner'])).toEqual([]);
    }
    // The same file in English: the lines scripts and tests have always read.
    const english = await spawnAcct(['--db', db, 'import', csv]);
    expect(english.stderr).toContain(`${csv}:3: row has 5 fields but the header has 4\n`);
    expect(english.stderr).toContain(
      `${csv}: ignoring unknown column "Ownr" (closest field: owner; map it with --map "Ownr=owner"; ignore it with --map "Ownr=-")`,
    );
  });

  it('a file that is not text, an unknown encoding, a bad --map: Chinese error lines', async () => {
    const dir = tempDir();
    const db = join(dir, 'acct.db');
    const xlsx = join(dir, 'accounts.csv');
    writeFileSync(xlsx, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    const zip = await spawnAcct(['--db', db, 'import', xlsx], ZH);
    expect(zip).toMatchObject({ code: 1, stdout: '' });
    expect(zip.stderr).toBe(
      `acct: ${xlsx}:1: 不是文本/CSV 文件：看起来是 ZIP 压缩包（是 .xlsx 工作簿吗？）；请先另存为 CSV（请把数据导出为 CSV，再导入那个文件）\n`,
    );
    const csv = join(dir, 'ok.csv');
    writeFileSync(csv, 'name\n华东机械\n');
    const encoding = await spawnAcct(['--db', db, 'import', csv, '--encoding', 'klingon'], ZH);
    expect(encoding).toMatchObject({ code: 2 });
    expect(encoding.stderr).toBe(
      'acct: 未知的编码“klingon”（请用 utf-8、utf-16le、gb18030、big5、shift_jis、windows-1252、latin1 等编码名）\n',
    );
    const map = await spawnAcct(['--db', db, 'import', csv, '--map', 'name'], ZH);
    expect(map.stderr).toBe('acct: --map 的格式应为 列=字段，收到的是 "name"（例如 --map "客户名称=name"）\n');
    const folder = await spawnAcct(['--db', db, 'export', '-o', dir], ZH);
    expect(folder.stderr).toBe(`acct: 无法写入 ${dir}：它是一个目录（请给 -o 一个文件名）\n`);
  });
});

describe('the database refuses to be overwritten, in Chinese', () => {
  it('export -o the database itself', async () => {
    const db = tempDb();
    expect((await spawnAcct(['--db', db, 'add', '华东机械'])).code).toBe(0);
    const result = await spawnAcct(['--db', db, 'export', '-o', db], ZH);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `acct: 拒绝写入 ${db}：它就是数据库 ${db} 或其附属文件（请给 -o 换一个文件；没有写入任何内容）\n`,
    );
  });
});

describe('playbook facts in Chinese', () => {
  it('documents every fact in Chinese, keeps the ids, and --json keeps its fields', async () => {
    const db = tempDb();
    const piped = await spawnAcct(['--db', db, 'playbook', 'facts'], ZH);
    expect(piped.code).toBe(0);
    const rows = piped.stdout.trimEnd().split('\n');
    expect(rows.length).toBeGreaterThan(70);
    expect(rows).toContain(
      'triggers\tlist\tanswer\tnew-product-launch supplier-review personnel-change rival-quality-problem incumbent-service-complaints rival-single-threaded incumbent-relationship-deteriorating cost-pressure\t当前出现的机会触发点（共八种）。',
    );
    // Every meaning is Chinese; Latin words left are fact names, values and settings, never English prose.
    for (const row of rows) {
      const meaning = row.split('\t')[4]!;
      expect(meaning, row).toMatch(/[\u4e00-\u9fff]/);
      expect(meaning, row).not.toMatch(/\b(the|and|our|when|is|of|with|from)\b/i);
    }
    const json = JSON.parse((await spawnAcct(['--db', db, 'playbook', 'facts', '--json'], ZH)).stdout) as {
      name: string;
      meaning: string;
    }[];
    expect(json.find((fact) => fact.name === 'riskLevel')).toMatchObject({ source: 'derived', meaning: '流失风险。' });
    const english = JSON.parse((await spawnAcct(['--db', db, 'playbook', 'facts', '--json'])).stdout) as typeof json;
    expect(english.find((fact) => fact.name === 'riskLevel')?.meaning).toBe('Defection risk.');
    expect(english.map((fact) => fact.name)).toEqual(json.map((fact) => fact.name));
  });
});

describe('dates and money in Chinese on a terminal, ISO and raw when piped', () => {
  const ACCOUNT = '华东精密机械';

  async function portfolio(): Promise<string> {
    const db = tempDb();
    const steps = [
      ['add', ACCOUNT, '--owner', 'lin', '--tier', 'A', '--revenue', '3.2亿', '--currency', 'CNY'],
      ['contact', 'add', ACCOUNT, '王建国', '--department', 'purchasing'],
      ['log', ACCOUNT, '季度拜访', '--type', 'visit', '--contact', '王建国', '--date', '2026-03-12'],
      ['log', ACCOUNT, '框架订单', '--type', 'order', '--amount', '420万', '--date', '2026-02-01'],
      ['action', 'add', ACCOUNT, '寄送样品', '--due', '2026-03-10'],
    ];
    for (const args of steps) {
      const result = await spawnAcct(['--db', db, ...args]);
      if (result.code !== 0) throw new Error(`acct ${args.join(' ')}: ${result.stderr}`);
    }
    return db;
  }

  it('brief: the last talk 3天前（2026年3月12日）, amounts in 万, an overdue action; piped keeps ISO', async () => {
    const db = await portfolio();
    const shown = await spawnInTty(['--db', db, 'brief', ACCOUNT], ZH, { columns: 100, rows: 60 });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('3天前（2026年3月12日），拜访');
    expect(shown.stdout).toContain('自 2026年2月1日 起 1 笔订单，合计 420万元');
    expect(shown.stdout).toMatch(/约 [\d.]+(万|亿)元 = 平均订单额 420万元/);
    expect(shown.stdout).toContain('5天前（已逾期）');
    expect(shown.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const piped = await spawnAcct(['--db', db, 'brief', ACCOUNT], ZH);
    expect(piped.stdout).toContain('2026-03-12，拜访');
    expect(piped.stdout).toContain('自 2026-02-01 起 1 笔订单，合计 4,200,000 CNY');
    expect(piped.stdout).not.toMatch(/\d+年\d+月\d+日|万元/);
    const markdown = await spawnAcct(['--db', db, 'brief', ACCOUNT, '--format', 'markdown'], ZH);
    expect(markdown.stdout).toContain('2026年3月12日');
    expect(markdown.stdout).toContain('420万元');
  });

  it('show: revenue in 亿, due dates as 年月日; piped rows keep ISO dates and raw amounts; English unchanged', async () => {
    const db = await portfolio();
    const shown = await spawnInTty(['--db', db, 'show', ACCOUNT], ZH, { columns: 100, rows: 60 });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('3.2亿元');
    expect(shown.stdout).toContain('2026年3月10日（已逾期）');
    expect(shown.stdout).toContain('合计 420万元');
    expect(shown.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const piped = await spawnAcct(['--db', db, 'show', ACCOUNT], ZH);
    expect(piped.stdout).toContain('\t2026-03-10\t');
    expect(piped.stdout).toMatch(/^2026-03-12\tvisit\t/m);
    expect(piped.stdout).toContain('4,200,000 CNY');
    expect(piped.stdout).not.toMatch(/\d+年\d+月\d+日/);
    const json = JSON.parse((await spawnAcct(['--db', db, 'show', ACCOUNT, '--json'], ZH)).stdout) as {
      openActions: { due: string }[];
    };
    expect(json.openActions[0]!.due).toBe('2026-03-10');
    const english = await spawnInTty(['--db', db, 'show', ACCOUNT], {}, { columns: 100, rows: 60 });
    expect(english.stdout).toContain('2026-03-10 (overdue)');
    expect(english.stdout).toContain('4,200,000 CNY');
  });
});

describe('playbook validate in Chinese', () => {
  it('field problems, zod’s own words and a refused file read in Chinese; English as before', async () => {
    const dir = join(tempDir(), 'playbooks');
    mkdirSync(dir, { mode: 0o700 });
    const book = join(dir, 'mine.yaml');
    writeFileSync(
      book,
      [
        'id: my-book',
        'title: 我的打法',
        'version: 1',
        'plays:',
        '  - id: Bad_Id',
        '    title: 拜访',
        '    why: 原因',
        '    priority: 5',
        '    due_in_days: 1',
        '    owner_role: boss',
        '    source: 我们',
        '    colour: red',
        '    when: { fact: singleThread, op: eq, value: 1 }',
        '',
      ].join('\n'),
    );
    const zh = await spawnAcct(['playbook', 'validate', dir], ZH);
    expect(zh.code).toBe(1);
    const lines = zh.stdout.trimEnd().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        `${book}:1:1: description: 缺少必填字段 "description"`,
        `${book}:3:10: version: version 必须是带引号的字符串，如 "1.0"`,
        `${book}:5:9: plays[0].id: 必须是 kebab-case（小写字母、数字和连字符），如 "weave-network"`,
        `${book}:8:15: plays[0].priority: priority 必须是 1、2 或 3（1 最紧急）`,
        `${book}:12:13: plays[0].colour: 未知字段 "colour"`,
        `${book}:13:19: plays[0].when.fact: 未知事实 "singleThread"；您是不是要写 "singleThreaded"？`,
      ]),
    );
    const role = lines.find((line) => line.includes('owner_role'))!;
    expect(role).toMatch(/[\u4e00-\u9fff]/);
    expect(role).not.toMatch(/Invalid|expected/);
    const english = await spawnAcct(['playbook', 'validate', dir]);
    expect(english.stdout).toContain(`${book}:12:13: plays[0].colour: unknown field "colour"\n`);
    expect(english.stdout).toContain(`${book}:1:1: description: missing required field "description"\n`);

    chmodSync(book, 0o664);
    const refused = await spawnAcct(['playbook', 'validate', dir], ZH);
    expect(refused.stdout).toContain(
      `${book}: 拒绝读取：该文件可被同组用户写入（权限 0664），别人可能改动其中的打法（chmod go-w ${book}）\n`,
    );
  });
});
