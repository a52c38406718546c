/**
 * Assessments as stored by an import or an older acct: the store decodes
 * them into one type, so reading commands show what is there instead of
 * failing on a part of the wrong shape.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { run, setup, tempDb } from '../helpers.js';

function storeRow(db: string, result: unknown): void {
  const conn = new Database(db);
  conn
    .prepare(
      `INSERT INTO assessments (account_id, assessed_at, answers, result, playbook_versions, stage, risk_level)
       VALUES (1, '2026-03-01T09:00:00.000Z', ?, ?, '{}', 'initial-cooperation', 'high')`,
    )
    .run(JSON.stringify({ buyingDriver: 'engineering', odd: { nested: true } }), JSON.stringify(result));
  conn.close();
}

describe('stored assessments of another shape', () => {
  it('plan and history show the parts that decode', async () => {
    const db = tempDb();
    await setup(db, ['add', 'Acme Industrial']);
    storeRow(db, {
      stage: 'initial-cooperation',
      risk: 'high', // text where the derived risk object belongs
      coverage: { contactCount: 'many' },
      plan: 'see notes',
      playbookVersions: [{ id: 'initial-cooperation', version: '1.0', hash: 'abcd' }],
    });

    const plan = await run(db, ['plan', 'acme']);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('Acme Industrial: plan of the assessment of 2026-03-01');
    const json = JSON.parse((await run(db, ['plan', 'acme', '--json'])).stdout);
    expect(json.result).toEqual({
      stage: 'initial-cooperation',
      playbookVersions: { 'initial-cooperation': '1.0#abcd' },
    });
    expect(json.plan).toEqual([]);
    expect(json.assessment.answers).toEqual({ buyingDriver: 'engineering' });

    const history = await run(db, ['history', 'acme', '--json']);
    expect(history.code, history.stderr).toBe(0);
    expect(JSON.parse(history.stdout).assessments).toEqual([
      expect.objectContaining({ stage: 'initial-cooperation', riskLevel: 'high', planSize: 0, changes: [] }),
    ]);
    const shown = await run(db, ['show', 'acme']);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toMatch(/last assessed\s+.*risk high/);
  });
});
