/**
 * Standard input is made on first use (start-up, issue 10): the launcher passes a getter,
 * and a run that never reads it (piped `acct list`) never asks for it, while one that
 * does (`acct import -`) reads it as before.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { tempDb } from '../helpers.js';

class Sink extends PassThrough {
  text = '';
  override write(chunk: unknown): boolean {
    this.text += String(chunk);
    return true;
  }
}

/** Runs acct in-process with a standard input that counts how often it is asked for. */
async function runCounting(db: string, args: string[], input: string) {
  const stdout = new Sink();
  const stderr = new Sink();
  let asked = 0;
  const stdin = Object.assign(new PassThrough(), { isTTY: false });
  stdin.end(input);
  const code = await main(['node', 'acct', '--db', db, ...args], {
    stdout,
    stderr,
    get stdin() {
      asked++;
      return stdin;
    },
    env: { ACCT_NOW: '2026-03-15T10:00:00Z', HOME: '/nonexistent-home', TZ: 'UTC' },
  });
  return { code, stdout: stdout.text, stderr: stderr.text, asked };
}

describe('standard input on first use', () => {
  it('acct list never asks for it; acct import - reads it', async () => {
    const db = tempDb();
    const imported = await runCounting(db, ['import', '-', '--type', 'accounts'], 'name,owner\nAcme,lin\n');
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.asked).toBeGreaterThan(0);
    const listed = await runCounting(db, ['list'], '');
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toContain('Acme');
    expect(listed.asked).toBe(0);
  });
});
