/**
 * Issue 12, points 4 and 15: every word is there without colour, one date
 * style per column, plurals in words.
 */
import { describe, expect, it } from 'vitest';
import { run, setup, tempDb } from '../helpers.js';

describe('words, not colour', () => {
  it('says "(overdue)" in the action table with colour off, and colours it red with colour on', async () => {
    const db = tempDb();
    await setup(
      db,
      ['add', 'Acme', '--owner', 'lin'],
      ['action', 'add', 'acme', 'Send the quote', '--due', '2026-03-01'],
      ['action', 'add', 'acme', 'Plan the visit', '--due', '2026-04-01'],
    );
    const plain = await run(db, ['action', 'list'], { tty: true, env: { NO_COLOR: '1' } });
    expect(plain.stdout).toMatch(/Send the quote\s+lin\s+2026-03-01 \(overdue\)/);
    expect(plain.stdout).toMatch(/Plan the visit\s+lin\s+2026-04-01\s/);
    expect(plain.stdout).not.toMatch(/\x1b\[/);
    const coloured = await run(db, ['action', 'list'], { tty: true, env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\x1b[31m2026-03-01 (overdue)\x1b[39m');
  });
});

describe('one date style per column', () => {
  it('shows last contact as days ago, near or far, never a mix with ISO dates', async () => {
    const db = tempDb();
    await setup(
      db,
      ['add', 'Acme'],
      ['contact', 'add', 'acme', 'Wang Li'],
      ['contact', 'add', 'acme', 'Zhao Min'],
      ['log', 'acme', 'call', '--contact', 'Wang Li', '--date', '2026-03-13'],
      ['log', 'acme', 'visit', '--contact', 'Zhao Min', '--date', '2025-11-01'],
    );
    const shown = await run(db, ['contact', 'list', 'acme'], { tty: true, env: { NO_COLOR: '1' } });
    expect(shown.stdout).toContain('2 days ago');
    expect(shown.stdout).toContain('134 days ago');
    expect(shown.stdout).not.toMatch(/20\d\d-\d\d-\d\d/);
  });
});

describe('playbook validate', () => {
  it('is an error, not "OK: 0 files checked", for a folder without playbooks', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const db = tempDb();
    const folder = join(db, '..', 'not-playbooks');
    mkdirSync(folder);
    writeFileSync(join(folder, 'notes.txt'), 'not a playbook');
    const result = await run(db, ['playbook', 'validate', folder]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `acct: no playbook files in ${folder} (a playbook is a .yaml or .yml file; give such files or the folder that holds them)\n`,
    );
  });
});
