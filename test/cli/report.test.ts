/**
 * `acct report` end to end (in-process, real SQLite files). The fixture is
 * dated around "today" = 2026-03-15 (ACCT_NOW in test/helpers.ts), so the
 * default window is 2026-03-09 .. 2026-03-15 and its baseline is the end of
 * 2026-03-08.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttentionRule, ReportModel } from '../../src/domain/report.js';
import { ATTENTION_RULES } from '../../src/domain/report.js';
import { openStore } from '../../src/store/index.js';
import { ReportRepository } from '../../src/store/report.js';
import { comparableData } from '../store/report-data.js';
import type { NewAssessment } from '../../src/store/assessments.js';
import { run, setup, tempDb } from '../helpers.js';

const CREATED = '2025-06-01T08:00:00.000Z';

function assessment(accountId: number, assessedAt: string, keys: Partial<NewAssessment> & { driver?: string }) {
  const { driver, ...rest } = keys;
  return {
    accountId,
    assessedAt,
    answers: { buyingDriver: driver ?? 'senior-management', notes: 'a | pipe and "quotes"' },
    result: {}, // the report reads the key columns, not the result
    playbookVersions: {},
    stage: 'initial-cooperation',
    level: 'transactional',
    position: null,
    share: null,
    criteriaFit: 'safe',
    riskLevel: 'low',
    experienceProfile: 'generalist',
    experienceScore: 10,
    satisfaction: 4,
    singleThreaded: false,
    targetLevel: null,
    ...rest,
  } satisfies NewAssessment;
}

/**
 * - Alarm|Co (lin, tier A, secondary): fires every rule an assessed account can:
 *   risk rose, alarm fit, single-threaded, no executive, shift to specialist,
 *   purchasing took over, satisfaction low and dropped, overdue action,
 *   quiet after an order, not assessed for 30+ days.
 * - Ghost Key (lin, tier B, primary): never assessed, no contact ever logged.
 * - Control Co (wu, tier A, primary): healthy; fires nothing.
 * - Mover Ltd (lin, tier B, secondary): healthy; its stage moves exactly at the window boundary.
 */
