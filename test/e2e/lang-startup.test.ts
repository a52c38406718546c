/**
 * Start-up stays lean in both languages (issue 14, point 8): a run loads the
 * catalogue of its language only, and `acct --version` loads none.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, tempDb, tempDir } from '../helpers.js';

const execFileAsync = promisify(execFile);

/** The module URLs one run of acct resolves. */
async function loadedBy(args: string[], env: Record<string, string | undefined>): Promise<string> {
  const trace = join(tempDir(), 'trace.txt');
  await execFileAsync(process.execPath, ['--import', join(ROOT, 'test/e2e/fixtures/trace.mjs'), BIN, ...args], {
    env: {
      ...process.env,
      ACCT_LANG: undefined,
      LC_ALL: undefined,
      ...env,
      ACCT_TRACE_FILE: trace,
      ACCT_PLAYBOOKS: '',
    },
  });
  return readFileSync(trace, 'utf8');
}

describe('start-up and the catalogues', () => {
  it('in zh-CN loads the Chinese catalogue and no English catalogue file', async () => {
    const loaded = await loadedBy(['--db', tempDb(), 'list'], { LANG: 'zh_CN.UTF-8' });
    expect(loaded).toContain('/dist/i18n/zh-CN/');
    expect(loaded).not.toContain('/dist/i18n/en/');
  });

  it('in English loads the English catalogue and no Chinese catalogue file', async () => {
    const loaded = await loadedBy(['--db', tempDb(), 'list'], { LANG: 'en_US.UTF-8' });
    expect(loaded).toContain('/dist/i18n/en/');
    expect(loaded).not.toContain('/dist/i18n/zh-CN/');
  });

  it('--help in zh-CN loads no English catalogue file either', async () => {
    const loaded = await loadedBy(['--help'], { LANG: 'zh_CN.UTF-8' });
    expect(loaded).toContain('/dist/i18n/zh-CN/help.js');
    expect(loaded).not.toContain('/dist/i18n/en/');
  });

  it('--version loads no catalogue at all', async () => {
    const loaded = await loadedBy(['--version'], { LANG: 'zh_CN.UTF-8' });
    expect(loaded).toContain('/dist/cli.js');
    expect(loaded).not.toContain('/dist/i18n/en/');
    expect(loaded).not.toContain('/dist/i18n/zh-CN/');
  });
});
