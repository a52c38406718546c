/**
 * Files acct writes (exports, rejects files), with the built binary: never the
 * database, never a half-written file over a good one, 0600 whatever the umask.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, spawnAcct, tempDir } from '../helpers.js';
import { canMountSmallDisk, smallDisk, unmountSmallDisks } from '../store/faults.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function digest(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The database file and its companions, byte for byte. */
function dbDigest(db: string): string {
  return [db, `${db}-wal`, `${db}-shm`].map((p) => (existsSync(p) ? digest(p) : '-')).join(' ');
}

function accountsCsv(dir: string, rows: number, invalidEvery = 0): string {
  const path = join(dir, 'big.csv');
  const fd = openSync(path, 'w');
  let chunk = 'name,externalId,owner,tier,city,share,notes\n';
  for (let i = 0; i < rows; i++) {
    const share = invalidEvery > 0 && i % invalidEvery === 0 ? '0x10' : '35';
    chunk += `华东机械${i}有限公司,EXT-${i},lin,A,上海,${share},"note ${i}, =1+1; -5"\n`;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
  return path;
}

async function smallDb(): Promise<{ dir: string; db: string }> {
  const dir = tempDir();
  const db = join(dir, 'acct.db');
  const added = await spawnAcct(['--db', db, 'add', 'Acme Industrial', '--tier', 'A', '--notes', '=HYPERLINK("x")']);
  expect(added.code, added.stderr).toBe(0);
  return { dir, db };
}

/** Leftover temp files of safe-file (`.<name>.<pid>-<random>.acct-tmp`). */
function temps(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.acct-tmp'));
}

/** Starts an export of `db` to `target` and resolves once its temp file holds `bytes` bytes. */
async function exportUnderWay(dir: string, db: string, target: string, bytes: number) {
  const child = spawn(process.execPath, [BIN, '--db', db, 'export', '-o', target], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, TZ: 'UTC' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const closed = new Promise<number | string | null>((r) => child.on('close', (code, signal) => r(code ?? signal)));
  const started = Date.now();
  let seen = false;
  while (Date.now() - started < 60_000 && !seen) {
    seen = temps(dir).some((name) => {
      try {
        return statSync(join(dir, name)).size >= bytes;
      } catch {
        return false;
      }
    });
    if (!seen) await sleep(5);
  }
  expect(seen, 'the export never got under way').toBe(true);
  return { child, closed, stderr: () => stderr };
}

describe('acct export -o never destroys data', () => {
  it('refuses -o "$ACCT_DB": exit 1, one line, the database byte-identical', async () => {
    const { db } = await smallDb();
    const before = dbDigest(db);
    const result = await spawnAcct(['export', '-o', db], { ACCT_DB: db });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `acct: refusing to write ${db}: it is the database ${db} or one of its files (give -o a different file; nothing was written)`,
    );
    expect(dbDigest(db)).toBe(before);
    const list = await spawnAcct(['--db', db, 'list', '--json']);
    expect(JSON.parse(list.stdout)).toHaveLength(1);
  });

  it('refuses the -wal and -shm files, a migration backup and a symlink to the database', async () => {
    const { dir, db } = await smallDb();
    const backup = `${db}.v1-2026-03-15T10-00-00-000Z.bak`;
    writeFileSync(backup, 'backup copy');
    symlinkSync(db, join(dir, 'link.csv'));
    const before = dbDigest(db);
    for (const target of [`${db}-wal`, `${db}-shm`, `${db}-journal`, backup, join(dir, 'link.csv')]) {
      const result = await spawnAcct(['--db', db, 'export', '-o', target]);
      expect(result.code, target).toBe(1);
      expect(result.stderr, target).toContain(`acct: refusing to write ${target}: it is the database ${db}`);
    }
    expect(dbDigest(db)).toBe(before);
    expect(readFileSync(backup, 'utf8')).toBe('backup copy');
    expect(temps(dir)).toEqual([]);
  });

  it('--db missing.db export -o old.csv: exit 1, old.csv byte-identical', async () => {
    const dir = tempDir();
    const old = join(dir, 'old.csv');
    writeFileSync(old, 'name\nPrevious export\n');
    const before = digest(old);
    const missing = join(dir, 'missing.db');
    const result = await spawnAcct(['--db', missing, 'export', '-o', old]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`acct: no database at ${missing} (check --db or ACCT_DB; nothing was exported)`);
    expect(digest(old)).toBe(before);
    expect(existsSync(missing)).toBe(false);
    expect(readdirSync(dir)).toEqual(['old.csv']);
  });

  it('creates the export 0600 even with umask 000, and replaces an existing 0644 file with a 0600 one', async () => {
    const { dir, db } = await smallDb();
    const fresh = join(dir, 'fresh.csv');
    const existing = join(dir, 'existing.csv');
    writeFileSync(existing, 'old', { mode: 0o644 });
    const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
    for (const target of [fresh, existing]) {
      const result = await new Promise<number | null>((resolve) => {
        const child = spawn(
          'sh',
          ['-c', `umask 0; exec ${[process.execPath, BIN, '--db', db, 'export', '-o', target].map(quote).join(' ')}`],
          { stdio: 'ignore' },
        );
        child.on('close', resolve);
      });
      expect(result).toBe(0);
      expect(statSync(target).mode & 0o777, target).toBe(0o600);
      expect(readFileSync(target, 'utf8')).toContain(`'=HYPERLINK`);
    }
    expect(temps(dir)).toEqual([]);
  });

  it('a failing export (a folder as -o, an unwritable folder) leaves no temp file and the old file', async () => {
    const { dir, db } = await smallDb();
    const folder = await spawnAcct(['--db', db, 'export', '-o', dir]);
    expect(folder.code).toBe(1);
    expect(folder.stderr.trim()).toBe(`acct: cannot write ${dir}: it is a folder (give -o a file name)`);
    const nowhere = join(dir, 'no', 'such', 'out.csv');
    const missing = await spawnAcct(['--db', db, 'export', '-o', nowhere]);
    expect(missing.stderr.trim()).toBe(
      `acct: cannot write ${nowhere}: no such file or folder (check the path and its permissions; ${nowhere} was left as it was)`,
    );
    expect(temps(dir)).toEqual([]);
  });
});

describe('interrupted exports and imports (large portfolio)', () => {
  it('kill -9, SIGTERM and Ctrl-C mid-export leave the previous export whole', async () => {
    const dir = tempDir();
    const db = join(dir, 'acct.db');
    const imported = await spawnAcct(['--db', db, 'import', accountsCsv(dir, 60_000)]);
    expect(imported.code, imported.stderr).toBe(0);
    const target = join(dir, 'accounts.csv');
    writeFileSync(target, 'name\nThe previous export\n');
    const before = digest(target);

    // kill -9 cannot be caught: the previous file is whole; the temp file may stay behind, named as ours.
    const killed = await exportUnderWay(dir, db, target, 256 * 1024);
    killed.child.kill('SIGKILL');
    expect(await killed.closed).toBe('SIGKILL');
    expect(digest(target)).toBe(before);
    for (const name of temps(dir)) expect(name).toMatch(/^\.accounts\.csv\.\d+-[0-9a-f]{8}\.acct-tmp$/);
    for (const name of temps(dir)) await import('node:fs').then((fs) => fs.unlinkSync(join(dir, name)));

    const terminated = await exportUnderWay(dir, db, target, 256 * 1024);
    terminated.child.kill('SIGTERM');
    expect(await terminated.closed).toBe('SIGTERM');
    expect(digest(target)).toBe(before);
    expect(temps(dir)).toEqual([]);

    const interrupted = await exportUnderWay(dir, db, target, 256 * 1024);
    interrupted.child.kill('SIGINT');
    expect(await interrupted.closed).toBe(130);
    expect(interrupted.stderr().trim()).toBe('acct: interrupted; writes not yet committed were discarded');
    expect(digest(target)).toBe(before);
    expect(temps(dir)).toEqual([]);

    // And a run that completes replaces it with the whole export.
    const done = await spawnAcct(['--db', db, 'export', '-o', target]);
    expect(done.code, done.stderr).toBe(0);
    expect(readFileSync(target, 'utf8').split('\n')).toHaveLength(60_002);
  }, 180_000);

  it('the rejects file is 0600 under umask 000, replaced whole, and kept whole when the import is interrupted', async () => {
    const dir = tempDir();
    const db = join(dir, 'acct.db');
    const csv = accountsCsv(dir, 60_000, 3);
    const rejects = join(dir, 'big.rejects.csv');
    writeFileSync(rejects, 'reason,name\nprevious run,Old Co\n', { mode: 0o644 });
    const before = digest(rejects);

    const child = spawn(process.execPath, [BIN, '--db', db, 'import', csv, '--skip-invalid'], { stdio: 'ignore' });
    const closed = new Promise((r) => child.on('close', (code, signal) => r(code ?? signal)));
    const started = Date.now();
    while (Date.now() - started < 60_000 && !temps(dir).some((n) => statSync(join(dir, n)).size > 64 * 1024))
      await sleep(5);
    child.kill('SIGTERM');
    expect(await closed).toBe('SIGTERM');
    expect(digest(rejects)).toBe(before);
    expect(temps(dir)).toEqual([]);

    const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
    const code = await new Promise<number | null>((resolve) => {
      const args = [process.execPath, BIN, '--db', db, 'import', csv, '--skip-invalid'];
      spawn('sh', ['-c', `umask 0; exec ${args.map(quote).join(' ')}`], { stdio: 'ignore' }).on('close', resolve);
    });
    expect(code).toBe(0);
    expect(statSync(rejects).mode & 0o777).toBe(0o600);
    const lines = readFileSync(rejects, 'utf8').trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 20_000);
    expect(lines[1]).toContain('share ""0x10"" is not a number'); // CSV-quoted
    expect(temps(dir)).toEqual([]);
  }, 180_000);
});

afterEach(unmountSmallDisks);

describe('a full disk under the export', () => {
  it.skipIf(!canMountSmallDisk)('says the disk is full and keeps the previous export (needs root)', async () => {
    const disk = smallDisk();
    if (!disk) return expect.fail('mount -t tmpfs failed although we are root');
    const dir = tempDir();
    const db = join(dir, 'acct.db');
    // About 1.4 MB of CSV: more than the 1 MiB disk holds.
    const imported = await spawnAcct(['--db', db, 'import', accountsCsv(dir, 10_000)]);
    expect(imported.code, imported.stderr).toBe(0);
    const target = join(disk, 'accounts.csv');
    writeFileSync(target, 'name\nThe previous export\n');
    const before = digest(target);
    const result = await spawnAcct(['--db', db, 'export', '-o', target]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `acct: cannot write ${target}: the disk is full (free some space and try again; ${target} was left as it was)`,
    );
    expect(digest(target)).toBe(before);
    expect(readdirSync(disk)).toEqual(['accounts.csv']);
  });
});
