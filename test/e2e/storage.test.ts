/**
 * End-to-end: the database file under hostile conditions. Each case gets its
 * own line (never "is not an acct database") and loses nothing: a full disk
 * (a 1 MiB tmpfs), a read-only folder and file (run as an unprivileged user,
 * since permission bits do not bind root), a file-size limit (prlimit),
 * damaged pages and a lock held by another program. Files are owner-only
 * even under umask 000, and a kill during the upgrade backup leaves no
 * backup that looks complete.
 */
import Database from 'better-sqlite3';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../src/store/db.js';
import { BIN, type RunResult, tempDir } from '../helpers.js';
import { canMountSmallDisk, damageTable, databaseAtVersion, smallDisk, unmountSmallDisks } from '../store/faults.js';

const BASE_ENV = { ACCT_NOW: '2026-03-15T10:00:00Z', HOME: '/nonexistent-home', TZ: 'UTC' };
const isRoot = process.getuid?.() === 0;
/** The unprivileged user the permission tests run as, when the suite runs as root. */
const NOBODY = 65534;

interface SpawnOptions {
  /** Run as the unprivileged user (when we are root; otherwise we already are one). */
  unprivileged?: boolean;
  /** A command put in front of node, e.g. ['prlimit', '--fsize=…'] or a shell setting the umask. */
  wrapper?: string[];
  env?: Record<string, string | undefined>;
}

function acct(args: string[], options: SpawnOptions = {}): Promise<RunResult> {
  const argv = [...(options.wrapper ?? []), process.execPath, BIN, ...args];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), {
      env: { ...process.env, ...BASE_ENV, NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.unprivileged && isRoot ? { uid: NOBODY, gid: NOBODY } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout, stderr }));
  });
}

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const mode = (path: string) => statSync(path).mode & 0o777;
const UMASK_000 = ['/bin/sh', '-c', 'umask 000; exec "$@"', 'sh'];

/** A folder of its own holding acct.db with two accounts, owned by the user the test runs acct as. */
async function portfolio(options: { unprivileged?: boolean } = {}): Promise<{ dir: string; db: string }> {
  const dir = join(tempDir(), 'data');
  mkdirSync(dir);
  const db = join(dir, 'acct.db');
  for (const args of [
    ['add', 'Acme', '--owner', 'lin'],
    ['add', 'Beta'],
    ['contact', 'add', 'Acme', 'Wang Li'],
  ]) {
    const result = await acct(['--db', db, ...args]);
    if (result.code !== 0) throw new Error(result.stderr);
  }
  if (options.unprivileged && isRoot) {
    // The temp folder is root's and 0700: let the unprivileged user reach their own folder.
    chmodSync(join(dir, '..'), 0o755);
    for (const path of [dir, ...readdirSync(dir).map((name) => join(dir, name))]) chownSync(path, NOBODY, NOBODY);
  }
  return { dir, db };
}

const LISTED = 'Acme\t\tlin\tdevelopment\ttransactional\tnone\t\t\nBeta\t\t\tdevelopment\ttransactional\tnone\t\t\n';

describe('files acct creates are owner-only, from the start', () => {
  it('database, -wal and -shm under umask 000', async () => {
    const dir = tempDir();
    const db = join(dir, 'acct.db');
    expect((await acct(['--db', db, 'add', 'Acme'], { wrapper: UMASK_000 })).code).toBe(0);
    // A reader leaves its -wal and -shm behind (only the last writer deletes them): check them too.
    expect((await acct(['--db', db, 'list'], { wrapper: UMASK_000 })).code).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['acct.db', 'acct.db-shm', 'acct.db-wal']);
    for (const file of files) expect(mode(join(dir, file)), file).toBe(0o600);
  });

  it('the upgrade backup under umask 000', async () => {
    const dir = tempDir();
    const db = join(dir, 'acct.db');
    databaseAtVersion(db, 1);
    const result = await acct(['--db', db, 'list'], { wrapper: UMASK_000 });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^Upgraded the database; a copy of the old one is at .*\.v1-.*\.bak\n$/);
    const [backup] = listBackups(db);
    expect(mode(backup!.path)).toBe(0o600);
    for (const file of readdirSync(dir)) expect(mode(join(dir, file)), file).toBe(0o600);
  });
});

