/** acct import / export end to end: real SQLite files, the in-process runner, and the built binary where it matters. */
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, setup, tempDir } from '../helpers.js';

function db(): string {
  return join(tempDir(), 'acct.db');
}

function file(name: string, content: string | Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

/** Every row of every table, as text: equal before and after means nothing was written. */
function snapshot(path: string): string {
  if (!existsSync(path)) return 'no database';
  const handle = new Database(path, { readonly: true });
  try {
    const tables = handle
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    return tables
      .map((t) => `${t}: ${JSON.stringify(handle.prepare(`SELECT * FROM ${t} ORDER BY 1`).all())}`)
      .join('\n');
  } finally {
    handle.close();
  }
}

function count(path: string, table: string): number {
  const handle = new Database(path, { readonly: true });
  try {
    return handle.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    handle.close();
  }
}

/** GBK bytes for text (test-only encoder built from the gb18030 decoder). */
function gbk(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(a, b));
      if (!table.has(ch)) table.set(ch, [a, b]);
    }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else out.push(...table.get(ch)!);
  }
  return Buffer.from(out);
}

const ACCOUNTS = `name,externalId,owner,tier,stage,level,revenue,notes
Acme Industrial,SF-001,lin,A,initial-cooperation,transactional,120万,"big, important"
华东机械,,wang,B,development,transactional,"1,200,000",
深圳新能电池,SF-003,chen,A,primary-supplier,preferred-supplier,EUR 3m,"says ""hi"""
`;

