/**
 * Removing through the built binary: a script (--yes, piped) must name the
 * account exactly; a person on a terminal may type a prefix and is asked
 * with the full name and what goes with it.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BIN, spawnAcct, tempDb } from '../helpers.js';

const execFileAsync = promisify(execFile);

async function seeded(): Promise<string> {
  const db = tempDb();
  for (const args of [
    ['add', 'Acme Industrial', '--external-id', 'SF-0042'],
    ['add', 'Acme Group'],
    ['contact', 'add', 'Acme Industrial', 'Wang Li'],
    ['contact', 'add', 'Acme Industrial', 'Chen Jie'],
    ['action', 'add', 'Acme Industrial', 'Send samples'],
  ]) {
    const result = await spawnAcct(['--db', db, ...args]);
    if (result.code !== 0) throw new Error(result.stderr);
  }
  return db;
}

async function names(db: string): Promise<string[]> {
  const listed = await spawnAcct(['--db', db, 'list', '--json']);
  return (JSON.parse(listed.stdout) as { name: string }[]).map((a) => a.name).sort();
}

describe('remove (built binary)', () => {
  it('in a script: a prefix is refused with the candidates; the exact name and the external id work', async () => {
    const db = await seeded();
    const prefix = await spawnAcct(['--db', db, 'remove', 'acme', '--yes']);
    expect(prefix).toMatchObject({ code: 1, stdout: '' });
    expect(prefix.stderr).toBe(
      'acct: "acme" is only the start of a name; removing needs the exact name or external id (candidates: Acme Group, Acme Industrial)\n',
    );
    expect(await names(db)).toEqual(['Acme Group', 'Acme Industrial']);

    const exact = await spawnAcct(['--db', db, 'remove', 'acme group', '--yes']);
    expect(exact.code, exact.stderr).toBe(0);
    const external = await spawnAcct(['--db', db, 'remove', 'sf-0042', '--yes']);
    expect(external.code, external.stderr).toBe(0);
    expect(await names(db)).toEqual([]);
  }, 60_000);

  it('on a terminal: a prefix finds the account, and the question names it in full with what goes with it', async () => {
    const db = await seeded();
    // `script` feeds our stdin to the terminal: answer "n" to the confirmation.
    const quoted = [process.execPath, BIN, '--db', db, 'remove', 'acme i'].map((p) => `'${p}'`).join(' ');
    const child = execFileAsync('script', ['-qec', quoted, '/dev/null'], {
      env: { ...process.env, ACCT_NOW: '2026-03-15', NO_COLOR: '1' },
    });
    child.child.stdin!.write('n\r');
    child.child.stdin!.end();
    const outcome = await child.then(
      (r) => ({ code: 0, out: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
    );
    expect(outcome.out).toContain('Remove Acme Industrial (external id SF-0042) with its 2 contacts and 1 action?');
    expect(outcome.code).toBe(1);
    expect(await names(db)).toEqual(['Acme Group', 'Acme Industrial']);
  }, 60_000);
});