describe('a kill during the upgrade backup', () => {
  it('leaves no backup that looks complete, and the next run cleans up and finishes', async () => {
    const dir = tempDir();
    const db = join(dir, 'acct.db');
    databaseAtVersion(db, 1);
    // Make the copy take a while: ~40 MB of notes.
    const fill = new Database(db);
    const insert = fill.prepare(
      "INSERT INTO accounts (name, name_key, notes, created_at, updated_at) VALUES (?, ?, ?, '2025-01-01', '2025-01-01')",
    );
    fill.transaction(() => {
      for (let i = 0; i < 40_000; i++) insert.run(`A${i}`, `a${i}`, 'x'.repeat(1000));
    })();
    fill.close();
    const child = spawn(process.execPath, [BIN, '--db', db, 'list'], { env: { ...process.env, ...BASE_ENV } });
    const exited = new Promise((done) => child.on('close', done));
    let sawTemp = false;
    while (child.exitCode === null && child.signalCode === null) {
      if (readdirSync(dir).some((name) => name.endsWith('.bak.tmp'))) {
        sawTemp = true;
        child.kill('SIGKILL');
        break;
      }
      await new Promise((wait) => setTimeout(wait, 2));
    }
    await exited;
    expect(sawTemp).toBe(true);
    // Any .bak present is whole (the rename is the last step); the half copy, if any, is a .tmp.
    for (const backup of listBackups(db)) {
      const copy = new Database(backup.path, { readonly: true });
      expect(copy.prepare('SELECT count(*) FROM accounts').pluck().get()).toBe(40_001);
      copy.close();
    }
    // The kill came before the upgrade: the old file is as it was, schema and rows.
    const old = new Database(db, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    expect(old.prepare('SELECT count(*) FROM accounts').pluck().get()).toBe(40_001);
    old.close();
    const again = await acct(['--db', db, 'list']);
    expect(again.code).toBe(0);
    expect(again.stdout.split('\n')).toHaveLength(40_002);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(listBackups(db).length).toBeGreaterThanOrEqual(1);
    // Building and copying 40 MB twice takes a while on a loaded CI machine.
  }, 120_000);
});

describe('read-only folder and file', () => {
  it('reads a database in a folder the user cannot write, and says why writing fails', async () => {
    const { dir, db } = await portfolio({ unprivileged: true });
    // No -wal or -shm is left by a clean exit: SQLite cannot make its index here, so acct reads a snapshot.
    expect(readdirSync(dir)).toEqual(['acct.db']);
    chmodSync(dir, 0o555);
    const before = digest(db);
    const listed = await acct(['--db', db, 'list'], { unprivileged: true });
    expect(listed).toEqual({ code: 0, stdout: LISTED, stderr: '' });
    const shown = await acct(['--db', db, 'show', 'acme'], { unprivileged: true });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Wang Li');
    const report = await acct(['--db', db, 'report'], { unprivileged: true });
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/^portfolio\taccounts\ttotal\t/m);
    const added = await acct(['--db', db, 'add', 'Gamma'], { unprivileged: true });
    expect(added).toMatchObject({ code: 1, stdout: '' });
    expect(added.stderr).toBe(
      `acct: cannot write ${db}: its folder ${dir} is read-only (make the folder writable (chmod u+w "${dir}") or use --db elsewhere; reading commands still work)\n`,
    );
    const removed = await acct(['--db', db, 'remove', 'acme', '--yes'], { unprivileged: true });
    expect(removed.code).toBe(1);
    expect(removed.stderr).toMatch(/its folder .* is read-only/);
    expect(digest(db)).toBe(before);
    chmodSync(dir, 0o755);
    expect((await acct(['--db', db, 'list'])).stdout).toBe(LISTED);
  });

  it('reads a read-only file, and says why writing fails', async () => {
    const { db } = await portfolio({ unprivileged: true });
    chmodSync(db, 0o444);
    const before = digest(db);
    expect(await acct(['--db', db, 'list'], { unprivileged: true })).toEqual({ code: 0, stdout: LISTED, stderr: '' });
    const added = await acct(['--db', db, 'add', 'Gamma'], { unprivileged: true });
    expect(added).toMatchObject({ code: 1, stdout: '' });
    expect(added.stderr).toBe(
      `acct: cannot write ${db}: the file is read-only (make it writable (chmod u+w "${db}"); reading commands still work)\n`,
    );
    expect(digest(db)).toBe(before);
  });
});

afterEach(unmountSmallDisks);

