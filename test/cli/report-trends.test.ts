/**
 * Trends in the weekly review (issue 13, point 5): counts by stage and risk
 * at the end of each of the last 8 weeks, for the portfolio and per owner,
 * replayed from the stored change history. Expectations are worked out by
 * hand from the timeline below (weeks end on Sundays; as of 2026-03-22 the
 * eight weeks end 02-01, 02-08, 02-15, 02-22, 03-01, 03-08, 03-15, 03-22).
 *
 * Timeline:
 * - 01-20 add Alpha (lin, secondary: initial cooperation), Beta (lin, prospect: development)
 * - 02-03 add Gamma (wu, primary: primary supplier)
 * - 02-10 assess Gamma, rivals fit and very dissatisfied: risk high
 * - 02-17 acct edit Alpha --stage primary-supplier
 * - 03-04 acct edit Beta --stage initial-cooperation
 * - 03-11 assess Alpha as a secondary supplier: risk medium, stage back to initial cooperation
 * - 03-20 add Delta (lin)
 * - 03-25 acct edit Beta --stage development: after the as-of day, never counted
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/domain/report.js';
import { SECONDARY_SUPPLIER_ANSWERS } from '../answers.js';
import { run } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'acct-trends-'));
const db = join(dir, 'acct.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function at(date: string, args: string[]): Promise<void> {
  const result = await run(db, args, { env: { ACCT_NOW: `${date}T10:00:00Z` } });
  expect(result.stderr.includes('acct:'), result.stderr).toBe(false);
  expect(result.code, result.stderr).toBe(0);
}

async function report(args: string[], now = '2026-04-01T10:00:00Z') {
  return run(db, ['report', '--as-of', '2026-03-22', ...args], { env: { ACCT_NOW: now } });
}

async function model(args: string[] = []): Promise<ReportModel> {
  const result = await report(['--json', ...args]);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as ReportModel;
}

beforeAll(async () => {
  await at('2026-01-20', ['add', 'Alpha', '--owner', 'lin', '--position', 'secondary']);
  await at('2026-01-20', ['add', 'Beta', '--owner', 'lin']);
  await at('2026-02-03', ['add', 'Gamma', '--owner', 'wu', '--position', 'primary']);
  const gamma = join(dir, 'gamma.json');
  writeFileSync(
    gamma,
    JSON.stringify({
      ...SECONDARY_SUPPLIER_ANSWERS,
      supplierPosition: 'primary',
      shareOfWallet: 70,
      purchaseCriteria: 'rivals-fit',
      satisfaction: 1,
      prioritySupply: false,
      counterpartTeam: false,
      strategicAlignment: 'partly',
    }),
  );
  await at('2026-02-10', ['assess', 'Gamma', '--answers', gamma, '--accept', 'none', '--no-input']);
  await at('2026-02-17', ['edit', 'Alpha', '--stage', 'primary-supplier']);
  await at('2026-03-04', ['edit', 'Beta', '--stage', 'initial-cooperation']);
  const alpha = join(dir, 'alpha.json');
  writeFileSync(alpha, JSON.stringify({ ...SECONDARY_SUPPLIER_ANSWERS, satisfaction: 4 }));
  await at('2026-03-11', ['assess', 'Alpha', '--answers', alpha, '--accept', 'none', '--no-input']);
  await at('2026-03-20', ['add', 'Delta', '--owner', 'lin']);
  await at('2026-03-25', ['edit', 'Beta', '--stage', 'development']);
});

/** The non-zero lines of a series, as value -> counts per week. */
const nonZero = (lines: ReportModel['trends']['portfolio']['stages']) =>
  Object.fromEntries(lines.filter((line) => line.counts.some((n) => n > 0)).map((line) => [line.value, line.counts]));

