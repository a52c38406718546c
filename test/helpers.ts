/**
 * Test helpers: temp folders, an in-process runner with fake streams (TTY
 * or piped), and a spawner for the built binary. Real SQLite files, always.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { afterEach } from 'vitest';
import { main } from '../src/cli.js';
import type { Prompter } from '../src/prompt/prompter.js';

export const ROOT = resolve(import.meta.dirname, '..');
export const BIN = join(ROOT, 'bin', 'acct.js');

const made: string[] = [];
afterEach(() => {
  while (made.length > 0) rmSync(made.pop()!, { recursive: true, force: true });
});

/** A fresh temp folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'acct-test-'));
  made.push(dir);
  return dir;
}

export function tempDb(): string {
  return join(tempDir(), 'acct.db');
}

class FakeOut extends PassThrough {
  text = '';
  constructor(
    readonly isTTY: boolean,
    readonly columns = 120,
  ) {
    super();
  }
  override write(chunk: unknown): boolean {
    this.text += String(chunk);
    return true;
  }
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  tty?: boolean;
  env?: Record<string, string | undefined>;
  /** Answers prompts in place of a person (see test/scripted-prompter.ts). */
  prompter?: Prompter;
}

const BASE_ENV = { ACCT_NOW: '2026-03-15T10:00:00Z', HOME: '/nonexistent-home', TZ: 'UTC' };

/** Runs acct in-process, as if on a terminal (`tty: true`) or piped. */
export async function run(db: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const stdout = new FakeOut(Boolean(options.tty));
  const stderr = new FakeOut(Boolean(options.tty));
  const stdin = Object.assign(new PassThrough(), { isTTY: Boolean(options.tty) });
  const code = await main(['node', 'acct', '--db', db, ...args], {
    stdout,
    stderr,
    stdin,
    env: { ...BASE_ENV, ...options.env },
    ...(options.prompter ? { prompter: options.prompter } : {}),
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Runs many commands, failing loudly on the first that does not exit 0. */
export async function setup(db: string, ...commands: string[][]): Promise<void> {
  for (const args of commands) {
    const result = await run(db, args);
    if (result.code !== 0) throw new Error(`setup failed: acct ${args.join(' ')}\n${result.stderr}`);
  }
}

const execFileAsync = promisify(execFile);

/** Spawns the built binary with a piped stdin/stdout. */
export async function spawnAcct(
  args: string[],
  env: Record<string, string | undefined> = {},
  input?: string,
): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, ...BASE_ENV, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/**
 * Spawns the binary inside a pseudo-terminal (util-linux `script`), so
 * stdout and stdin are TTYs exactly as for a person. Output merges streams.
 */
export async function spawnInTty(
  args: string[],
  env: Record<string, string | undefined> = {},
  size?: { columns: number; rows: number },
): Promise<RunResult> {
  const quoted = [process.execPath, BIN, ...args].map((part) => `'${part.replace(/'/g, "'\\''")}'`).join(' ');
  // A terminal of this size, as a person's window would be (without it the pty reports 0 x 0).
  const command = size ? `stty cols ${size.columns} rows ${size.rows}; exec ${quoted}` : quoted;
  try {
    const { stdout, stderr } = await execFileAsync('script', ['-qec', command, '/dev/null'], {
      // No pager unless a test asks for one (test/e2e/pager.test.ts): less would wait for a key.
      env: { ...process.env, ...BASE_ENV, NO_COLOR: undefined, TERM: 'xterm-256color', ACCT_PAGER: 'cat', ...env },
    });
    return { code: 0, stdout: stdout.replace(/\r\n/g, '\n'), stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: failed.code ?? -1,
      stdout: (failed.stdout ?? '').replace(/\r\n/g, '\n'),
      stderr: failed.stderr ?? '',
    };
  }
}
