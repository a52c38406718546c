/**
 * The rep's-day commands through the built binary: brief, today and find
 * piped, and the account picker on a pseudo-terminal (util-linux `script`),
 * driven by keystrokes as a person would.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, spawnAcct, spawnInTty, tempDb } from '../helpers.js';

async function portfolio(): Promise<string> {
  const db = tempDb();
  for (const args of [
    ['add', 'Acme Industrial', '--owner', 'lin', '--notes', 'Frame agreement renewal in June.'],
    ['add', 'Acorn Foods', '--owner', 'lin', '--external-id', 'KA-7'],
    ['contact', 'add', 'Acme Industrial', 'Wang Li', '--department', 'purchasing', '--email', 'wang@acme.example'],
    ['action', 'add', 'Acme Industrial', 'Send the quote', '--due', '2026-03-10'],
  ]) {
    const result = await spawnAcct(['--db', db, ...args]);
    if (result.code !== 0) throw new Error(result.stderr);
  }
  return db;
}

describe('brief, today and find through the binary', () => {
  it('print their data on stdout and nothing else', async () => {
    const db = await portfolio();
    const brief = await spawnAcct(['--db', db, 'brief', 'acme', '--format', 'markdown']);
    expect(brief).toMatchObject({ code: 0, stderr: '' });
    expect(brief.stdout).toContain('## Notes\n\nFrame agreement renewal in June.');
    const today = await spawnAcct(['--db', db, 'today', '--json'], { ACCT_OWNER: 'lin' });
    expect(today.code).toBe(0);
    expect((JSON.parse(today.stdout) as { items: { kind: string }[] }).items[0]!.kind).toBe('overdue');
    const find = await spawnAcct(['--db', db, 'find', 'ka-7']);
    expect(find).toMatchObject({ code: 0, stdout: 'Acorn Foods\texternal id\tKA-7\n' });
    const missing = await spawnAcct(['--db', db, 'show']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('which account? give its name');
  });
});

describe('the briefing on an 80-column terminal', () => {
  it('wraps a long point under its own text, not back under the dash', async () => {
    const db = await portfolio();
    const result = await spawnInTty(['--db', db, 'brief', 'acme'], { NO_COLOR: '1' }, { columns: 80, rows: 40 });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '  - all contacts sit in one department, purchasing: one move there cuts us off\n    (bow-tie)\n',
    );
  });
});

describe('the account picker on a terminal', () => {
  it('acct show without a name: type to search, Enter picks, the profile follows', async () => {
    const db = await portfolio();
    const command = [process.execPath, BIN, '--db', db, 'show'].map((p) => `'${p}'`).join(' ');
    const child = spawn('script', ['-qec', `stty cols 120 rows 40 2>/dev/null; exec ${command}`, '/dev/null'], {
      env: { ...process.env, ACCT_NOW: '2026-03-15T10:00:00Z', NO_COLOR: '1', TERM: 'xterm-256color' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
    const plain = (): string => output.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
    const waitFor = async (text: string): Promise<void> => {
      const deadline = Date.now() + 15_000;
      while (!plain().includes(text)) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for "${text}":\n${plain().slice(-1000)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    await waitFor('Which account?');
    child.stdin.write('ka-7');
    await waitFor('id KA-7');
    child.stdin.write('\r');
    expect(await exited).toBe(0);
    // The picked account's page, not the first in the list.
    expect(plain()).toMatch(/Acorn Foods/);
    expect(plain()).not.toContain('Frame agreement renewal');
  });
});
