/**
 * Issue 12, point 15: `--due` (and `--date`) accept exactly the forms their
 * help names, and a refused date says them; no generic tail on the error.
 */
import { describe, expect, it } from 'vitest';
import { DATE_EXAMPLES, DATE_FORMS, parseDate } from '../../src/domain/dates.js';
import { run, setup, tempDb } from '../helpers.js';

const TODAY = '2026-03-15';

describe('date forms', () => {
  it('parses every form the help names', () => {
    const parsed = Object.fromEntries(DATE_EXAMPLES.map((form) => [form, parseDate(form, TODAY)]));
    expect(parsed).toEqual({
      '2026-12-01': '2026-12-01',
      today: '2026-03-15',
      tomorrow: '2026-03-16',
      yesterday: '2026-03-14',
      '+7d': '2026-03-22',
      '+2w': '2026-03-29',
      '3d ago': '2026-03-12',
    });
  });

  it.each([
    ['action', 'add', '--help'],
    ['action', 'edit', '--help'],
    ['log', '--help'],
  ])('acct %s %s %s names the same forms', async (...args) => {
    const help = await run(tempDb(), args);
    expect(help.stdout.replace(/\s+/g, ' ')).toContain(DATE_FORMS);
  });

  it('refuses "next friday" naming the forms, with no boilerplate tail, and adds nothing', async () => {
    const db = tempDb();
    await setup(db, ['add', 'Acme']);
    const refused = await run(db, ['action', 'add', 'acme', 'Call back', '--due', 'next friday']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`acct: due "next friday" is not a date (use one of: ${DATE_FORMS})\n`);
    expect(JSON.parse((await run(db, ['action', 'list', '--json'])).stdout)).toEqual([]);
  });
});
