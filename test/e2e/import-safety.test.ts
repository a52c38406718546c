/** The built binary under stress: kill -9 mid-import, and other acct commands during an import. */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, openSync, statSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, spawnAcct, tempDir } from '../helpers.js';

function bigCsv(dir: string, rows: number): string {
  const path = join(dir, 'big.csv');
  const fd = openSync(path, 'w');
  let chunk = 'name,externalId,owner,tier,city,notes\n';
  for (let i = 0; i < rows; i++) {
    chunk += `华东机械${i}有限公司,EXT-${i},lin,A,上海,"note ${i}, quoted"\n`;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
  return path;
}

function checksum(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    const accounts = db
      .prepare('SELECT count(*) AS n, total(id) AS s, group_concat(name_key) AS k FROM accounts')
      .get();
    return JSON.stringify(accounts);
  } finally {
    db.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('import safety (built binary)', () => {
  it('kill -9 in the middle of an import leaves the database exactly as before', async () => {
    const dir = tempDir();
    const db = join(dir, 'acct.db');
    expect((await spawnAcct(['--db', db, 'add', 'Before Co', '--tier', 'A'])).code).toBe(0);
    const before = checksum(db);
    const csv = bigCsv(dir, 150_000);
    const child = spawn(process.execPath, [BIN, '--db', db, 'import', csv], { stdio: 'ignore' });
    const wal = `${db}-wal`;
    const started = Date.now();
    // Wait until it has written a good deal into the WAL (rows inserted, not committed), then kill it.
    while (Date.now() - started < 60_000) {
      if (existsSync(wal) && statSync(wal).size > 4 * 1024 * 1024) break;
      await sleep(20);
    }
    expect(statSync(wal).size).toBeGreaterThan(4 * 1024 * 1024);
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    expect(checksum(db)).toBe(before);
    const list = await spawnAcct(['--db', db, 'list', '--json']);
    expect((JSON.parse(list.stdout) as { name: string }[]).map((a) => a.name)).toEqual(['Before Co']);
  }, 90_000);

  it('Ctrl-C (SIGINT) in the middle of an import: one line, exit 130, database as before', async () => {
    const dir = tempDir();
    const db = join(dir, 'acct.db');
    expect((await spawnAcct(['--db', db, 'add', 'Before Co', '--tier', 'A'])).code).toBe(0);
    const before = checksum(db);
    const csv = bigCsv(dir, 150_000);
    const child = spawn(process.execPath, [BIN, '--db', db, 'import', csv], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const wal = `${db}-wal`;
    const started = Date.now();
    while (Date.now() - started < 60_000) {
      if (existsSync(wal) && statSync(wal).size > 4 * 1024 * 1024) break;
      await sleep(20);
    }
    child.kill('SIGINT');
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(130);
    expect(stderr.trim()).toBe('acct: interrupted; writes not yet committed were discarded');
    expect(checksum(db)).toBe(before);
  }, 90_000);

  it('other acct commands wait for an import instead of failing', async () => {
    const dir = tempDir();
    const db = join(dir, 'acct.db');
    expect((await spawnAcct(['--db', db, 'add', 'Before Co'])).code).toBe(0);
    const csv = bigCsv(dir, 40_000);
    const importing = spawnAcct(['--db', db, 'import', csv]);
    const wal = `${db}-wal`;
    const started = Date.now();
    while (Date.now() - started < 30_000 && !(existsSync(wal) && statSync(wal).size > 1024 * 1024)) await sleep(10);
    const [writer, reader] = await Promise.all([
      spawnAcct(['--db', db, 'add', 'During Co']),
      spawnAcct(['--db', db, 'list', '--json']),
    ]);
    const imported = await importing;
    expect(imported.code, imported.stderr).toBe(0);
    expect(writer.code, writer.stderr).toBe(0);
    expect(reader.code, reader.stderr).toBe(0);
    const handle = new Database(db, { readonly: true });
    expect(handle.prepare('SELECT count(*) FROM accounts').pluck().get()).toBe(40_002);
    handle.close();
  }, 90_000);
});
