/**
 * Files and the database in Chinese (issue 14, point 1): the lines acct
 * prints about a CSV it imports and about the database file are Chinese in
 * zh-CN, user data and paths aside; English lines stay as they were.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnAcct, tempDb, tempDir } from '../helpers.js';
import { damageTable, databaseAtVersion } from '../store/faults.js';

const ZH = ['--lang', 'zh-CN'];

describe('the database file in Chinese', () => {
  it('a damaged database: the Chinese line and hint, exit 1', async () => {
    const db = tempDb();
    expect((await spawnAcct(['--db', db, 'add', '华东机械'])).code).toBe(0);
    damageTable(db, 'accounts');
    const listed = await spawnAcct([...ZH, '--db', db, 'list']);
    expect(listed).toMatchObject({ code: 1, stdout: '' });
    expect(listed.stderr).toBe(
      `acct: ${db} 已损坏（数据库文件的页面已损坏）（请运行 \`acct db check\`；恢复 \`acct db backups\` 列出的一份备份，或导出仍可读取的数据）\n`,
    );
    const english = await spawnAcct(['--db', db, 'list']);
    expect(english.stderr).toBe(
      `acct: ${db} is damaged (database disk image is malformed) (run \`acct db check\`; restore a copy listed by \`acct db backups\`, or export what can still be read)\n`,
    );
  });

  it('a file that is not SQLite, a folder, a newer schema: Chinese lines', async () => {
    const dir = tempDir();
    const text = join(dir, 'notes.db');
    writeFileSync(text, 'these are notes, not a database\n');
    const notSqlite = await spawnAcct([...ZH, '--db', text, 'list']);
    expect(notSqlite).toMatchObject({ code: 1, stdout: '' });
    expect(notSqlite.stderr).toBe(
      `acct: ${text} 不是 acct 数据库（根本不是 SQLite 文件）（请用 --db 指向一个 acct 数据库或一个新文件）\n`,
    );
    expect((await spawnAcct(['--db', text, 'list'])).stderr).toBe(
      `acct: ${text} is not an acct database (not SQLite at all) (point --db at an acct database or a new file)\n`,
    );
    const folder = await spawnAcct([...ZH, '--db', dir, 'list']);
    expect(folder.stderr).toBe(`acct: ${dir} 是一个目录，不是数据库文件（请用 --db 指定一个文件路径）\n`);
    const newer = join(dir, 'newer.db');
    databaseAtVersion(newer, 1);
    const Database = (await import('better-sqlite3')).default;
    const handle = new Database(newer);
    handle.pragma('user_version = 999');
    handle.close();
    const tooNew = await spawnAcct([...ZH, '--db', newer, 'list']);
    expect(tooNew.code).toBe(1);
    expect(tooNew.stderr).toMatch(
      /^acct: .*newer\.db 是由更新版本的 acct 写入的（数据结构版本 999，当前 acct 最高只支持 \d+）（请升级 acct；文件没有被改动）\n$/,
    );
  });
});
