/**
 * The HTML review page (`acct report --format html`, `-o FILE`), without a
 * browser: the pieces that draw (relationship map layout, charts), and the
 * page as the command writes it from a real SQLite file (in-process):
 * self-contained, every value escaped, every link to a section that exists,
 * and the file written the way acct writes files. test/e2e/report-html.test.ts
 * opens the page in headless Chromium.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { barChart, columnChart, funnelChart } from '../../src/render/svg/charts.js';
import { mapLayout, relationshipMap, type MapContact } from '../../src/render/svg/relationship-map.js';
import { run, setup, tempDb, tempDir } from '../helpers.js';
import { ScriptedPrompter } from '../scripted-prompter.js';

const HOSTILE = '<script>alert(1)</script>';
const ESCAPES = 'Red\u001b[31m Ink\u202e';

const person = (name: string, values: Partial<MapContact> = {}): MapContact => ({
  name,
  department: null,
  seniority: null,
  attitude: null,
  strength: null,
  ...values,
});

describe('relationship map', () => {
  it('puts each person in its department × seniority cell and marks the empty decision cells as gaps', () => {
    const layout = mapLayout([
      person('Wang', { department: 'purchasing', seniority: 'manager', attitude: 'supporter', strength: 3 }),
      person('Li', { department: 'finance', seniority: 'staff' }),
      person('Nobody Knows'),
    ]);
    // Decision departments always; others only when someone sits there; unknown last.
    expect(layout.departments).toEqual(['purchasing', 'management', 'technical', 'user', 'finance', 'unknown']);
    expect(layout.seniorities).toEqual(['executive', 'manager', 'staff', 'unknown']);
    expect(layout.cells.get('purchasing|manager')!.map((c) => c.name)).toEqual(['Wang']);
    expect(layout.cells.get('unknown|unknown')!.map((c) => c.name)).toEqual(['Nobody Knows']);
    // 4 decision departments × 3 seniorities, minus the one cell Wang fills; finance is no gap.
    expect(layout.gaps).toHaveLength(11);
    expect(layout.gaps).not.toContain('purchasing|manager');
    expect(layout.gaps.some((gap) => gap.startsWith('finance'))).toBe(false);
  });

  it('colours each person by attitude, rings strong ties, and escapes names', () => {
    const svg = relationshipMap(HOSTILE, [
      person(HOSTILE, { department: 'technical', seniority: 'executive', attitude: 'opponent', strength: 2 }),
      person('Weak Tie', { department: 'user', seniority: 'staff', attitude: 'supporter', strength: 1 }),
    ]);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toMatch(/<g class="node tone-opponent strong" data-strong="true">/);
    expect(svg).toMatch(/<g class="node tone-supporter" data-strong="false">/);
    expect(svg.match(/data-gap="/g)).toHaveLength(10);
  });
});

describe('charts', () => {
  it('draws one bar per stage, as wide as its share, and a thin mark for an empty stage', () => {
    const svg = funnelChart(
      [
        { label: 'development', value: 4, tone: 'stage' },
        { label: 'partnership', value: 0, tone: 'stage' },
        { label: 'strategic-alliance', value: 2, tone: 'stage' },
      ],
      'Funnel',
    );
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(3);
    expect(widths[0]).toBeCloseTo(widths[2]! * 2, 0);
    expect(widths[1]).toBe(2);
  });

  it('stacks columns and bars in segment order, skipping zeros', () => {
    const columns = columnChart(
      [
        {
          label: 'w1',
          segments: [
            { label: 'low', value: 1, tone: 'low' },
            { label: 'high', value: 0, tone: 'high' },
          ],
        },
        { label: 'w2', segments: [{ label: 'low', value: 3, tone: 'low' }] },
      ],
      'Risk',
    );
    // Two drawn segments plus one legend swatch per segment of the first column.
    expect(columns.match(/class="bar tone-low"/g)).toHaveLength(3);
    const bars = barChart([{ label: HOSTILE, segments: [{ label: 'x', value: 2, tone: 'high' }] }], 'Owners');
    expect(bars).not.toContain('<script>');
  });
});

// ---------------------------------------------------------------- the page, from a real database

async function portfolio(): Promise<string> {
  const db = tempDb();
  await setup(
    db,
    ['add', HOSTILE, '--owner', 'lin', '--tier', 'A', '--position', 'primary', '--stage', 'primary-supplier'],
    ['add', ESCAPES, '--owner', 'wu', '--tier', 'A', '--position', 'sole', '--stage', 'partnership'],
    ['add', 'Quiet Prospect', '--owner', 'lin', '--stage', 'development'],
    [
      'contact',
      'add',
      HOSTILE,
      'Wang <b>Li</b>',
      '--department',
      'purchasing',
      '--seniority',
      'manager',
      '--attitude',
      'supporter',
      '--strength',
      '3',
    ],
    ['action', 'add', HOSTILE, 'Send "the" <quote> & price', '--due', '2026-03-01'],
  );
  return db;
}

const SELF_CONTAINED = [/<script/i, /<link/i, /<img/i, /<iframe/i, /@import/i, /url\(/i, /https?:\/\//i];

describe('acct report --format html', () => {
  it('writes one self-contained page: no script, no link or fetch, no network address anywhere', async () => {
    const db = await portfolio();
    const result = await run(db, ['report', '--format', 'html']);
    expect(result.code, result.stderr).toBe(0);
    const html = result.stdout;
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    for (const pattern of SELF_CONTAINED) expect(html, String(pattern)).not.toMatch(pattern);
    // No src or href attribute may point anywhere but inside the page.
    for (const [, value] of html.matchAll(/\s(?:src|href)="([^"]*)"/g)) expect(value).toMatch(/^#/);
    expect(html).toContain('<svg class="chart chart-funnel"');
    expect(html).toContain('<svg class="chart chart-columns"');
    expect(html).toContain('<svg class="chart chart-bars"');
    expect(html).toContain('<svg class="chart chart-map"');
  });

  it('escapes every value: markup in names and actions stays text, terminal escapes show as escapes', async () => {
    const db = await portfolio();
    const html = (await run(db, ['report', '--format', 'html'])).stdout;
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Wang &lt;b&gt;Li&lt;/b&gt;');
    expect(html).toContain('Send &quot;the&quot; &lt;quote&gt; &amp; price');
    expect(html).toContain('Red\\x1b[31m Ink\\u202e');
    expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(html).not.toContain('<b>');
  });

  it('links each listed account to its section, and every section has its briefing, map, plan and actions', async () => {
    const db = await portfolio();
    const html = (await run(db, ['report', '--format', 'html'])).stdout;
    const links = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(ids, link).toContain(link);
    const sections = [...html.matchAll(/<section class="account" id="account-(\d+)">([\s\S]*?)<\/section>/g)];
    // The two key accounts never assessed are on the list; the prospect with nothing but minor reasons is not.
    expect(sections).toHaveLength(2);
    for (const [, , body] of sections) {
      for (const heading of ['Briefing', 'Relationship map', 'Last plan', 'Open actions']) {
        expect(body).toContain(`<h4>${heading}</h4>`);
      }
    }
    const hostile = sections.find(([, , body]) => body!.includes('&lt;script&gt;'))![2]!;
    expect(hostile).toContain('Send &quot;the&quot;');
    expect(hostile).toContain('data-strong="true"');
    expect(html).not.toMatch(/id="account-\d+"[\s\S]*Quiet Prospect<\/h3>/);
  });

  it('shows only --limit accounts, and loads sections only for them', async () => {
    const db = await portfolio();
    const html = (await run(db, ['report', '--format', 'html', '--limit', '1'])).stdout;
    expect(html.match(/<section class="account"/g)).toHaveLength(1);
    expect(html).toContain('… and 1 more, less severe');
  });

  it('draws risk over the 8 weeks of the model trends, ending with the as-of day', async () => {
    const db = await portfolio();
    const html = (await run(db, ['report', '--format', 'html'])).stdout;
    const columns = html.match(/<svg class="chart chart-columns"[\s\S]*?<\/svg>/)![0];
    const labels = [...columns.matchAll(/text-anchor="middle">([^<]*)</g)].map((m) => m[1]);
    expect(labels).toEqual(['01-25', '02-01', '02-08', '02-15', '02-22', '03-01', '03-08', '03-15']);
    // The accounts were added on 2026-03-15: only the last week has a column, all three unassessed.
    expect(columns.match(/<rect [^>]*class="bar tone-unassessed"><title>03-15: 3 unassessed<\/title>/)).not.toBeNull();
  });

  it('speaks the chosen language: --lang zh-CN gives a Chinese page', async () => {
    const db = await portfolio();
    const html = (await run(db, ['--lang', 'zh-CN', 'report', '--format', 'html'])).stdout;
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('本周需要你关注（2 个客户）');
    expect(html).toContain('<h4>关系图</h4>');
  });

  it('keeps to one owner with --owner and --mine, sections included', async () => {
    const db = await portfolio();
    const lin = (await run(db, ['report', '--format', 'html', '--owner', 'lin'])).stdout;
    const mine = (await run(db, ['report', '--format', 'html', '--mine'], { env: { ACCT_OWNER: 'wu' } })).stdout;
    expect(lin).toContain('owner lin');
    expect(lin.match(/<section class="account"/g)).toHaveLength(1);
    expect(lin).toContain('&lt;script&gt;');
    expect(lin).not.toContain('Red\\x1b');
    expect(mine.match(/<section class="account"/g)).toHaveLength(1);
    expect(mine).toContain('Red\\x1b');
    expect(mine).not.toContain('&lt;script&gt;');
  });

  it('replays a past week: a section shows only the records that existed at the end of --as-of', async () => {
    const db = tempDb();
    const on = (day: string) => ({ env: { ACCT_NOW: `${day}T09:00:00Z` } });
    for (const [args, day] of [
      [['add', 'Early Key', '--tier', 'A', '--position', 'primary'], '2026-03-01'],
      [['action', 'add', 'early', 'Action from before', '--due', '2026-03-20'], '2026-03-02'],
      [['contact', 'add', 'early', 'Later Contact', '--department', 'user'], '2026-03-12'],
      [['action', 'add', 'early', 'Action added later', '--due', '2026-03-20'], '2026-03-12'],
    ] as const) {
      const result = await run(db, [...args], on(day));
      expect(result.code, result.stderr).toBe(0);
    }
    const past = (await run(db, ['report', '--format', 'html', '--as-of', '2026-03-10'])).stdout;
    const now = (await run(db, ['report', '--format', 'html'])).stdout;
    expect(past).toContain('Action from before');
    expect(past).not.toContain('Action added later');
    expect(past).not.toContain('Later Contact');
    expect(now).toContain('Action added later');
    expect(now).toContain('Later Contact');
  });

  it('refuses to print the page on a terminal and says to add -o', async () => {
    const db = await portfolio();
    const result = await run(db, ['report', '--format', 'html'], { tty: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'acct: an HTML page is not for the terminal (add -o review.html (or pipe it: > review.html))\n',
    );
    expect(result.stdout).toBe('');
  });
});

describe('acct report -o FILE', () => {
  it('writes the page 0600, with the format from the file name, and says where', async () => {
    const db = await portfolio();
    const target = join(tempDir(), 'review.html');
    const result = await run(db, ['report', '-o', target]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`Wrote ${target}`);
    expect(readFileSync(target, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    const markdown = join(tempDir(), 'review.md');
    expect((await run(db, ['report', '--output', markdown])).code).toBe(0);
    expect(readFileSync(markdown, 'utf8')).toMatch(/^# Weekly review/);
  });

  it('replaces an existing file only with --yes; without it, off a terminal, refuses and keeps the file', async () => {
    const db = await portfolio();
    const target = join(tempDir(), 'review.html');
    writeFileSync(target, 'last week');
    const refused = await run(db, ['report', '-o', target]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('acct: --yes is required when not running interactively (add --yes to confirm)\n');
    expect(readFileSync(target, 'utf8')).toBe('last week');
    const replaced = await run(db, ['report', '-o', target, '--yes']);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('asks on a terminal before replacing a file; no keeps it', async () => {
    const db = await portfolio();
    const target = join(tempDir(), 'review.html');
    writeFileSync(target, 'last week');
    const no = new ScriptedPrompter([false]);
    const kept = await run(db, ['report', '-o', target], { tty: true, prompter: no });
    expect(no.asked.map((prompt) => prompt.message)).toEqual([`Replace ${target}?`]);
    expect(kept.code).toBe(1);
    expect(readFileSync(target, 'utf8')).toBe('last week');
    const yes = new ScriptedPrompter([true]);
    expect((await run(db, ['report', '-o', target], { tty: true, prompter: yes })).code).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('refuses a folder, a FIFO, the database and a name without a known extension, writing nothing', async () => {
    const db = await portfolio();
    const dir = tempDir();
    const folder = join(dir, 'out.html');
    mkdirSync(folder);
    const asFolder = await run(db, ['report', '-o', folder, '--yes']);
    expect(asFolder.code).toBe(1);
    expect(asFolder.stderr).toBe(`acct: cannot write ${folder}: it is a folder (give -o a file name)\n`);

    const fifo = join(dir, 'pipe.html');
    execFileSync('mkfifo', [fifo]);
    const asFifo = await run(db, ['report', '-o', fifo, '--yes']);
    expect(asFifo.code).toBe(1);
    expect(asFifo.stderr).toBe(`acct: cannot write ${fifo}: it is not a regular file (give -o the name of a file)\n`);

    const before = readFileSync(db);
    const asDb = await run(db, ['report', '-o', db, '--format', 'html', '--yes']);
    expect(asDb.code).not.toBe(0);
    expect(asDb.stderr).toContain(db);
    expect(readFileSync(db).equals(before)).toBe(true);

    const unknown = join(dir, 'review.xyz');
    const noFormat = await run(db, ['report', '-o', unknown]);
    expect(noFormat.code).toBe(2);
    expect(noFormat.stderr).toContain('add --format html');
    expect(existsSync(unknown)).toBe(false);
  });
});
