/**
 * Start-up (issue 10, point 5): the commands people run most load only what
 * they use. `acct list` needs SQLite and the table renderer, not a schema
 * library, YAML, prompts, CSV or assessment code; `acct assess --questions`
 * reads the shipped playbooks from the form the build compiled, without the
 * YAML library. bench/startup.mjs measures the time.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/table.js';
import { BIN, ROOT, spawnAcct, tempDb, tempDir } from '../helpers.js';

const execFileAsync = promisify(execFile);

const YAML_LIBRARY = 'node_modules/yaml/';

/** What one run of acct prints and the module URLs it loads (imported or required). */
async function traced(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ stdout: string; stderr: string; loaded: string }> {
  const trace = join(tempDir(), 'trace.txt');
  const { stdout, stderr } = await execFileAsync(
    process.execPath,
    ['--import', join(ROOT, 'test/e2e/fixtures/trace.mjs'), BIN, ...args],
    { env: { ...process.env, ACCT_PLAYBOOKS: '', ...env, ACCT_TRACE_FILE: trace } },
  );
  return { stdout, stderr, loaded: readFileSync(trace, 'utf8') };
}

/** The catalogue area files (src/i18n/<lang>/) a run loaded, by name. */
function catalogueFiles(loaded: string, folder = '/dist/i18n/en/'): string[] {
  const names = loaded
    .split('\n')
    .filter((url) => url.includes(folder))
    .map((url) => url.slice(url.indexOf(folder) + folder.length).replace(/\.js$/, ''));
  return [...new Set(names)].sort();
}