async function fixture(path: string): Promise<Record<string, number>> {
  const store = await openStore(path, { create: true });
  const ids: Record<string, number> = {};
  // As acct assess does: the assessment is stored and the account record follows its results.
  const insertAssessment = store.assessments.insert.bind(store.assessments);
  store.assessments.insert = (record) => {
    const stored = insertAssessment(record);
    const patch = {
      stage: record.stage,
      level: record.level,
      ...(record.position ? { position: record.position } : {}),
    };
    store.accounts.update(record.accountId, patch, record.assessedAt);
    return stored;
  };
  store.write(() => {
    const account = (name: string, values: Record<string, string>) =>
      (ids[name] = store.accounts.insert({ name, ...values }, CREATED).id);
    account('Alarm|Co', { owner: 'lin', tier: 'A', position: 'secondary', stage: 'initial-cooperation' });
    account('Ghost Key', { owner: 'lin', tier: 'B', position: 'primary', stage: 'primary-supplier' });
    account('Control Co', { owner: 'wu', tier: 'A', position: 'primary', stage: 'primary-supplier' });
    account('Mover Ltd', { owner: 'lin', tier: 'B', position: 'secondary', stage: 'initial-cooperation' });
    const contact = (accountId: number, name: string, values: Record<string, string | number>) =>
      store.contacts.insert(accountId, { name, ...values }, CREATED);
    contact(ids['Alarm|Co']!, 'Wang Li', {
      department: 'purchasing',
      role: 'purchasing',
      strength: 3,
      seniority: 'staff',
    });
    for (const healthy of [ids['Control Co']!, ids['Mover Ltd']!]) {
      contact(healthy, `Boss ${healthy}`, { department: 'management', seniority: 'executive', strength: 4 });
      contact(healthy, `Engineer ${healthy}`, { department: 'technical', seniority: 'manager', strength: 3 });
      contact(healthy, `Buyer ${healthy}`, { department: 'purchasing', seniority: 'staff', strength: 2 });
    }

    const a = ids['Alarm|Co']!;
    store.assessments.insert(
      assessment(a, '2026-01-05T10:00:00.000Z', { riskLevel: 'low', satisfaction: 4, driver: 'engineering' }),
    );
    store.assessments.insert(
      assessment(a, '2026-02-01T10:00:00.000Z', {
        riskLevel: 'high',
        criteriaFit: 'alarm',
        experienceProfile: 'specialist',
        satisfaction: 2,
        driver: 'purchasing',
      }),
    );
    store.activities.insert(a, { date: '2026-01-20', type: 'visit', note: 'visit', contactIds: [] }, CREATED);
    store.activities.insert(a, { date: '2026-02-01', type: 'order', note: 'first order', contactIds: [] }, CREATED);
    store.actions.insert(a, { text: 'Meet the plant manager', owner: 'lin', due: '2026-03-01' }, CREATED);

    const c = ids['Control Co']!;
    store.assessments.insert(
      assessment(c, '2026-02-20T10:00:00.000Z', {
        stage: 'primary-supplier',
        riskLevel: 'medium',
        criteriaFit: 'alert',
        experienceProfile: 'specialist',
        satisfaction: 4,
        driver: 'purchasing',
        position: 'primary',
      }),
    );
    store.assessments.insert(
      assessment(c, '2026-03-05T10:00:00.000Z', {
        stage: 'primary-supplier',
        riskLevel: 'low',
        criteriaFit: 'safe',
        experienceProfile: 'generalist',
        satisfaction: 5,
        driver: 'purchasing',
        position: 'primary',
      }),
    );
    store.activities.insert(c, { date: '2026-03-12', type: 'visit', note: 'review', contactIds: [] }, CREATED);
    store.actions.insert(c, { text: 'Send the offer', due: '2026-03-20' }, CREATED);
    store.actions.insert(
      c,
      { text: 'Old, done', due: '2026-03-01', status: 'done', closedAt: '2026-02-28T09:00:00.000Z' },
      CREATED,
    );

    const m = ids['Mover Ltd']!;
    // The last instant before the window, exactly its first instant, and the first instant after as-of.
    store.assessments.insert(assessment(m, '2026-03-08T23:59:59.999Z', { satisfaction: 4 }));
    store.assessments.insert(
      assessment(m, '2026-03-09T00:00:00.000Z', { stage: 'primary-supplier', level: 'preferred-supplier' }),
    );
    store.assessments.insert(
      assessment(m, '2026-03-16T00:00:00.000Z', { stage: 'partnership', level: 'partner', riskLevel: 'high' }),
    );
    store.activities.insert(m, { date: '2026-03-14', type: 'call', note: 'call', contactIds: [] }, CREATED);
  });
  store.close();
  return ids;
}

let db: string;
let ids: Record<string, number>;

async function json(args: string[] = [], env: Record<string, string> = {}): Promise<ReportModel> {
  const result = await run(db, ['report', '--json', ...args], { env });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as ReportModel;
}

const rulesFor = (model: ReportModel, account: string): AttentionRule[] =>
  model.attention.filter((item) => item.account === account).map((item) => item.rule);