describe('acct report trends: the last 8 weeks from the change history', () => {
  it('counts the portfolio by stage and risk at the end of each week', async () => {
    const { trends } = await model();
    expect(trends.weeks).toEqual([
      '2026-02-01',
      '2026-02-08',
      '2026-02-15',
      '2026-02-22',
      '2026-03-01',
      '2026-03-08',
      '2026-03-15',
      '2026-03-22',
    ]);
    //                                   02-01 02-08 02-15 02-22 03-01 03-08 03-15 03-22
    expect(trends.portfolio.accounts).toEqual([2, 3, 3, 3, 3, 3, 3, 4]);
    expect(nonZero(trends.portfolio.stages)).toEqual({
      development: [1, 1, 1, 1, 1, 0, 0, 1], // Beta until 03-04; Delta from 03-20 (Beta's 03-25 edit is later)
      'initial-cooperation': [1, 1, 1, 0, 0, 1, 2, 2], // Alpha until 02-17 and from 03-11; Beta from 03-04
      'primary-supplier': [0, 1, 1, 2, 2, 2, 1, 1], // Gamma from 02-03; Alpha 02-17 .. 03-11
    });
    expect(nonZero(trends.portfolio.risk)).toEqual({
      medium: [0, 0, 0, 0, 0, 0, 1, 1], // Alpha's first assessment, 03-11
      high: [0, 0, 1, 1, 1, 1, 1, 1], // Gamma's first assessment, 02-10
      unassessed: [2, 3, 2, 2, 2, 2, 1, 2],
    });
    // Every known value has a line, zeros included: the shape never depends on the data.
    expect(trends.portfolio.stages.map((line) => line.value)).toEqual([
      'development',
      'initial-cooperation',
      'primary-supplier',
      'partnership',
      'strategic-alliance',
    ]);
    expect(trends.portfolio.risk.map((line) => line.value)).toEqual(['low', 'medium', 'high', 'unassessed']);
  });

  it('counts each owner separately', async () => {
    const { trends } = await model();
    expect(trends.owners.map((o) => [o.owner, o.accounts])).toEqual([
      ['lin', [2, 2, 2, 2, 2, 2, 2, 3]],
      ['wu', [0, 1, 1, 1, 1, 1, 1, 1]],
    ]);
    const [lin, wu] = trends.owners;
    expect(nonZero(lin!.stages)).toEqual({
      development: [1, 1, 1, 1, 1, 0, 0, 1],
      'initial-cooperation': [1, 1, 1, 0, 0, 1, 2, 2],
      'primary-supplier': [0, 0, 0, 1, 1, 1, 0, 0],
    });
    expect(nonZero(lin!.risk)).toEqual({ medium: [0, 0, 0, 0, 0, 0, 1, 1], unassessed: [2, 2, 2, 2, 2, 2, 1, 2] });
    expect(nonZero(wu!.stages)).toEqual({ 'primary-supplier': [0, 1, 1, 1, 1, 1, 1, 1] });
    expect(nonZero(wu!.risk)).toEqual({ high: [0, 0, 1, 1, 1, 1, 1, 1], unassessed: [0, 1, 0, 0, 0, 0, 0, 0] });
  });

  it('--owner filters the trends to that owner (case-insensitive)', async () => {
    const { trends } = await model(['--owner', 'WU']);
    expect(trends.owners.map((o) => o.owner)).toEqual(['wu']);
    expect(trends.portfolio.accounts).toEqual([0, 1, 1, 1, 1, 1, 1, 1]);
    expect(nonZero(trends.portfolio.risk)).toEqual({
      high: [0, 0, 1, 1, 1, 1, 1, 1],
      unassessed: [0, 1, 0, 0, 0, 0, 0, 0],
    });
  });

  it('an earlier as-of day gives the same weeks, read from history alone', async () => {
    const later = (await model()).trends;
    const result = await run(db, ['report', '--as-of', '2026-03-15', '--json'], {
      env: { ACCT_NOW: '2027-01-01T10:00:00Z' },
    });
    const earlier = (JSON.parse(result.stdout) as ReportModel).trends;
    expect(earlier.weeks[7]).toBe('2026-03-15');
    // The seven weeks both reports share have the same counts.
    expect(earlier.portfolio.stages.map((line) => line.counts.slice(1))).toEqual(
      later.portfolio.stages.map((line) => line.counts.slice(0, 7)),
    );
    expect(earlier.portfolio.risk.map((line) => line.counts.slice(1))).toEqual(
      later.portfolio.risk.map((line) => line.counts.slice(0, 7)),
    );
    // Week ending 01-25: Alpha and Beta (added 01-20).
    expect(earlier.portfolio.accounts).toEqual([2, 2, 3, 3, 3, 3, 3, 3]);
  });
});

describe('acct report trends in every format', () => {
  it('piped: trend records of a documented shape, every line with 8 weekly counts', async () => {
    const result = await report(['--format', 'plain']);
    const rows = result.stdout
      .split('\n')
      .filter((line) => line.startsWith('trend\t'))
      .map((line) => line.split('\t'));
    expect(rows[0]).toEqual(['trend', 'weeks', '', 'week', 'end', ...(await model()).trends.weeks]);
    expect(rows.every((row) => row.length === 13)).toBe(true);
    const find = (scope: string, owner: string, kind: string, value: string) =>
      rows.find((row) => row.slice(1, 5).join('|') === [scope, owner, kind, value].join('|'))?.slice(5);
    expect(find('portfolio', '', 'accounts', 'total')).toEqual(['2', '3', '3', '3', '3', '3', '3', '4']);
    expect(find('portfolio', '', 'stage', 'primary-supplier')).toEqual(['0', '1', '1', '2', '2', '2', '1', '1']);
    expect(find('owner', 'wu', 'risk', 'high')).toEqual(['0', '0', '1', '1', '1', '1', '1', '1']);
    expect(find('owner', 'lin', 'stage', 'partnership')).toEqual(['0', '0', '0', '0', '0', '0', '0', '0']);
  });

  it('markdown: a small table per week, and high risk by owner', async () => {
    const { stdout } = await report(['--format', 'markdown']);
    expect(stdout).toContain('## Trends: 8 weeks, 2026-02-01 → 2026-03-22');
    expect(stdout).toContain('| Series | 02-01 | 02-08 | 02-15 | 02-22 | 03-01 | 03-08 | 03-15 | 03-22 |');
    expect(stdout).toContain('| stage primary-supplier | 0 | 1 | 1 | 2 | 2 | 2 | 1 | 1 |');
    expect(stdout).toContain('| risk high | 0 | 0 | 1 | 1 | 1 | 1 | 1 | 1 |');
    expect(stdout).toContain('| wu | 0 | 0 | 1 | 1 | 1 | 1 | 1 | 1 |');
    expect(stdout.endsWith('|\n')).toBe(true);
  });

  it('terminal: a sparkline and then → now per series, and per owner', async () => {
    const { stdout, code } = await run(db, ['report', '--as-of', '2026-03-22', '--no-color'], {
      tty: true,
      env: { ACCT_NOW: '2026-04-01T10:00:00Z' },
    });
    expect(code).toBe(0);
    const section = stdout.slice(stdout.indexOf('Trends: 8 weeks, 2026-02-01 → 2026-03-22'));
    expect(section).toMatch(/^stage +primary-supplier + ▄▄███▄▄ +0 → 1$/m);
    expect(section).toMatch(/^risk +high + {2}██████ +0 → 1$/m);
    expect(section).toMatch(/^accounts + ▄▆▆▆▆▆▆█ +2 → 4$/m);
    expect(section).toMatch(/^wu + ███████ +0 → 1 + {2}██████ +0 → 1$/m);
  });
});