describe('start-up', () => {
  it('acct list loads no schema library, YAML, prompts, CSV, playbook or assessment code', async () => {
    const db = tempDb();
    expect((await spawnAcct(['--db', db, 'add', 'Acme', '--owner', 'lin'])).code).toBe(0);
    const { stdout, loaded } = await traced(['--db', db, 'list']);
    expect(stdout).toContain('Acme');
    expect(loaded).toContain('better-sqlite3');
    for (const heavy of [
      'node_modules/zod',
      YAML_LIBRARY,
      '@inquirer',
      'csv-parse',
      'csv-stringify',
      '/dist/playbooks/',
      '/dist/render/assessment.js',
      '/dist/commands/account.js',
      '/dist/commands/show.js',
      // Only the list command is registered (src/cli/index.ts): no other command's registration file,
      // not even the other account commands' (their field flags need the field specs).
      '/dist/cli/accounts.js',
      '/dist/cli/fields.js',
      '/dist/domain/field-specs.js',
      '/dist/cli/assess.js',
      '/dist/cli/report.js',
      '/dist/cli/transfer.js',
      '/dist/cli/day.js',
      '/dist/cli/contact.js',
      '/dist/cli/activity.js',
      // SQLite runs never load the PostgreSQL client or its bridge (docs/postgres.md).
      'node_modules/pg/',
      'node_modules/pg-',
      '/dist/store/pg/driver.js',
      '/dist/store/pg/bridge.js',
      // The store loads a repository on first use (src/store/index.ts): list reads accounts only.
      '/dist/store/contacts.js',
      '/dist/store/activities.js',
      '/dist/store/actions.js',
      '/dist/store/assessments.js',
      '/dist/domain/assessment/',
      // An up-to-date file needs no migration: their SQL is not loaded (src/store/db.ts).
      '/dist/store/migrations.js',
      '/dist/store/rules-sql.js',
      // No filter given: no field rules; accounts found: no owner lookup; no question: no prompter.
      '/dist/domain/fields.js',
      '/dist/commands/fields-input.js',
      '/dist/commands/resolve.js',
      '/dist/prompt/',
      // better-sqlite3 is told where its native module is (src/store/index.ts): no search for it.
      'node_modules/bindings/',
      'node_modules/file-uri-to-path/',
      // The account table has its own module (src/render/account-table.ts): no other record renderer.
      '/dist/render/records.js',
      '/dist/domain/definitions.js',
      // Piped output has no colour: no chalk (src/render/output.ts).
      'node_modules/chalk',
      // Piped output is tab-separated: nothing to measure, so no width libraries.
      'node_modules/string-width',
      'node_modules/wrap-ansi',
    ]) {
      expect(loaded, `acct list loaded ${heavy}`).not.toContain(heavy);
    }
    // Only the catalogue areas list names (src/cli/index.ts), not the merged catalogue: the table's
    // words come from the domain's vocabulary, so not even the words area (in either language, below).
    expect(catalogueFiles(loaded)).toEqual(['commands', 'common', 'help', 'render']);
    const chinese = await traced(['--db', db, '--lang', 'zh-CN', 'list']);
    expect(chinese.stdout).toContain('Acme');
    expect(catalogueFiles(chinese.loaded, '/dist/i18n/zh-CN/')).toEqual(['commands', 'common', 'help', 'render']);
  });

  it('what acct list leaves out loads when a run needs it: field rules, owner lookup, repositories, migrations', async () => {
    const db = tempDb();
    // A new file: its schema comes from the migrations, loaded for it.
    const created = await traced(['--db', db, 'add', 'Acme', '--owner', 'lin', '--tier', 'A']);
    expect(created.loaded).toContain('/dist/store/migrations.js');
    expect((await spawnAcct(['--db', db, 'add', 'Beta', '--owner', 'wang', '--tier', 'B'])).code).toBe(0);
    const filtered = await traced(['--db', db, 'list', '--tier', 'a']);
    expect(filtered.stdout).toContain('Acme');
    expect(filtered.stdout).not.toContain('Beta');
    expect(filtered.loaded).toContain('/dist/domain/fields.js');
    const nobody = await traced(['--db', db, 'list', '--owner', 'lim']);
    expect(nobody.stdout).toBe('');
    expect(nobody.stderr).toContain('lin');
    expect(nobody.loaded).toContain('/dist/commands/resolve.js');
    expect((await spawnAcct(['--db', db, 'contact', 'add', 'Acme', 'Wang Li'])).code).toBe(0);
    const contacts = await traced(['--db', db, 'contact', 'list', 'Acme']);
    expect(contacts.stdout).toContain('Wang Li');
    expect(contacts.loaded).toContain('/dist/store/contacts.js');
    expect(contacts.loaded).not.toContain('/dist/store/migrations.js');
  });

  it('acct list with a message from another catalogue area loads the rest then, in either language', async () => {
    const db = tempDb();
    expect((await spawnAcct(['--db', db, 'add', 'Acme', '--owner', 'lin'])).code).toBe(0);
    for (const [lang, message] of [
      ['en', 'acct: tier "Z" is not one of A, B, C'],
      ['zh-CN', 'acct: tier“Z”不是可选的值，可选：A类、B类、C类'],
    ] as const) {
      const trace = join(tempDir(), 'trace.txt');
      // A refused value: exit 1, so execFile rejects with what the run printed.
      const run = (await execFileAsync(
        process.execPath,
        ['--import', join(ROOT, 'test/e2e/fixtures/trace.mjs'), BIN, '--db', db, '--lang', lang, 'list', '--tier', 'Z'],
        { env: { ...process.env, ACCT_TRACE_FILE: trace } },
      ).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => error,
      )) as { code: number; stderr: string };
      expect(run.code).toBe(1);
      expect(run.stderr.split('\n')[0]).toBe(message);
      const folder = `/dist/i18n/${lang}/`;
      expect(catalogueFiles(readFileSync(trace, 'utf8'), folder)).toHaveLength(21);
    }
  });

  it('acct --version loads no Context, output, colour or database code', async () => {
    const { stdout, loaded } = await traced(['--version']);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+/);
    for (const heavy of [
      '/dist/context.js',
      '/dist/render/output.js',
      'node_modules/chalk',
      'better-sqlite3',
      'node_modules/pg/',
    ]) {
      expect(loaded, `acct --version loaded ${heavy}`).not.toContain(heavy);
    }
  });

  it('acct assess --questions --json reads the compiled playbooks: no YAML or schema library', async () => {
    const { stdout, loaded } = await traced(['--db', tempDb(), 'assess', '--questions', '--json']);
    expect((JSON.parse(stdout) as { questions: unknown[] }).questions.length).toBeGreaterThan(10);
    expect(loaded).toContain('/dist/playbooks/compiled.js');
    expect(loaded).not.toContain('/dist/playbooks/load.js');
    expect(loaded).not.toContain(YAML_LIBRARY);
    expect(loaded).not.toContain('node_modules/zod');
    expect(loaded).not.toContain('/dist/commands/assess.js');
  });

  it('an edited copy of a shipped file is parsed from its YAML, not taken from the compiled form', async () => {
    const folder = tempDir();
    const copy = join(folder, 'assessment.yaml');
    copyFileSync(join(ROOT, 'playbooks/assessment.yaml'), copy);
    // Unchanged bytes: the compiled form serves it, still no YAML library.
    const same = await traced(['--db', tempDb(), 'assess', '--questions', '--json'], { ACCT_PLAYBOOKS: folder });
    expect(same.loaded).not.toContain(YAML_LIBRARY);
    const text = readFileSync(copy, 'utf8');
    // The title is { en, zh-CN } (docs/playbooks.md §Languages): its whole block becomes one plain title.
    const edited = text.replace(/^title:\n(?: {2}.*\n)+/m, 'title: Edited assessment\n');
    expect(edited).not.toBe(text);
    writeFileSync(copy, edited, { mode: 0o600 });
    const changed = await traced(['--db', tempDb(), 'assess', '--questions', '--json'], { ACCT_PLAYBOOKS: folder });
    expect((JSON.parse(changed.stdout) as { title: string }).title).toBe('Edited assessment');
    expect(changed.loaded).toContain(YAML_LIBRARY);
  });

  it('measures printable ASCII without string-width, and agrees with it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (text) => {
        expect(displayWidth(text)).toBe(stringWidth(text));
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        expect(displayWidth(text)).toBe(text.length);
      }),
    );
    for (const text of ['华东机械', 'Acme 华东', '\x1b[1mAcme\x1b[22m', 'e\u0301', '👍🏽', '']) {
      expect(displayWidth(text), text).toBe(stringWidth(text));
    }
  });
});
