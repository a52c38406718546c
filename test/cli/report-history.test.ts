/**
 * The weekly review replays past weeks exactly from the stored change
 * history (issue 13, points 1 and 2): every change of stage, level,
 * position and risk counts as a move on its own date, whatever made it
 * (acct add, acct edit, acct import, an assessment), and `--as-of` gives the
 * same week whenever it is asked. The expectations below are worked out by
 * hand from the timeline.
 *
 * Timeline (weeks 03-02..03-08, 03-09..03-15, 03-16..03-22):
 * - 02-20 add Alpha (secondary: initial cooperation), Beta (prospect: development), Gamma (primary)
 * - 03-03 acct edit Alpha --stage primary-supplier (the position follows: primary)
 * - 03-10 acct import: Beta, secondary, at initial-cooperation
 * - 03-12 acct assess Gamma, rivals fit and very dissatisfied: risk high (a first assessment)
 * - 03-18 acct edit Gamma --level partner; acct edit Beta --position candidate (its stage follows: development)
 * - 03-19 acct assess Gamma again, the same answers: still high; the stage follows the level (partnership)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/domain/report.js';
import { SECONDARY_SUPPLIER_ANSWERS } from '../answers.js';
import { run } from '../helpers.js';

// One database for the whole timeline (the helpers' temp dirs go after each test).
const dir = mkdtempSync(join(tmpdir(), 'acct-history-'));
const db = join(dir, 'acct.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function at(date: string, args: string[]): Promise<void> {
  const result = await run(db, args, { env: { ACCT_NOW: `${date}T10:00:00Z` } });
  expect(result.stderr.includes('acct:'), result.stderr).toBe(false);
  expect(result.code, result.stderr).toBe(0);
}

async function week(asOf: string, now = '2026-04-01T10:00:00Z', extra: string[] = []): Promise<ReportModel> {
  const result = await run(db, ['report', '--json', ...(asOf ? ['--as-of', asOf] : []), ...extra], {
    env: { ACCT_NOW: now },
  });
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as ReportModel;
}

const moves = (model: ReportModel) => model.moved.map((m) => [m.account, m.field, m.from, m.to, m.date]);
const counts = (rows: ReportModel['portfolio']['stages']) =>
  Object.fromEntries(rows.filter((row) => row.start + row.end > 0).map((row) => [row.value, [row.start, row.end]]));

beforeAll(async () => {
  await at('2026-02-20', ['add', 'Alpha', '--owner', 'lin', '--position', 'secondary']);
  await at('2026-02-20', ['add', 'Beta', '--owner', 'lin']);
  await at('2026-02-20', ['add', 'Gamma', '--owner', 'wu', '--position', 'primary']);
  await at('2026-03-03', ['edit', 'Alpha', '--stage', 'primary-supplier']);
  const csv = join(db, '..', 'accounts.csv');
  writeFileSync(csv, 'name,position,stage\nBeta,secondary,initial-cooperation\n');
  await at('2026-03-10', ['import', csv]);
  const answers = join(db, '..', 'gamma.json');
  writeFileSync(
    answers,
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
  const assess = ['assess', 'Gamma', '--answers', answers, '--accept', 'none', '--no-input'];
  await at('2026-03-12', assess);
  await at('2026-03-18', ['edit', 'Gamma', '--level', 'partner']);
  await at('2026-03-18', ['edit', 'Beta', '--position', 'candidate']);
  await at('2026-03-19', assess);
});

describe('acct report replays past weeks from the change history', () => {
  it('week 1: an edit moves the stage and the position it brings', async () => {
    const model = await week('2026-03-08');
    expect(moves(model)).toEqual([
      ['Alpha', 'stage', 'initial-cooperation', 'primary-supplier', '2026-03-03'],
      ['Alpha', 'position', 'secondary', 'primary', '2026-03-03'],
    ]);
    // The stage table's CHANGE column agrees with the moves.
    expect(counts(model.portfolio.stages)).toEqual({
      development: [1, 1],
      'initial-cooperation': [1, 0],
      'primary-supplier': [1, 2],
    });
    expect(counts(model.portfolio.risk)).toEqual({ unassessed: [3, 3] });
  });

  it('week 2: an import and a first assessment move accounts', async () => {
    const model = await week('2026-03-15');
    expect(moves(model)).toEqual([
      ['Beta', 'stage', 'development', 'initial-cooperation', '2026-03-10'],
      ['Beta', 'position', 'none', 'secondary', '2026-03-10'],
      ['Gamma', 'risk', 'unassessed', 'high', '2026-03-12'],
    ]);
    expect(counts(model.portfolio.stages)).toEqual({
      development: [1, 0],
      'initial-cooperation': [0, 1],
      'primary-supplier': [2, 2],
    });
    expect(counts(model.portfolio.risk)).toEqual({ high: [0, 1], unassessed: [3, 2] });
    expect(model.attention.find((a) => a.account === 'Gamma' && a.rule === 'risk-high')?.reason).toBe(
      'risk is high (since 2026-03-12)',
    );
  });

  it('week 3: edits of level and position move; high risk keeps the date it became high', async () => {
    const model = await week('2026-03-22');
    expect(moves(model)).toEqual([
      // A candidate without a share is in development (the edit's stage rule, docs/domain.md §7).
      ['Beta', 'stage', 'initial-cooperation', 'development', '2026-03-18'],
      ['Beta', 'position', 'secondary', 'candidate', '2026-03-18'],
      // The re-assessment derives the stage from the new level.
      ['Gamma', 'stage', 'primary-supplier', 'partnership', '2026-03-19'],
      ['Gamma', 'level', 'transactional', 'partner', '2026-03-18'],
    ]);
    expect(counts(model.portfolio.stages)).toEqual({
      development: [0, 1],
      'initial-cooperation': [1, 0],
      'primary-supplier': [2, 1],
      partnership: [0, 1],
    });
    expect(counts(model.portfolio.levels)).toEqual({ transactional: [3, 2], partner: [0, 1] });
    expect(counts(model.portfolio.risk)).toEqual({ high: [1, 1], unassessed: [2, 2] });
    // Re-assessed on 03-19 and still high: high since 03-12, not since the latest assessment.
    expect(model.attention.find((a) => a.account === 'Gamma' && a.rule === 'risk-high')).toMatchObject({
      reason: 'risk is high (since 2026-03-12)',
      date: '2026-03-12',
    });
  });

  it('gives the same week whenever it is asked: --as-of reads nothing of "now"', async () => {
    const atTheTime = await week('', '2026-03-15T18:00:00Z');
    const later = await week('2026-03-15', '2027-01-01T10:00:00Z');
    expect(later).toEqual(atTheTime);
  });
});