describe('acct import accounts', () => {
  it('creates, then a second run changes nothing (and does not bump updated_at)', async () => {
    const path = db();
    const csv = file('accounts.csv', ACCOUNTS);
    const first = await run(path, ['import', csv]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('3 created, 0 updated, 0 unchanged, 0 invalid');
    const before = snapshot(path);
    const second = await run(path, ['import', csv], { env: { ACCT_NOW: '2026-04-01T10:00:00Z' } });
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('0 created, 0 updated, 3 unchanged, 0 invalid');
    expect(snapshot(path)).toBe(before);
    const shown = await run(path, ['show', '深圳新能电池', '--json']);
    const account = (JSON.parse(shown.stdout) as { account: Record<string, unknown> }).account;
    expect(account).toMatchObject({ revenue: 3e6, currency: 'EUR', notes: 'says "hi"', externalId: 'SF-003' });
  });

  it('updates changed fields only; matches by external id, else by normalised name', async () => {
    const path = db();
    await run(path, ['import', file('a.csv', ACCOUNTS)]);
    const changed = file(
      'b.csv',
      'name,externalId,tier\nAcme Industrial Group,SF-001,B\n  華東機械 ,,B\n华东机械 ,,C\n'.replace(
        '華東機械',
        '华东机械',
      ),
    );
    const result = await run(path, ['import', changed]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/b\.csv:4: name: account "华东机械" is also on line 3/);
    const fixed = file('c.csv', 'name,externalId,tier\nAcme Industrial Group,SF-001,B\n  华东机械 ,,B\n');
    const ok = await run(path, ['import', fixed, '--json']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, created: 0, updated: 1, unchanged: 1, type: 'accounts' });
    const list = JSON.parse((await run(path, ['list', '--json'])).stdout) as { name: string; tier: string }[];
    expect(list.map((a) => `${a.name}:${a.tier}`).sort()).toEqual([
      'Acme Industrial Group:B',
      '华东机械:B',
      '深圳新能电池:A',
    ]);
  });

  it('reads Chinese headers via aliases, --map and --mapping, and reports unknown columns', async () => {
    const path = db();
    const csv = file('cn.csv', '客户名称,负责人,阶段,Kunde Code,Farbe\n华东机械,lin,development,HD-1,blau\n');
    const mapping = file('map.yaml', 'Kunde Code: externalId\n');
    const result = await run(path, ['import', csv, '--mapping', mapping, '--map', 'Farbe=notes']);
    expect(result.code, result.stderr).toBe(0);
    const shown = JSON.parse((await run(path, ['show', 'HD-1', '--json'])).stdout) as {
      account: Record<string, unknown>;
    };
    expect(shown.account).toMatchObject({ name: '华东机械', owner: 'lin', notes: 'blau' });
    const unknown = await run(db(), ['import', csv]);
    expect(unknown.code).toBe(0);
    expect(unknown.stderr).toContain(
      'cn.csv: ignoring unknown column "Kunde Code" (no field is close; ignore it with --map "Kunde Code=-")',
    );
    expect(unknown.stderr).toContain('ignoring unknown column "Farbe"');
  });

  it('reads the headers of common exports, and names the closest field of an unknown column once', async () => {
    const path = db();
    const csv = file(
      'crm.csv',
      'Record ID,Account Name,Account Owner,supplier_position,Supplier Postion,Supplier Postion\n' +
        'R-1,Acme,lin,primary,x,y\n',
    );
    const result = await run(path, ['import', csv]);
    expect(result.code, result.stderr).toBe(0);
    const warning =
      'crm.csv: ignoring unknown column "Supplier Postion" (closest field: position; ' +
      'map it with --map "Supplier Postion=position"; ignore it with --map "Supplier Postion=-")';
    expect(result.stderr.split(warning).length - 1).toBe(1);
    const shown = JSON.parse((await run(path, ['show', 'R-1', '--json'])).stdout) as {
      account: Record<string, unknown>;
    };
    expect(shown.account).toMatchObject({ name: 'Acme', owner: 'lin', position: 'primary', externalId: 'R-1' });
  });

  it('imports a GBK-encoded file with Chinese names', async () => {
    const path = db();
    const csv = file('gbk.csv', gbk('客户名称,负责人,城市\r\n华东机械,林,上海\r\n深圳新能电池,王,深圳\r\n'));
    const result = await run(path, ['import', csv]);
    expect(result.code, result.stderr).toBe(0);
    const names = (JSON.parse((await run(path, ['list', '--json'])).stdout) as { name: string; city: string }[]).map(
      (a) => `${a.name}/${a.city}`,
    );
    expect(names.sort()).toEqual(['华东机械/上海', '深圳新能电池/深圳']);
  });

  it('--dry-run reports what would happen and writes nothing', async () => {
    const path = db();
    await run(path, ['import', file('a.csv', ACCOUNTS)]);
    const before = snapshot(path);
    const csv = file('d.csv', 'name,tier\nAcme Industrial,B\n华东机械,B\nNew One,C\nBad,Z\n');
    const result = await run(path, ['import', csv, '--dry-run', '--skip-invalid', '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      dryRun: true,
      written: false,
      created: 1,
      updated: 1,
      unchanged: 1,
      invalid: 1,
    });
    expect(snapshot(path)).toBe(before);
    expect(existsSync(csv.replace(/\.csv$/, '.rejects.csv'))).toBe(false);
  });

  it('--skip-invalid writes the valid rows and the rejects with a reason', async () => {
    const path = db();
    const csv = file('s.csv', 'name,stage,share\nGood,development,10\nBad,nowhere,10\nWorse,,200\nAlso Good,,\n');
    const result = await run(path, ['import', csv, '--skip-invalid']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('2 created, 0 updated, 0 unchanged, 2 invalid');
    expect(count(path, 'accounts')).toBe(2);
    const rejects = readFileSync(csv.replace(/\.csv$/, '.rejects.csv'), 'utf8');
    expect(rejects.split('\r\n')[0]).toBe('reason,name,stage,share');
    expect(rejects).toContain('"stage: stage ""nowhere"" is not one of');
    expect(rejects).toContain('share: share must be between 0 and 100 (got 200)');
    expect(rejects).toContain(',Worse,,200');
  });
});

describe('bad input: exit 1, a file:line message, nothing written', () => {
  async function expectRefused(content: string | Buffer, pattern: RegExp, args: string[] = []) {
    const path = db();
    await setup(path, ['add', 'Existing Co']);
    const before = snapshot(path);
    const csv = file('in.csv', content);
    const result = await run(path, ['import', csv, ...args]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(pattern);
    expect(result.stderr).not.toContain('unexpected error');
    expect(snapshot(path)).toBe(before);
    return result;
  }

  it('invalid enum value', async () => {
    const r = await expectRefused(
      'name,stage\nGood,development\nBad,nowhere\n',
      /in\.csv:3: stage: stage "nowhere" is not one of development/,
    );
    expect(r.stderr).toContain('1 invalid row; nothing was imported');
  });
  it('missing required column', () =>
    expectRefused('owner,tier\nlin,A\n', /no name column for accounts/, ['--type', 'accounts']));
  it('duplicate key inside the file names both lines', () =>
    expectRefused(
      'name,tier\nAcme,A\nOther,B\nACME ,C\n',
      /in\.csv:4: name: account "ACME" is also on line 2: lines 2 and 4/,
    ));
  it('ragged rows', () =>
    expectRefused('name,tier\nAcme,A,extra\nB Co,B\n', /in\.csv:2: row has 3 fields but the header has 2/));
  it('unclosed quote', () => expectRefused('name,tier\nAcme,A\n"Broken,B\nC,C\n', /unclosed quote/));
  describe('a field or row too long to hold: exit 1, its line, nothing written', () => {
    const small = { ACCT_IMPORT_MAX_FIELD: '1000', ACCT_IMPORT_MAX_ROW: '1500' };
    async function expectTooLarge(content: string, pattern: RegExp, env: Record<string, string> = small) {
      const path = db();
      await setup(path, ['add', 'Existing Co']);
      const before = snapshot(path);
      const result = await run(path, ['import', file('big.csv', content)], { env });
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toMatch(pattern);
      expect(result.stderr).toContain('big.csv could not be read to the end; nothing was imported');
      expect(result.stderr).not.toContain('0 invalid');
      expect(snapshot(path)).toBe(before);
    }
    const long = 'x'.repeat(1001);
    it('the last field of the input, with no line end after it', () =>
      expectTooLarge(
        `name,notes\nAcme,short\nBeta,${long}`,
        /big\.csv:3: notes: the value is longer than 1,000 characters/,
      ));
    it('a quoted field in the middle', () =>
      expectTooLarge(
        `name,notes\nAcme,short\nBeta,"a\n${long}"\nGamma,ok\n`,
        /big\.csv:3: notes: the value is longer than 1,000 characters/,
      ));
    it('a row of fields each within the limit', () =>
      expectTooLarge(
        `name,notes,city\nAcme,short,x\nBeta,${'y'.repeat(800)},${'z'.repeat(800)}\nGamma,ok,x\n`,
        /big\.csv:3: the row is longer than 1,500 characters/,
      ));
    it(
      'at the real default limit (16 MiB), at the end of the input',
      () =>
        expectTooLarge(
          `name,notes\nAcme,short\nBeta,${'n'.repeat(16 * 1024 * 1024 + 1)}`,
          /big\.csv:3: notes: the value is longer than 16,777,216 characters/,
          {},
        ),
      60_000,
    );
  });
  it('wrong encoding', () =>
    expectRefused(gbk('客户名称,负责人\n华东机械,林\n'), /not valid utf-8|utf-8/i, ['--encoding', 'utf-8']));
  it('empty file', () => expectRefused('', /in\.csv:1: .*empty/));
  it('binary file', () =>
    expectRefused(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0xff, 0xfe]),
      /binary|not a text/i,
    ));
  it('shows the first 20 errors, then a count', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `Co ${i},Z`).join('\n');
    const r = await expectRefused(`name,tier\n${rows}\n`, /… and 10 more errors/);
    expect(r.stderr.split('\n').filter((l) => /in\.csv:\d+: tier:/.test(l))).toHaveLength(20);
  });
  it('header-only file imports nothing and succeeds', async () => {
    const path = db();
    const result = await run(path, ['import', file('h.csv', 'name,tier\n')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('0 created, 0 updated, 0 unchanged, 0 invalid');
  });
  it('an unknown --type is a usage error', async () => {
    const result = await run(db(), ['import', file('x.csv', 'name\nA\n'), '--type', 'widgets']);
    expect(result.code).toBe(2);
  });
});