describe('acct report', () => {
  // One fixture for the whole file (helpers' tempDb is removed after each test).
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'acct-report-'));
    db = join(dir, 'acct.db');
    ids = await fixture(db);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fires every attention rule for the known accounts and none for the control account', async () => {
    const model = await json();
    expect(model.window).toEqual({ since: '2026-03-09', asOf: '2026-03-15', days: 7, baselineDate: '2026-03-08' });
    const alarm = rulesFor(model, 'Alarm|Co');
    const ghost = rulesFor(model, 'Ghost Key');
    expect(alarm).toEqual([
      'risk-rose',
      'criteria-alarm',
      'single-threaded',
      'no-executive',
      'experience-shift',
      'purchasing-took-over',
      'satisfaction-low',
      'satisfaction-dropped',
      'overdue-actions',
      'quiet-after-order',
      'not-assessed',
    ]);
    expect(ghost).toEqual(['single-threaded', 'no-contact', 'never-assessed']);

    // Re-assessed inside the window with nothing better: no longer "rose", still high, still listed.
    const steady = join(dir, 'steady.db');
    const steadyIds = await fixture(steady);
    const store = await openStore(steady, { create: false });
    store.write(() =>
      store.assessments.insert(
        assessment(steadyIds['Alarm|Co']!, '2026-03-10T10:00:00.000Z', {
          riskLevel: 'high',
          criteriaFit: 'alarm',
          experienceProfile: 'specialist',
          satisfaction: 2,
          driver: 'purchasing',
        }),
      ),
    );
    store.close();
    const steadyReport = JSON.parse((await run(steady, ['report', '--json'])).stdout) as ReportModel;
    const steadyRules = rulesFor(steadyReport, 'Alarm|Co');
    expect(steadyRules).toContain('risk-high');
    expect(steadyRules).not.toContain('risk-rose');
    expect(steadyReport.attention.find((a) => a.rule === 'risk-high')).toMatchObject({
      from: 'high',
      to: 'high',
      // The date risk became high and stayed so, not the date of the latest assessment.
      date: '2026-02-01',
      reason: 'risk is high (since 2026-02-01)',
    });
    expect(new Set([...alarm, ...ghost, ...steadyRules])).toEqual(new Set(Object.keys(ATTENTION_RULES)));
    expect(rulesFor(model, 'Control Co')).toEqual([]);
    expect(rulesFor(model, 'Mover Ltd')).toEqual([]);

    const reason = (rule: AttentionRule) => model.attention.find((item) => item.rule === rule)!;
    expect(reason('risk-rose')).toMatchObject({ from: 'low', to: 'high', date: '2026-02-01', group: 'risk' });
    expect(reason('satisfaction-dropped')).toMatchObject({ from: 4, to: 2 });
    expect(reason('purchasing-took-over')).toMatchObject({ from: 'engineering', to: 'purchasing' });
    expect(reason('overdue-actions')).toMatchObject({ owner: 'lin', count: 1, date: '2026-03-01', days: 14 });
    expect(reason('quiet-after-order')).toMatchObject({ date: '2026-02-01', days: 42 });
    expect(reason('not-assessed')).toMatchObject({ days: 42 });
    expect(reason('never-assessed').reason).toContain('primary');
  });

  it('reads the same from the rollup as from the tables for every window the tests use', async () => {
    const store = await openStore(db, { create: false });
    try {
      const repository = new ReportRepository(store.db);
      const sources = new Set<string>();
      for (const [since, asOf, end] of [
        ['2026-03-09', '2026-03-15', '2026-03-16'],
        ['2026-03-01', '2026-03-15', '2026-03-16'],
        ['2026-03-02', '2026-03-08', '2026-03-09'],
        ['2026-05-01', '2026-06-30', '2026-07-01'],
      ] as const) {
        const bounds = { since, asOf, end };
        const fast = repository.load(bounds);
        const tables = repository.load(bounds, { useRollup: false });
        sources.add(fast.source);
        expect(tables.source).toBe('tables');
        expect(comparableData(fast)).toEqual(comparableData(tables));
      }
      expect(sources).toEqual(new Set(['rollup', 'tables']));
    } finally {
      store.close();
    }
  });

  it('shows the portfolio with its change, and what moved exactly at the window start', async () => {
    const model = await json();
    expect(model.portfolio.accounts).toEqual({ start: 4, end: 4, change: 0 });
    const stage = (value: string) => model.portfolio.stages.find((row) => row.value === value);
    expect(stage('primary-supplier')).toEqual({ value: 'primary-supplier', start: 2, end: 3, change: 1 });
    expect(stage('initial-cooperation')).toMatchObject({ start: 2, end: 1, change: -1 });
    expect(stage('partnership')).toMatchObject({ end: 0 });
    const risk = (value: string) => model.portfolio.risk.find((row) => row.value === value);
    expect(risk('high')).toMatchObject({ start: 1, end: 1 });
    expect(risk('unassessed')).toMatchObject({ start: 1, end: 1 });
    expect(model.moved).toEqual([
      expect.objectContaining({
        account: 'Mover Ltd',
        field: 'stage',
        from: 'initial-cooperation',
        to: 'primary-supplier',
        direction: 'better',
        date: '2026-03-09',
      }),
      expect.objectContaining({
        account: 'Mover Ltd',
        field: 'level',
        from: 'transactional',
        to: 'preferred-supplier',
      }),
    ]);
  });

  it('moves the window boundaries with --since, --days and --as-of', async () => {
    // A window starting one day later: the 03-09 assessment is now the baseline.
    expect((await json(['--since', '2026-03-10'])).moved.map((m) => [m.field, m.from, m.to, m.date])).toEqual([]);
    expect((await json(['--days', '6'])).moved).toEqual([]);
    expect((await json(['--days', '7'])).moved).toHaveLength(2);
    // As of 03-08 the 03-09 assessment does not exist yet.
    const before = await json(['--as-of', '2026-03-08', '--days', '1']);
    expect(before.window).toMatchObject({ since: '2026-03-08', asOf: '2026-03-08', baselineDate: '2026-03-07' });
    // Its first assessment (03-08, the last instant) moves it from unassessed.
    expect(before.moved.map((m) => [m.account, m.field, m.from, m.to, m.date])).toEqual([
      ['Mover Ltd', 'risk', 'unassessed', 'low', '2026-03-08'],
    ]);
    expect(before.portfolio.stages.find((row) => row.value === 'primary-supplier')!.end).toBe(2);
    // The 03-16T00:00 assessment belongs to 03-16: outside by default, inside with --as-of 2026-03-16
    // (whose window starts 03-10, so the 03-09 assessment is its baseline).
    const later = await json(['--as-of', '2026-03-16']);
    expect(later.moved.filter((m) => m.field === 'stage')).toEqual([
      expect.objectContaining({ from: 'primary-supplier', to: 'partnership', date: '2026-03-16' }),
    ]);
    // ACCT_NOW fixes "today" the same way.
    const viaEnv = await run(db, ['report', '--json'], { env: { ACCT_NOW: '2026-03-16' } });
    expect((JSON.parse(viaEnv.stdout) as ReportModel).window.asOf).toBe('2026-03-16');
  });

  it('honours --stale-days, order-silence-days and --unassessed-days at the exact threshold', async () => {
    // Alarm|Co: last activity (an order) and last assessment 42 days before as-of.
    const silence = (days: number) => ({ ACCT_ORDER_SILENCE_DAYS: String(days) });
    expect(rulesFor(await json([], silence(42)), 'Alarm|Co')).toContain('quiet-after-order');
    expect(rulesFor(await json([], silence(43)), 'Alarm|Co')).not.toContain('quiet-after-order');
    // Not the gap after an order any more: then it is quiet by --stale-days (the setting stale-days).
    expect(rulesFor(await json(['--stale-days', '42'], silence(43)), 'Alarm|Co')).toContain('no-contact');
    expect(rulesFor(await json(['--stale-days', '43'], silence(43)), 'Alarm|Co')).not.toContain('no-contact');
    expect(rulesFor(await json([], { ...silence(43), ACCT_STALE_DAYS: '42' }), 'Alarm|Co')).toContain('no-contact');
    expect(rulesFor(await json(['--unassessed-days', '42']), 'Alarm|Co')).toContain('not-assessed');
    expect(rulesFor(await json(['--unassessed-days', '43']), 'Alarm|Co')).not.toContain('not-assessed');
  });

  it('filters by owner, and summarises every owner without --owner', async () => {
    const all = await json();
    expect(all.owners).toEqual([
      { owner: 'lin', accounts: 3, highRisk: 1, overdueActions: 1, needAttention: 2 },
      { owner: 'wu', accounts: 1, highRisk: 0, overdueActions: 0, needAttention: 0 },
    ]);
    const wu = await json(['--owner', 'WU']);
    expect(wu.owner).toBe('WU');
    expect(wu.portfolio.accounts.end).toBe(1);
    expect(wu.attention).toEqual([]);
    expect(wu.owners).toEqual([{ owner: 'wu', accounts: 1, highRisk: 0, overdueActions: 0, needAttention: 0 }]);
    const lin = await json(['--owner', 'lin']);
    expect(new Set(lin.attention.map((a) => a.account))).toEqual(new Set(['Alarm|Co', 'Ghost Key']));
    const typo = await run(db, ['report', '--owner', 'lni', '--json']);
    expect(typo.code).toBe(0);
    expect(typo.stderr).toContain('warning: nobody called "lni" owns an account or action');
    expect(JSON.parse(typo.stdout).portfolio.accounts.end).toBe(0);
  });

  it('prints plain tab-separated rows prefixed by their section when piped', async () => {
    const result = await run(db, ['report']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(/^(window|portfolio|moved|priority|also|attention|owner|trend)\t/);
    expect(lines.filter((line) => line.startsWith('priority\t')).map((line) => line.split('\t').slice(0, 4))).toEqual([
      ['priority', '1', 'Alarm|Co', 'lin'],
      ['priority', '2', 'Ghost Key', 'lin'],
    ]);
    expect(lines[0]).toBe('window\t2026-03-09\t2026-03-15\t7\t2026-03-08');
    expect(lines).toContain('portfolio\tstage\tprimary-supplier\t2\t3\t1');
    const attention = lines.filter((line) => line.startsWith('attention\t')).map((line) => line.split('\t'));
    expect(attention.find((row) => row[2] === 'quiet-after-order')).toEqual([
      'attention',
      'stale',
      'quiet-after-order',
      'Alarm|Co',
      'lin',
      'quiet since the order of 2026-02-01: no contact for 42 days',
      '2026-02-01',
      '42',
    ]);
    expect(result.stdout).not.toMatch(/\x1b\[/);
  });

  it('shows sections, a bar chart and coloured risk on a terminal', async () => {
    const result = await run(db, ['report'], { tty: true, env: { FORCE_COLOR: '1' } });
    expect(result.code).toBe(0);
    const text = result.stdout.replace(/\x1b\[[0-9;]*m/g, '');
    // Priorities first, then owners, then what moved, the portfolio last.
    const headings = ['Needs you this week (2 accounts)', 'Per owner', 'What moved (2)', 'Portfolio at a glance'];
    const at = headings.map((heading) => text.indexOf(heading));
    expect(at.every((index) => index >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toMatch(/primary-supplier\s+3\s+\+1\s+█+/);
    // One row per account, all its reasons merged, and what to do next.
    const alarmRow = text.split('\n').filter((line) => line.includes('Alarm|Co') && /^\s*1\s/.test(line));
    expect(alarmRow).toHaveLength(1);
    expect(text).toContain('risk rose: low → high');
    expect(text).toContain('Meet the plant manager (due 2026-03-01)');
    const limited = await run(db, ['report', '--limit', '1', '--no-color'], { tty: true });
    expect(limited.stdout).toContain('… and 1 more, less severe');
    expect(limited.stdout).toContain('Alarm|Co');
    expect(limited.stdout).not.toMatch(/^\s*2\s+Ghost Key/m);
    expect(result.stdout).toContain('\x1b[31mhigh\x1b[39m');
    const plainTty = await run(db, ['report', '--no-color'], { tty: true });
    expect(plainTty.stdout).not.toMatch(/\x1b\[/);
    expect(plainTty.stdout).toContain('Weekly review 2026-03-09 → 2026-03-15 (7 days)');
  });

  it('writes CSV with one row per line item', async () => {
    const result = await run(db, ['report', '--format', 'csv']);
    expect(result.code).toBe(0);
    const rows = parseCsv(result.stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining(['section', 'account', 'owner', 'reason', 'from', 'to']),
    );
    expect(rows.filter((row) => row.section === 'moved')).toEqual([
      expect.objectContaining({
        kind: 'stage',
        account: 'Mover Ltd',
        from: 'initial-cooperation',
        to: 'primary-supplier',
      }),
      expect.objectContaining({ kind: 'level', account: 'Mover Ltd' }),
    ]);
    const alarm = rows.filter((row) => row.section === 'attention' && row.account === 'Alarm|Co');
    expect(alarm.map((row) => row.kind)).toContain('satisfaction-dropped');
    expect(alarm.find((row) => row.kind === 'risk-rose')).toMatchObject({ from: 'low', to: 'high', owner: 'lin' });
    expect(rows.filter((row) => row.section === 'owner').map((row) => [row.owner, row.accounts])).toEqual([
      ['lin', '3'],
      ['wu', '1'],
    ]);
    // Negative changes stay numbers; a name that looks like a formula is neutralised as in acct export.
    expect(rows.some((row) => row.change?.startsWith('-'))).toBe(true);
    const formula = join(dir, 'formula.db');
    await setup(formula, ['add', '--', '=HYPERLINK("http://x")']);
    const csv = parseCsv((await run(formula, ['report', '--format', 'csv'])).stdout, { columns: true }) as Record<
      string,
      string
    >[];
    expect(csv.find((row) => row.kind === 'no-contact')?.account).toBe(`'=HYPERLINK("http://x")`);
  });

  it('writes Markdown that renders as headings and GitHub tables, pipes escaped', async () => {
    const result = await run(db, ['report', '--format', 'markdown']);
    expect(result.code).toBe(0);
    const md = result.stdout;
    expect(md.split('\n')[0]).toBe('# Weekly review 2026-03-09 → 2026-03-15 (7 days)');
    for (const heading of ['## Portfolio at a glance', '## What moved', '## Needs attention', '## Per owner'])
      expect(md).toContain(`\n${heading}\n`);
    expect(md).toContain('\n4 accounts.\n');
    const year = await run(db, ['report', '--format', 'markdown', '--since', '2025-05-01']);
    expect(year.stdout).toContain('\n4 accounts (+4 this period).\n');
    // Parse every table back: same number of cells on each row, header separator present.
    const tables = parseMarkdownTables(md);
    expect(tables.length).toBeGreaterThanOrEqual(6);
    for (const table of tables) for (const row of table.rows) expect(row).toHaveLength(table.header.length);
    const moved = tables.find((t) => t.header.join() === 'Account,Owner,What,From,To,Date')!;
    expect(moved.rows[0]).toEqual([
      'Mover Ltd',
      'lin',
      'stage',
      'initial-cooperation',
      'primary-supplier',
      '2026-03-09',
    ]);
    const risk = tables.find((t) => t.header.join() === 'Account,Owner,Reason' && t.rows[0]![0] === 'Alarm|Co')!;
    expect(risk.rows[0]).toEqual(['Alarm|Co', 'lin', 'risk rose: low → high']);
    expect(md).toContain('Alarm\\|Co');
  });

  it('refuses contradictory or malformed flags with a usage error', async () => {
    expect((await run(db, ['report', '--since', '2026-03-01', '--days', '3'])).code).toBe(2);
    expect((await run(db, ['report', '--days', '0'])).code).toBe(2);
    expect((await run(db, ['report', '--since', '2026-04-01'])).code).toBe(2);
    expect((await run(db, ['report', '--as-of', 'someday'])).stderr).toContain('not a date');
    expect((await run(db, ['report', '--format', 'pdf'])).stderr).toContain('unknown --format "pdf"');
    const both = await run(db, ['report', '--json', '--format', 'csv']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--json and --format csv ask for two formats');
    expect((await run(db, ['report', '--json', '--format', 'json'])).code).toBe(0);
    for (const bad of ['abc', '-1', '2.5']) {
      const result = await run(db, ['report', '--limit', bad]);
      expect(result.code, bad).toBe(2);
      expect(result.stderr, bad).toContain('--limit');
      expect(result.stderr.trim().split('\n')[0], bad).not.toMatch(/^\s+at /);
    }
  });

  it('caps --json like the terminal, with totals for every list; --limit 0 gives them all', async () => {
    const all = await json(['--limit', '0']);
    expect(all.limit).toBe(0);
    // The fixture has more than one of each, or the cap would prove nothing.
    expect(all.priorities.length).toBeGreaterThan(1);
    expect(all.moved.length).toBeGreaterThan(1);
    expect(all.totals.priorities).toBe(all.priorities.length);
    expect(all.totals.moved).toBe(all.moved.length);
    const capped = await json(['--limit', '1']);
    expect(capped.limit).toBe(1);
    expect(capped.priorities).toEqual([all.priorities[0]]);
    expect(capped.moved).toHaveLength(1);
    expect(capped.totals).toEqual(all.totals);
    for (const group of Object.keys(all.totals.attention) as (keyof ReportModel['totals']['attention'])[]) {
      expect(capped.attention.filter((item) => item.group === group).length).toBe(
        Math.min(1, all.totals.attention[group]),
      );
    }
    expect((await json()).limit).toBe(25);
    // On a terminal the cut moves are counted under the table.
    const text = (await run(db, ['report', '--limit', '1', '--no-color'], { tty: true })).stdout;
    expect(text).toContain(`… and ${all.moved.length - 1} more change`);
  });

  it('reports an empty portfolio without creating the database', async () => {
    const fresh = tempDb();
    const result = await run(fresh, ['report', '--json']);
    expect(result.code).toBe(0);
    const model = JSON.parse(result.stdout) as ReportModel;
    expect(model.portfolio.accounts.end).toBe(0);
    expect(model.attention).toEqual([]);
    // --db named a file that is not there: most likely a typo, so say so (the data stays empty and valid).
    expect(result.stderr).toBe(
      `warning: no database at ${fresh} yet; showing an empty portfolio (check --db or ACCT_DB)\n`,
    );
    expect(existsSync(fresh)).toBe(false);
    void ids;
  });
});

interface MdTable {
  header: string[];
  rows: string[][];
}

/** Splits GitHub table rows on unescaped pipes and unescapes the cells. */
function parseMarkdownTables(md: string): MdTable[] {
  const tables: MdTable[] = [];
  const lines = md.split('\n');
  const cells = (line: string) =>
    line
      .slice(2, -2)
      .split(/(?<!\\) \| /)
      .map((cell) => cell.replace(/\\(.)/g, '$1'));
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('| ') || !lines[i + 1]?.match(/^\| (-{3}:?|-{3})( \| -{3}:?)* \|$/)) continue;
    const table: MdTable = { header: cells(lines[i]!), rows: [] };
    i += 2;
    while (i < lines.length && lines[i]!.startsWith('| ')) table.rows.push(cells(lines[i++]!));
    tables.push(table);
  }
  return tables;
}

describe('acct report --mine', () => {
  let mineDir: string;
  beforeAll(async () => {
    mineDir = mkdtempSync(join(tmpdir(), 'acct-report-mine-'));
    db = join(mineDir, 'acct.db');
    await fixture(db);
  });
  afterAll(() => rmSync(mineDir, { recursive: true, force: true }));

  it('is the configured owner, in every format; without one it says how to set it', async () => {
    const mine = { ACCT_OWNER: 'wu' };
    for (const format of ['json', 'plain', 'markdown', 'csv', 'table']) {
      const viaMine = await run(db, ['report', '--mine', '--format', format], { env: mine });
      const viaOwner = await run(db, ['report', '--owner', 'wu', '--format', format]);
      expect(viaMine.code, viaMine.stderr).toBe(0);
      expect(viaMine.stdout).toBe(viaOwner.stdout);
    }
    const model = JSON.parse((await run(db, ['report', '--mine', '--json'], { env: mine })).stdout) as ReportModel;
    expect(model.owner).toBe('wu');
    expect(model.owners.map((o) => o.owner)).toEqual(['wu']);
    expect(model.portfolio.accounts.end).toBe(1);
    const none = await run(db, ['report', '--mine']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('acct: --mine needs to know who you are');
    expect(none.stdout).toBe('');
    const both = await run(db, ['report', '--mine', '--owner', 'lin'], { env: mine });
    expect(both.code).toBe(2);
  });
});

describe('acct report --format text', () => {
  let textDir: string;
  beforeAll(async () => {
    textDir = mkdtempSync(join(tmpdir(), 'acct-report-text-'));
    db = join(textDir, 'acct.db');
    await fixture(db);
  });
  afterAll(() => rmSync(textDir, { recursive: true, force: true }));

  it('is the human report without colour, even on a terminal; piped stays tab-separated', async () => {
    const tty = await run(db, ['report', '--format', 'text'], { tty: true, env: { FORCE_COLOR: '1' } });
    expect(tty.code).toBe(0);
    expect(tty.stdout).not.toMatch(/\x1b\[/);
    expect(tty.stdout).toContain('Needs you this week (2 accounts)');
    const piped = await run(db, ['report', '--format', 'text']);
    expect(piped.stdout).toContain('Needs you this week (2 accounts)');
    expect(piped.stdout).not.toMatch(/\x1b\[/);
    // Redirected into an e-mail, the tables keep their headings and columns: no tab-separated rows.
    expect(piped.stdout).toMatch(/^OWNER +ACCOUNTS +HIGH RISK/m);
    expect(piped.stdout).not.toContain('\t');
    const plain = await run(db, ['report']);
    expect(plain.stdout.split('\n')[0]).toMatch(/^window\t/);
  });
});

describe('the "also" line on a terminal', () => {
  it('is capped by --limit like the priorities, saying how many more there are', async () => {
    const db = tempDb();
    const january = { env: { ACCT_NOW: '2026-01-01T10:00:00Z' } };
    for (const name of ['Alpha', 'Beta', 'Gamma']) {
      expect((await run(db, ['add', name, '--owner', 'lin'], january)).code).toBe(0);
    }
    const capped = await run(db, ['report', '--limit', '1', '--no-color'], { tty: true });
    expect(capped.stdout).toContain('Also: Alpha (no recent contact), and 2 more (all with --limit 0)');
    expect(capped.stdout).not.toContain('Beta');
    const all = await run(db, ['report', '--limit', '0', '--no-color'], { tty: true });
    expect(all.stdout).toMatch(/Also: Alpha \(no recent contact\), Beta \(no recent contact\), Gamma/);
    expect(all.stdout).not.toContain('more (all with --limit 0)');
  });
});
