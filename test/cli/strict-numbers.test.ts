/** Number flags are strict: 0x10 and 12,34 are refused with the accepted forms named, and nothing is stored. */
import { describe, expect, it } from 'vitest';
import { run, setup, tempDb } from '../helpers.js';

async function account(db: string): Promise<{ share: number | null; revenue: number | null }> {
  const shown = await run(db, ['show', 'acme', '--json']);
  return JSON.parse(shown.stdout).account as { share: number | null; revenue: number | null };
}

describe('number flags', () => {
  it('refuses --share 0x10 and --revenue 12,34 and leaves the account as it was', async () => {
    const db = tempDb();
    await setup(db, ['add', 'Acme', '--share', '35', '--revenue', '1,200,000']);
    const hex = await run(db, ['edit', 'acme', '--share', '0x10']);
    expect(hex.code).toBe(1);
    expect(hex.stderr.trim()).toBe('acct: share "0x10" is not a number (enter a number such as 35, 35.5 or 35%)');
    const comma = await run(db, ['edit', 'acme', '--revenue', '12,34']);
    expect(comma.code).toBe(1);
    expect(comma.stderr).toContain('revenue "12,34" is not an amount (a comma only separates thousands');
    const add = await run(db, ['add', 'Beta', '--share', 'Infinity']);
    expect(add.code).toBe(1);
    expect(await account(db)).toMatchObject({ share: 35, revenue: 1_200_000 });
    expect((await run(db, ['list', '--json'])).stdout).not.toContain('Beta');
  });

  it('refuses hex and exponents for ids and --top', async () => {
    const db = tempDb();
    await setup(db, ['add', 'Acme'], ['action', 'add', 'acme', 'Call back']);
    for (const id of ['0x1', '1e0']) {
      const done = await run(db, ['action', 'done', id]);
      expect(done.code, id).toBe(2);
      expect(done.stderr).toContain(`"${id}" is not an action id`);
    }
    const top = await run(db, ['plan', 'acme', '--top', '0x10']);
    expect(top.stderr).toContain('--top 0x10: expected a whole number of at least 1');
    expect(JSON.parse((await run(db, ['action', 'list', '--json'])).stdout)).toMatchObject([{ status: 'open' }]);
  });
});