describe('a full disk', () => {
  it.skipIf(!canMountSmallDisk)(
    'says the disk is full, keeps the data, and still reads (needs root for mount)',
    async () => {
      const disk = smallDisk();
      if (!disk) return expect.fail('mount -t tmpfs failed although we are root');
      const db = join(disk, 'acct.db');
      for (const args of [
        ['add', 'Acme', '--owner', 'lin'],
        ['add', 'Beta'],
      ]) {
        expect((await acct(['--db', db, ...args])).code).toBe(0);
      }
      // Fill every remaining byte, as another program would.
      const filler = join(disk, 'filler');
      try {
        execFileSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=4k'], { stdio: 'ignore' });
      } catch {
        // dd stops with "No space left on device": that is the point.
      }
      const before = digest(db);
      const added = await acct(['--db', db, 'add', 'Gamma']);
      expect(added).toMatchObject({ code: 1, stdout: '' });
      expect(added.stderr).toBe(
        `acct: the disk is full: ${db} needs room to write (free some space and try again; nothing was changed)\n`,
      );
      const imported = await acct(['--db', db, 'import', '-', '--type', 'accounts'], {
        wrapper: ['/bin/sh', '-c', 'printf "name\\nDelta\\n" | "$@"', 'sh'],
      });
      expect(imported.code).toBe(1);
      expect(imported.stderr).toMatch(/^acct: the disk is full: /);
      expect(imported.stderr).not.toMatch(/not an acct database/);
      const listed = await acct(['--db', db, 'list']);
      expect(listed.stdout).toBe(
        'Acme\t\tlin\tdevelopment\ttransactional\tnone\t\t\nBeta\t\t\tdevelopment\ttransactional\tnone\t\t\n',
      );
      expect(digest(db)).toBe(before);
      rmSync(filler);
      expect((await acct(['--db', db, 'add', 'Gamma'])).code).toBe(0);
    },
  );
});

describe('a file-size limit (ulimit -f)', () => {
  it('gets its own line and loses nothing', async () => {
    const { db } = await portfolio();
    const before = digest(db);
    const csv = join(tempDir(), 'big.csv');
    writeFileSync(
      csv,
      'name,notes\n' +
        Array.from({ length: 3000 }, (_, i) => `Company ${i},${'long note '.repeat(30)}`).join('\n') +
        '\n',
    );
    const limit = statSync(db).size + 64 * 1024;
    const result = await acct(['--db', db, 'import', csv, '--type', 'accounts'], {
      wrapper: ['prlimit', `--fsize=${limit}`, '--'],
    });
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toBe(
      `acct: ${db} cannot grow: it reached the file-size limit of ${limit} bytes (ulimit -f) (raise the limit, e.g. \`ulimit -f unlimited\`, and try again; nothing was changed)\n`,
    );
    expect((await acct(['--db', db, 'list'])).stdout).toBe(LISTED);
    expect(digest(db)).toBe(before);
  });
});

describe('damaged pages', () => {
  it('are called damaged, with acct db check and the backups as the way on', async () => {
    const { db } = await portfolio();
    damageTable(db, 'accounts');
    const before = digest(db);
    const listed = await acct(['--db', db, 'list']);
    expect(listed).toMatchObject({ code: 1, stdout: '' });
    expect(listed.stderr).toBe(
      `acct: ${db} is damaged (database disk image is malformed) (run \`acct db check\`; restore a copy listed by \`acct db backups\`, or export what can still be read)\n`,
    );
    const added = await acct(['--db', db, 'add', 'Gamma']);
    expect(added.code).toBe(1);
    expect(added.stderr).toMatch(/is damaged/);
    const checked = await acct(['--db', db, 'db', 'check']);
    expect(checked.code).toBe(1);
    expect(checked.stdout).not.toBe('');
    expect(checked.stderr).toMatch(/is damaged \(\d+ problems found\) \(.*acct export/);
    expect(digest(db)).toBe(before);
  });

  it('a damaged schema page is damage too, not "not an acct database"', async () => {
    const { db } = await portfolio();
    const bytes = readFileSync(db);
    bytes.fill(0xa5, 100, 4096); // page 1 after the 100-byte file header: the schema table
    writeFileSync(db, bytes);
    const listed = await acct(['--db', db, 'list']);
    expect(listed.code).toBe(1);
    expect(listed.stderr).toMatch(/^acct: .* is damaged \(/);
    expect(listed.stderr).not.toMatch(/not an acct database/);
  });
});

describe('a locked database', () => {
  it('says another program is writing, after the busy timeout, and changes nothing', async () => {
    const { db } = await portfolio();
    const holder = new Database(db);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const added = await acct(['--db', db, 'add', 'Gamma'], { env: { ACCT_BUSY_TIMEOUT_MS: '200' } });
      expect(added).toMatchObject({ code: 1, stdout: '' });
      expect(added.stderr).toBe(
        `acct: ${db} is locked: another acct (or program) is writing to it (try again in a moment; nothing was changed)\n`,
      );
      // Readers are not blocked by a writer (WAL).
      expect((await acct(['--db', db, 'list'])).stdout).toBe(LISTED);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect((await acct(['--db', db, 'list'])).stdout).toBe(LISTED);
  });
});
