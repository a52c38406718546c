/**
 * Start-up (issue 10, point 5): the commands people run most load only what
 * they use. `acct list` needs SQLite and the table renderer, not a schema
 * library, YAML, prompts or CSV code; bench/startup.mjs measures the time.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, spawnAcct, tempDb, tempDir } from '../helpers.js';

const execFileAsync = promisify(execFile);

/** The module URLs one run of acct resolves. */
async function loadedBy(args: string[]): Promise<string> {
  const trace = join(tempDir(), 'trace.txt');
  await execFileAsync(process.execPath, ['--import', join(ROOT, 'test/e2e/fixtures/trace.mjs'), BIN, ...args], {
    env: { ...process.env, ACCT_TRACE_FILE: trace, ACCT_PLAYBOOKS: '' },
  });
  return readFileSync(trace, 'utf8');
}

describe('start-up', () => {
  it('acct list loads no schema library, YAML, prompts or CSV code', async () => {
    const db = tempDb();
    expect((await spawnAcct(['--db', db, 'add', 'Acme', '--owner', 'lin'])).code).toBe(0);
    const loaded = await loadedBy(['--db', db, 'list']);
    expect(loaded).toContain('better-sqlite3');
    for (const heavy of [
      'node_modules/zod',
      'node_modules/yaml',
      '@inquirer',
      'csv-parse',
      'csv-stringify',
      '/dist/playbooks/',
    ]) {
      expect(loaded, `acct list loaded ${heavy}`).not.toContain(heavy);
    }
  });
});
