/**
 * Issue 14 point 4: a header that could name two fields (等级, 级别, Level,
 * Grade, 类型) is read by its column's values; English aliases count; an
 * unrecognised column is reported once, with the closest field.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { valueFits } from '../../src/domain/import.js';
import { ACCOUNT_ALIASES, AMBIGUOUS_BY_TYPE } from '../../src/io/aliases.js';
import { matchHeaders, resolveAmbiguous } from '../../src/io/headers.js';
import { run, tempDb } from '../helpers.js';

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'import', name);

async function importAccounts(
  file: string,
  ...flags: string[]
): Promise<{
  result: { code: number; stderr: string };
  accounts: {
    name: string;
    tier: string | null;
    level: string;
    position: string;
    owner: string | null;
    externalId: string | null;
  }[];
}> {
  const db = tempDb();
  const result = await run(db, ['import', fixture(file), ...flags]);
  const list = await run(db, ['list', '--json']);
  return { result, accounts: list.code === 0 ? JSON.parse(list.stdout) : [] };
}

describe('an ambiguous header is read by its values', () => {
  it('等级 holding A/B/C is the customer grade (tier), never refused as a level', async () => {
    const { result, accounts } = await importAccounts('grade-abc.csv');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('partner');
    expect(accounts.map((a) => [a.name, a.tier, a.level]).sort()).toEqual([
      ['北方化工', 'C', 'transactional'],
      ['华东机械', 'A', 'transactional'],
      ['华南五金', 'B', 'transactional'],
    ]);
  });

  it('等级 holding 交易型/伙伴 is the relationship level', async () => {
    const { result, accounts } = await importAccounts('level-words.csv');
    expect(result.code, result.stderr).toBe(0);
    expect(accounts.map((a) => [a.name, a.tier, a.level]).sort()).toEqual([
      ['华东机械', null, 'transactional'],
      ['华南五金', null, 'partner'],
    ]);
  });

  it('Grade and Level side by side: each column its own field', async () => {
    const { result, accounts } = await importAccounts('grade-and-level.csv');
    expect(result.code, result.stderr).toBe(0);
    expect(accounts.map((a) => [a.name, a.tier, a.level]).sort()).toEqual([
      ['Acme', 'A', 'preferred-supplier'],
      ['Bolt', 'C', 'transactional'],
    ]);
  });

  it('级别 next to a 客户等级 column (tier taken) is the level', async () => {
    const { result, accounts } = await importAccounts('tier-taken.csv');
    expect(result.code, result.stderr).toBe(0);
    expect(accounts.map((a) => [a.name, a.tier, a.level])).toEqual([['华东机械', 'A', 'preferred-supplier']]);
  });

  it('a 类型 column whose values fit neither field is reported once with the closest field, not refused row by row', async () => {
    // 类型 alone would read as an activity log's type column: the type is given.
    const { result, accounts } = await importAccounts('unknown-columns.csv', '--type', 'accounts');
    expect(result.code, result.stderr).toBe(0);
    expect(accounts.map((a) => a.name)).toEqual(['华东机械']);
    const warnings = result.stderr.split('\n').filter((line) => line.includes('unknown column'));
    expect(warnings.sort()).toEqual([
      expect.stringContaining('ignoring unknown column "Ownr" (closest field: owner; map it with --map "Ownr=owner"'),
      expect.stringContaining('ignoring unknown column "类型" (closest field: tier; map it with --map "类型=tier"'),
    ]);
  });

  it('等级 beside a plain level column (关系层级, the heading acct prints) is the grade, not a duplicate', () => {
    const headers = ['客户名称', '等级', '关系层级', '合作阶段'];
    const match = matchHeaders(headers, ACCOUNT_ALIASES, {}, AMBIGUOUS_BY_TYPE.accounts);
    expect(match.duplicates).toEqual([]);
    const settled = resolveAmbiguous(headers, match, [['x', 'A类', '交易型', '初期合作']], valueFits('accounts'));
    expect(settled.mapping).toEqual(['name', 'tier', 'level', 'stage']);
    expect(settled.unknown).toEqual([]);
  });

  it('the choice is made per column from the rows, the first field on a tie or when the column is empty', () => {
    const headers = ['name', '等级'];
    const match = matchHeaders(headers, ACCOUNT_ALIASES, {}, AMBIGUOUS_BY_TYPE.accounts);
    expect(match.mapping).toEqual(['name', 'level']);
    expect(match.ambiguous).toEqual([{ index: 1, candidates: ['level', 'tier'] }]);
    const fits = valueFits('accounts');
    const settle = (rows: string[][]) => resolveAmbiguous(headers, match, rows, fits).mapping[1];
    expect(
      settle([
        ['x', 'A'],
        ['y', 'B类'],
        ['z', '重点客户'],
      ]),
    ).toBe('tier');
    expect(
      settle([
        ['x', '伙伴'],
        ['y', 'A'],
      ]),
    ).toBe('level');
    expect(
      settle([
        ['x', ''],
        ['y', ''],
      ]),
    ).toBe('level');
    expect(settle([])).toBe('level');
    expect(settle([['x', '制造业']])).toBeNull();
  });
});

describe('English aliases', () => {
  it('supplier_position, Account Owner and Record ID are account fields', async () => {
    const { result, accounts } = await importAccounts('english-aliases.csv');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('unknown column');
    expect(accounts.map((a) => [a.name, a.position, a.owner, a.externalId])).toEqual([
      ['Acme', 'secondary', 'lin', '0011'],
    ]);
  });

  it('Supplier Position, supplier-position and SUPPLIER_POSITION all name position', () => {
    const match = matchHeaders(['Supplier Position', 'Account Owner', 'Record ID'], ACCOUNT_ALIASES);
    expect(match.mapping).toEqual(['position', 'owner', 'externalId']);
    for (const header of ['supplier-position', 'SUPPLIER_POSITION', 'supplierPosition']) {
      expect(matchHeaders([header], ACCOUNT_ALIASES).mapping, header).toEqual(['position']);
    }
  });
});
