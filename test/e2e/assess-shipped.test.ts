/**
 * A broken *shipped* playbook: a copy of the package whose playbooks/ folder
 * has an error. Every command that reads playbooks reports each problem as
 * file:line:col and exits 1; the assessment is never run or stored.
 */
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ROOT, spawnAcct, tempDb, tempDir } from '../helpers.js';

const ENV = { ACCT_NOW: '2026-03-15T10:00:00Z' };

function brokenPackage(): { bin: string; file: string } {
  const dir = tempDir();
  for (const part of ['bin', 'dist', 'playbooks']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const file = join(dir, 'playbooks', 'key-account-retention.yaml');
  const text = readFileSync(file, 'utf8');
  // Break one play's condition (an unknown fact) and one priority.
  const broken = text.replace(/fact: criteriaFit/, 'fact: criteriaFitt').replace(/priority: 2/, 'priority: 7');
  expect(broken).not.toBe(text);
  writeFileSync(file, broken);
  return { bin: join(dir, 'bin', 'acct.js'), file };
}

async function runBin(bin: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { spawn } = await import('node:child_process');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, ...ENV },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end();
  });
}

describe('a broken shipped playbook', () => {
  it('assess, playbook list and validate report file:line:col and exit 1; nothing is stored', async () => {
    const { bin, file } = brokenPackage();
    const db = tempDb();
    expect((await spawnAcct(['--db', db, 'add', 'Acme', '--position', 'none'], ENV)).code).toBe(0);
    const answers = join(db, '..', 'acme.yaml');
    mkdirSync(join(db, '..'), { recursive: true });
    writeFileSync(
      answers,
      stringify({
        supplierPosition: 'none',
        triggers: [],
        internalConflict: false,
        userDeptIssues: false,
        newDemandIdea: false,
        differentiatedOffer: false,
        personalNeedsUnmet: false,
        buyingDriver: 'purchasing',
        bondsCovered: [],
        personalCare: [],
        customerFile: false,
        targetLevel: 'transactional',
      }),
    );

    const assessed = await runBin(bin, ['--db', db, 'assess', 'Acme', '--answers', answers, '--accept', 'all']);
    expect(assessed.code).toBe(1);
    expect(assessed.stdout).toBe('');
    const lines = assessed.stderr.trim().split('\n');
    expect(lines.filter((line) => line.startsWith(`${file}:`))).toHaveLength(2);
    expect(lines.some((line) => new RegExp(`^${file}:\\d+:\\d+: .*criteriaFitt`).test(line))).toBe(true);
    expect(lines.some((line) => new RegExp(`^${file}:\\d+:\\d+: .*priority`).test(line))).toBe(true);
    expect(lines.at(-1)).toMatch(/^acct: 2 problems in playbook files; nothing was done/);
    expect(assessed.stderr).not.toMatch(/\n\s+at /); // no stack trace

    const validated = await runBin(bin, ['--db', db, 'playbook', 'validate']);
    expect(validated.code).toBe(1);
    expect(validated.stdout.trim().split('\n')).toHaveLength(2);
    expect((await runBin(bin, ['--db', db, 'playbook', 'list'])).code).toBe(1);

    // The intact package assesses the same account fine; the broken run stored nothing.
    const history = await spawnAcct(['--db', db, 'history', 'Acme', '--json'], ENV);
    expect(JSON.parse(history.stdout).assessments).toEqual([]);
    const ok = await spawnAcct(['--db', db, 'assess', 'Acme', '--answers', answers, '--accept', 'none'], ENV);
    expect(ok.code, ok.stderr).toBe(0);
  }, 120_000);
});
