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

  it('a password in the db setting is never printed: config set, list and get mask it', async () => {
    const dir = tempDir();
    const env = { XDG_CONFIG_HOME: join(dir, 'config'), ACCT_DB: undefined };
    const url = 'postgres://lin:s3cret@127.0.0.1:1/acct';
    const set = await spawnAcct(['config', 'set', 'db', url], env);
    expect(set.code, set.stderr).toBe(0);
    const list = await spawnAcct(['config', 'list'], env);
    const get = await spawnAcct(['config', 'get', 'db'], env);
    const json = await spawnAcct(['config', 'get', 'db', '--json'], env);
    for (const shown of [set.stderr, list.stdout, get.stdout, json.stdout]) {
      expect(shown).not.toContain('s3cret');
    }
    expect(get.stdout.trim()).toBe('postgres://lin:***@127.0.0.1:1/acct');
  });
});
