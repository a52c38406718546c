/**
 * The database can be chosen in the config file (`acct config set db …`), as
 * the README's team setup and issue 15 point 1 say: --db beats ACCT_DB beats
 * the file beats the default. Spawns the binary without --db.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnAcct, tempDir } from '../helpers.js';

describe('the database from the config file', () => {
  it('acct config set db PATH makes every later command use that file; ACCT_DB and --db still win', async () => {
    const dir = tempDir();
    const env = { XDG_CONFIG_HOME: join(dir, 'config'), XDG_DATA_HOME: join(dir, 'data'), ACCT_DB: undefined };
    const chosen = join(dir, 'team.db');
    expect((await spawnAcct(['config', 'set', 'db', chosen], env)).code).toBe(0);
    const added = await spawnAcct(['add', 'Acme Industrial'], env);
    expect(added.code, added.stderr).toBe(0);
    expect(existsSync(chosen)).toBe(true);
    expect(existsSync(join(dir, 'data', 'acct', 'acct.db'))).toBe(false);
    expect((await spawnAcct(['list'], env)).stdout).toContain('Acme Industrial');

    const other = join(dir, 'other.db');
    expect((await spawnAcct(['add', 'Beta Foods'], { ...env, ACCT_DB: other })).code).toBe(0);
    expect((await spawnAcct(['list', '--db', other], env)).stdout).toContain('Beta Foods');
    expect((await spawnAcct(['list'], env)).stdout).not.toContain('Beta Foods');
  });
});
