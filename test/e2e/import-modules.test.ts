/**
 * `acct import` loads the YAML library only for a --mapping file, and not
 * the assessment engine (issue 10, point 3: its fixed cost counts against
 * the shell at 100k rows); the built binary still reads a YAML mapping file.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, tempDb, tempDir } from '../helpers.js';

const execFileAsync = promisify(execFile);

/** The built binary's run, and the module URLs it loaded (test/e2e/fixtures/trace.mjs). */
async function traced(args: string[]): Promise<{ stdout: string; loaded: string }> {
  const trace = join(tempDir(), 'trace.txt');
  const { stdout } = await execFileAsync(
    process.execPath,
    ['--import', join(ROOT, 'test/e2e/fixtures/trace.mjs'), BIN, ...args],
    { env: { ...process.env, ACCT_PLAYBOOKS: '', ACCT_TRACE_FILE: trace } },
  );
  return { stdout, loaded: readFileSync(trace, 'utf8') };
}

describe('acct import start-up', () => {
  it('loads no YAML without a --mapping file, and loads it to read one; no assessment engine', async () => {
    const dir = tempDir();
    const csv = join(dir, 'accounts.csv');
    writeFileSync(csv, 'name,Kunde Code\nAcme,K-1\n');
    const plain = await traced(['--db', tempDb(), '--json', 'import', csv]);
    expect(plain.loaded).toContain('/dist/io/headers.js');
    expect(plain.loaded).not.toContain('node_modules/yaml/');
    // Each row's stage is settled by src/domain/stage.ts, without the assessment engine.
    expect(plain.loaded).toContain('/dist/domain/stage.js');
    expect(plain.loaded).not.toContain('/dist/domain/assessment/derive.js');
    expect(JSON.parse(plain.stdout)).toMatchObject({ created: 1, unknownColumns: ['Kunde Code'] });
    // Only the catalogue areas a clean import speaks from (src/cli/index.ts), not the whole catalogue.
    expect(plain.loaded).toContain('/dist/i18n/en/io.js');
    expect(plain.loaded).not.toContain('/dist/i18n/en/words.js');
    expect(plain.loaded).not.toContain('/dist/i18n/en/index.js');

    // A refused row needs the problems' words: the rest of the catalogue loads then, and the line is whole.
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'name,tier\nAcme,Z\n');
    const refused = await execFileAsync(process.execPath, [BIN, '--db', tempDb(), 'import', bad, '--skip-invalid'], {
      env: { ...process.env, ACCT_PLAYBOOKS: '' },
    });
    expect(refused.stderr).toMatch(/tier/);
    expect(refused.stderr).not.toMatch(/\b(problem|io|commands)\.[a-z]+\.[a-zA-Z.]+/);

    const mapping = join(dir, 'map.yaml');
    writeFileSync(mapping, '# the CRM export\nKunde Code: externalId\n');
    const mapped = await traced(['--db', tempDb(), '--json', 'import', csv, '--mapping', mapping]);
    expect(mapped.loaded).toContain('node_modules/yaml/');
    expect(JSON.parse(mapped.stdout)).toMatchObject({ created: 1, unknownColumns: [] });
  });
});