describe('real exports and scripted runs', () => {
  it('keeps the created date from the source system, so a first import is not "new this week"', async () => {
    const path = db();
    const csv = file('crm.csv', 'Account Name,Created Date,Tier\nAcme,2024-05-06T08:00:00Z,A\nBeta,,B\n');
    expect((await run(path, ['import', csv])).code).toBe(0);
    const exported = (await run(path, ['export'])).stdout;
    expect(exported).toContain('Acme,,,,A,,,,,,none,development,transactional,,,2024-05-06T08:00:00.000Z');
    // Beta had no date: created now (ACCT_NOW).
    expect(exported).toMatch(/Beta,.*,2026-03-15T10:00:00\.000Z/);
    const report = JSON.parse((await run(path, ['report', '--json'])).stdout) as {
      portfolio: { accounts: { start: number; end: number } };
    };
    expect(report.portfolio.accounts).toEqual({ start: 1, end: 2, change: 1 });
    const corrected = file('fix.csv', 'name,createdAt\nAcme,2024-05-01\n');
    expect(JSON.parse((await run(path, ['import', corrected, '--json'])).stdout)).toMatchObject({ updated: 1 });
    const bad = await run(path, ['import', file('bad.csv', 'name,createdAt\nGamma,last spring\n')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.csv:2: createdAt: createdAt "last spring" is not a date or timestamp/);
  });

  it('skips title rows above the header of a spreadsheet report, and says so', async () => {
    const path = db();
    const report = file(
      'report.csv',
      '客户清单 2026,,\r\n导出: 2026-11-01,,\r\n,,\r\n客户名称,负责人,城市\r\n华东机械,lin,上海\r\n',
    );
    const result = await run(path, ['import', report]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('the header is on line 4; skipped 2 rows above it');
    expect(JSON.parse((await run(path, ['list', '--json'])).stdout)).toMatchObject([
      { name: '华东机械', owner: 'lin', city: '上海' },
    ]);
  });

  it('several files go in one transaction: all of them, or none when one has a bad row', async () => {
    const path = db();
    const accounts = file('a.csv', 'name,tier\nAcme,A\nBeta,B\n');
    const contacts = file('c.csv', 'account,name\nAcme,Wang Li\n');
    const badContacts = file('bad.csv', 'account,name\nNope Co,Zhao Min\n');
    const refused = await run(path, ['import', file('a2.csv', 'name,tier\nGamma,C\n'), badContacts]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/bad\.csv:2: account: no account named "Nope Co"/);
    expect(JSON.parse((await run(path, ['list', '--json'])).stdout)).toEqual([]);
    const one = JSON.parse((await run(db(), ['import', accounts, '--json'])).stdout) as Record<string, unknown>;
    // One shape for scripts: totals and files[] whatever the number of files.
    expect(one).toMatchObject({ ok: true, created: 2, file: accounts, files: [{ file: accounts, created: 2 }] });
    const ok = await run(path, ['import', accounts, contacts, '--json']);
    expect(JSON.parse(ok.stdout)).toMatchObject({
      ok: true,
      created: 3,
      files: [{ type: 'accounts' }, { type: 'contacts' }],
    });
    const twice = await run(path, ['import', '-', '-']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('standard input (-) can be read only once');
  });
});

describe('contacts, activities, actions, assessments', () => {
  it('contacts match by account + email, else account + name; activities resolve contacts', async () => {
    const path = db();
    await run(path, ['import', file('accounts.csv', ACCOUNTS)]);
    const contacts = file(
      'contacts.csv',
      'account,name,email,department,attitude\nAcme Industrial,Wang Li,wang@acme.com,purchasing,neutral\nAcme Industrial,Zhao Min,,technical,supporter\n',
    );
    expect((await run(path, ['import', contacts])).code).toBe(0);
    const renamed = file(
      'c2.csv',
      'account,name,email,attitude\nAcme Industrial,Wang Li (Purchasing),wang@acme.com,supporter\n',
    );
    const r2 = await run(path, ['import', renamed, '--json']);
    expect(JSON.parse(r2.stdout)).toMatchObject({ updated: 1, created: 0 });
    const activities = file(
      'activities.csv',
      'account,date,type,note,contacts\nAcme Industrial,2026-03-01,visit,Plant visit,Wang Li (Purchasing); Zhao Min\nAcme Industrial,2026-03-02,complaint,Late delivery,\n',
    );
    const r3 = await run(path, ['import', activities]);
    expect(r3.code, r3.stderr).toBe(0);
    expect((await run(path, ['import', activities])).stderr).toContain('0 created, 0 updated, 2 unchanged');
    const bad = file(
      'bad.csv',
      'account,date,type,note,contacts\nNope Co,2026-03-01,visit,x,\nAcme Industrial,2026-03-01,visit,y,Nobody\n',
    );
    const r4 = await run(path, ['import', bad]);
    expect(r4.code).toBe(1);
    expect(r4.stderr).toMatch(/bad\.csv:2: account: no account named "Nope Co"/);
    expect(r4.stderr).toMatch(/bad\.csv:3: contacts: no contact "Nobody"/);
  });

  it('identical activity or action rows are separate entries, matched in order on re-import', async () => {
    const path = db();
    await run(path, ['import', file('accounts.csv', ACCOUNTS)]);
    const call = 'Acme Industrial,2026-03-01,call,Follow-up call\n';
    const twice = file('twice.csv', `account,date,type,note\n${call}${call}`);
    expect(JSON.parse((await run(path, ['import', twice, '--json'])).stdout)).toMatchObject({ created: 2 });
    expect(JSON.parse((await run(path, ['import', twice, '--json'])).stdout)).toMatchObject({
      created: 0,
      unchanged: 2,
    });
    const thrice = file('thrice.csv', `account,date,type,note\n${call}${call}${call}`);
    expect(JSON.parse((await run(path, ['import', thrice, '--json'])).stdout)).toMatchObject({
      created: 1,
      unchanged: 2,
    });
    const action = 'Acme Industrial,Send samples,2026-03-05\n';
    const actions = file('actions.csv', `account,text,due\n${action}${action}`);
    expect(JSON.parse((await run(path, ['import', actions, '--json'])).stdout)).toMatchObject({ created: 2 });
    expect(JSON.parse((await run(path, ['import', actions, '--json'])).stdout)).toMatchObject({ unchanged: 2 });
  });

  it('every type round-trips: export -> import into an empty db -> export gives the same files', async () => {
    const source = db();
    await setup(
      source,
      [
        'add',
        'Acme Industrial',
        '--owner',
        'lin',
        '--tier',
        'A',
        '--revenue',
        '120万',
        '--external-id',
        'SF-1',
        '--notes',
        '=HYPERLINK("x")',
      ],
      ['add', '华东机械', '--stage', 'partnership', '--share', '12.5', '--notes', 'line one\nline "two", end'],
      ['add', '--level', 'partner', '--target-level', 'strategic-alliance', '--', '-Minus Co'],
      ['contact', 'add', 'Acme', 'Wang Li', '--email', 'wang@acme.com', '--strength', '4', '--birthday', '1980-05-06'],
      ['contact', 'add', 'Acme', 'Zhao Min', '--department', 'technical', '--preferences', '@tea'],
      ['contact', 'add', '华东机械', '李华', '--attitude', 'opponent'],
      [
        'log',
        'Acme',
        'Plant visit',
        '--type',
        'visit',
        '--contact',
        'Wang Li',
        '--contact',
        'Zhao Min',
        '--date',
        '2026-02-01',
      ],
      ['log', 'Acme', '+ order 500 units', '--type', 'order', '--date', '2026-02-03', '--amount', '420万'],
      ['log', '华东机械', '首单', '--type', 'order', '--date', '2026-01-05', '--amount', 'EUR 3m'],
      ['log', '华东机械', '投诉：交期延误', '--type', 'complaint', '--contact', '李华', '--date', '2026-01-10'],
      ['action', 'add', 'Acme', 'Invite plant manager', '--due', '2026-03-01', '--owner', 'lin'],
      ['action', 'add', '华东机械', '回访', '--due', '2026-04-01'],
      // A log may hold the same entry twice (two calls on one day); both must survive the round trip.
      ['log', 'Acme', 'Call', '--type', 'call', '--date', '2026-02-05'],
      ['log', 'Acme', 'Call', '--type', 'call', '--date', '2026-02-05'],
      ['action', 'add', 'Acme', 'Send samples', '--due', '2026-03-05'],
      ['action', 'add', 'Acme', 'Send samples', '--due', '2026-03-05'],
    );
    await setup(source, ['action', 'done', '1']);
    const raw = new Database(source);
    raw
      .prepare(
        `INSERT INTO assessments (account_id, assessed_at, answers, result, stage, level, criteria_fit, risk_level, share, single_threaded)
         VALUES (1, '2026-02-15T09:00:00.000Z', '{"q1":"yes","n":3}', '{"stage":"initial-cooperation"}', 'initial-cooperation', 'transactional', 'alert', 'medium', 15, 1)`,
      )
      .run();
    raw.close();

    const types = ['accounts', 'contacts', 'activities', 'actions', 'assessments'];
    const dir = tempDir();
    for (const type of types) {
      const r = await run(source, ['export', '--type', type, '-o', join(dir, `${type}.csv`)]);
      expect(r.code, r.stderr).toBe(0);
    }
    const first = Object.fromEntries(types.map((t) => [t, readFileSync(join(dir, `${t}.csv`), 'utf8')]));
    expect(first.accounts).toContain(`'=HYPERLINK`);
    expect(first.accounts).toContain(`'-Minus Co`);
    expect(first.activities).toContain('Wang Li; Zhao Min');
    // An order keeps what it was worth; a bare amount is in the account's currency (none here).
    expect(first.activities).toContain("2026-02-03,order,'+ order 500 units,4200000,,");
    expect(first.activities).toContain('2026-01-05,order,首单,3000000,EUR,');

    const target = db();
    const imported = await run(target, ['import', dir]);
    expect(imported.code, imported.stderr).toBe(0);
    for (const type of types) {
      const r = await run(target, ['export', '--type', type]);
      expect(r.stdout, type).toBe(first[type]!.replace(/^\uFEFF/, ''));
    }
    // And importing the same folder again changes nothing.
    const again = await run(target, ['import', dir, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, updated: 0, invalid: 0 });
    // JSON export carries the same fields with native types.
    const json = JSON.parse((await run(target, ['export', '--type', 'accounts', '--format', 'json'])).stdout) as Record<
      string,
      unknown
    >[];
    expect(json.find((a) => a.name === 'Acme Industrial')).toMatchObject({
      revenue: 1200000,
      notes: '=HYPERLINK("x")',
    });
    const rawExport = await run(target, ['export', '--raw']);
    expect(rawExport.stdout).toContain(',"=HYPERLINK');
  });

  it('imports the sample portfolio in examples/', async () => {
    const path = db();
    const result = await run(path, ['import', join(ROOT, 'examples')]);
    expect(result.code, result.stderr).toBe(0);
    expect(count(path, 'accounts')).toBeGreaterThanOrEqual(25);
    expect(count(path, 'contacts')).toBeGreaterThan(30);
    expect(count(path, 'activities')).toBeGreaterThan(20);
    expect(count(path, 'actions')).toBeGreaterThan(10);
    expect(result.stderr).not.toContain('warning');
  });
});

describe('property-based', () => {
  const cell = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('', 'A', 'Z', 'development', 'partner', '120万', '-1', '"', '""', '\n', ',', '华东', '=1+1'),
  );
  it('random rows and malformed CSV: never an uncaught error, never a write when it reports failure', async () => {
    const path = db();
    await setup(path, ['add', 'Existing Co', '--tier', 'A']);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 }),
        fc.constantFrom('name,tier,stage,share,revenue', 'name,tier', 'owner', '"name,tier'),
        fc.boolean(),
        async (rows, header, quoteAll) => {
          const body = rows
            .map((r) => r.map((c) => (quoteAll ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
            .join('\n');
          const csv = file('p.csv', `${header}\n${body}`);
          const before = snapshot(path);
          const result = await run(path, ['import', csv, '--type', 'accounts']);
          expect([0, 1]).toContain(result.code);
          expect(result.stderr).not.toContain('unexpected error');
          if (result.code !== 0) expect(snapshot(path)).toBe(before);
        },
      ),
      { numRuns: 60 },
    );
  });
});
