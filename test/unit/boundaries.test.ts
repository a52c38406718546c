/**
 * The module boundaries in eslint.config.js (README, Layout): each rule fires
 * on a line that crosses it and stays quiet where the line is allowed.
 */
import { ESLint } from 'eslint';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm run lint` checks the real tree; these lines show each rule firing.
const ROOT = resolve(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });

/** The boundary messages (rule id and text) for `code` placed at `file`. */
async function boundaryProblems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: join(ROOT, file) });
  return result!.messages
    .filter((message) => message.ruleId === 'no-restricted-imports' || message.ruleId === 'no-restricted-syntax')
    .map((message) => `${message.ruleId}: ${message.message}`);
}

describe('module boundaries', () => {
  it('the domain imports nothing from store, render, prompt, io, i18n, commands or Node I/O', async () => {
    for (const line of [
      "import type { Store } from '../store/index.js';",
      "import { heading } from '../../render/table.js';",
      "import type { Prompter } from '../prompt/prompter.js';",
      "import { readCsv } from '../io/csv-read.js';",
      "import { showPlan } from '../commands/plan.js';",
      "import type { Context } from '../context.js';",
      "import { t } from '../../i18n/index.js';",
      "import { readFileSync } from 'node:fs';",
    ]) {
      expect(await boundaryProblems('src/domain/assessment/example.ts', line), line).toEqual([
        expect.stringMatching(/^no-restricted-imports: .*src\/domain is pure/),
      ]);
    }
    expect(await boundaryProblems('src/domain/example.ts', "await import('../store/index.js');")).toEqual([
      expect.stringMatching(/no-restricted-syntax: src\/domain is pure: no dynamic import/),
    ]);
    expect(await boundaryProblems('src/domain/example.ts', "import { STAGES } from './enums.js';")).toEqual([]);
    // Other modules may use the store.
    expect(
      await boundaryProblems('src/commands/example.ts', "import type { Store } from '../store/index.js';"),
    ).toEqual([]);
  });

  it('io knows no command context, storage, output or prompts', async () => {
    for (const line of [
      "import type { Context } from '../context.js';",
      "import { ImportRepository } from '../store/import.js';",
      "import { heading } from '../render/table.js';",
      "import type { Prompter } from '../prompt/prompter.js';",
      "import { importCommand } from '../commands/import.js';",
      "import { loadPlaybooks } from '../playbooks/load.js';",
    ]) {
      expect(await boundaryProblems('src/io/example.ts', line), line).toEqual([
        expect.stringMatching(/^no-restricted-imports: .*src\/io knows files and CSV only/),
      ]);
    }
    // The domain's rules and the errors are fine.
    for (const line of [
      "import { RecordImporter } from '../domain/import.js';",
      "import { UserError } from '../errors.js';",
    ]) {
      expect(await boundaryProblems('src/io/example.ts', line), line).toEqual([]);
    }
  });

  it('only src/store opens SQLite', async () => {
    const line = "import Database from 'better-sqlite3';";
    for (const file of ['src/commands/example.ts', 'src/io/example.ts', 'src/domain/example.ts']) {
      expect(await boundaryProblems(file, line), file).toEqual([
        expect.stringMatching(/^no-restricted-imports: .*only src\/store opens SQLite/),
      ]);
    }
    expect(await boundaryProblems('src/store/example.ts', line)).toEqual([]);
  });

  it('only src/store contains SQL, in strings or templates', async () => {
    const sql = [
      "const a = 'SELECT * FROM accounts';",
      'const b = `INSERT INTO actions (text) VALUES (${a})`;',
      "const c = '  UPDATE accounts SET name = ?';",
      "const d = 'DELETE FROM contacts';",
      "const e = 'CREATE TABLE x (id INTEGER)';",
      "const f = 'PRAGMA user_version';",
    ];
    for (const line of sql) {
      for (const file of ['src/commands/example.ts', 'src/io/example.ts', 'src/domain/example.ts']) {
        expect(await boundaryProblems(file, line), `${file}: ${line}`).toEqual([
          'no-restricted-syntax: SQL belongs in src/store (the only module that knows SQL and column names)',
        ]);
      }
      expect(await boundaryProblems('src/store/example.ts', line), line).toEqual([]);
    }
    // Words that merely look like SQL are fine.
    for (const line of ["const h = 'WITH';", "const m = 'Select an account';", "const u = 'UPDATE';"]) {
      expect(await boundaryProblems('src/render/example.ts', line), line).toEqual([]);
    }
  });
});
