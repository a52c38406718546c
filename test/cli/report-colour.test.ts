/**
 * The report's CHANGE columns: colour carries meaning, not sign (issue 12,
 * point 4). One account, unassessed at the baseline and assessed high-risk in
 * the window: high +1 is bad (red), unassessed -1 is good (green).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { run } from '../helpers.js';

// One database for the file (tempDb's folders go after each test).
const dir = mkdtempSync(join(tmpdir(), 'acct-report-colour-'));
const db = join(dir, 'acct.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const store = await openStore(db, { create: true });
  store.write(() => {
    const id = store.accounts.insert(
      { name: 'Risky Co', owner: 'lin', tier: 'A', position: 'secondary', stage: 'initial-cooperation' },
      '2025-06-01T08:00:00.000Z',
    ).id;
    store.assessments.insert({
      accountId: id,
      assessedAt: '2026-03-12T09:00:00.000Z',
      answers: {},
      result: {},
      playbookVersions: {},
      stage: 'initial-cooperation',
      level: 'transactional',
      position: null,
      share: null,
      criteriaFit: 'alarm',
      riskLevel: 'high',
      experienceProfile: 'generalist',
      experienceScore: 10,
      satisfaction: 2,
      singleThreaded: true,
      targetLevel: null,
    });
  });
  store.close();
});

/** The row of the RISK table that starts with `value`, as written (colour codes kept). */
function riskRow(stdout: string, value: string): string {
  const lines = stdout.split('\n');
  const start = lines.findIndex((line) => line.replace(/\x1b\[[0-9;]*m/g, '').startsWith('RISK'));
  return lines.slice(start + 1).find((line) => line.replace(/\x1b\[[0-9;]*m/g, '').startsWith(value))!;
}

describe('report colours', () => {
  it('shows more high-risk accounts in red and fewer unassessed in green', async () => {
    const result = await run(db, ['report'], { tty: true, env: { FORCE_COLOR: '1' } });
    expect(result.code, result.stderr).toBe(0);
    expect(riskRow(result.stdout, 'high')).toContain('\x1b[31m+1\x1b[39m');
    expect(riskRow(result.stdout, 'unassessed')).toContain('\x1b[32m-1\x1b[39m');
  });

  it('keeps every change as a signed number without colour', async () => {
    const result = await run(db, ['report', '--no-color'], { tty: true, env: { FORCE_COLOR: '1' } });
    expect(result.stdout).not.toMatch(/\x1b\[/);
    expect(riskRow(result.stdout, 'high')).toMatch(/high\s+1\s+\+1/);
    expect(riskRow(result.stdout, 'unassessed')).toMatch(/unassessed\s+0\s+-1/);
  });
});
