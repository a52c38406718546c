/**
 * acct export writes exactly what the row-by-row formatting writes (issue 10, point 4):
 * every value of the export query, neutralised (io/formula.ts) and quoted (io/csv-write.ts),
 * joined by commas, one line a record, a BOM before a file. The export is free to build
 * its lines and chunks any way it likes; this compares its bytes with that reference over
 * tricky cells: formulas, quotes, commas, line breaks, CJK and emoji, white space at either
 * end, NULLs, numbers, a line longer than a write chunk and lines across chunk boundaries.
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS } from '../../src/commands/export.js';
import { csvCell, csvLine } from '../../src/io/csv-write.js';
import { neutralise } from '../../src/io/formula.js';
import { exportRows, type ExportType } from '../../src/store/export.js';
import { run, setup, tempDb, tempDir } from '../helpers.js';

/** Text cells that each need something, or look as if they might. */
const TRICKY = [
  '=SUM(A1:A2)',
  '+86 21 5555 0101',
  '-5',
  '@cmd',
  '\tTabbed',
  '\rReturn',
  '  =after spaces',
  "'=already marked",
  "''-twice",
  'plain; =piece after a semicolon',
  'a;b;  +c; @d',
  ';',
  'say "hi"',
  '"',
  'a,b',
  'line one\nline two',
  'crlf\r\nend',
  ' leading space',
  'trailing space ',
  '\u3000全角空格',
  '尾部全角\u3000',
  '\u00a0nbsp',
  'nbsp\u00a0',
  '\u2028separator',
  '华东机械有限公司',
  '😀 emoji 𠀀',
  'unit\u001fseparator',
  'nul\u0000inside',
  '',
  ' ',
  "'",
  '=',
  'ok',
];

/** REAL values whose text differs between SQLite and JavaScript unless formatted with care. */
const NUMBERS = [0, 0.1 + 0.2, 12.5, 1e20, 123456789012.5, 2 ** 53 + 2, 33.333333333333336, 1e-7, 100];

/** A database holding the tricky rows (a fresh one per test: temp folders go after each). */
async function seed(): Promise<string> {
  const db = tempDb();
  await setup(db, ['add', 'Seed Account', '--owner', 'lin']);
  const handle = new Database(db);
  const insert = handle.prepare(
    `INSERT INTO accounts (name, name_key, external_id, industry, owner, tier, city, address, revenue, currency, share,
       position, stage, level, target_level, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'none', 'development', 'transactional', NULL, ?, ?, ?)`,
  );
  const contact = handle.prepare(
    `INSERT INTO contacts (account_id, name, name_key, title, email, phone, preferences, strength, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
  );
  handle.transaction(() => {
    // Every tricky text in every text column, with a NULL or a number beside it; then many ordinary
    // rows of CJK text so the export crosses its write chunks in the middle of multi-byte characters.
    for (let i = 0; i < TRICKY.length * 3; i++) {
      const text = TRICKY[i % TRICKY.length]!;
      const other = TRICKY[(i * 7 + 3) % TRICKY.length]!;
      const id = insert.run(
        `${text} #${i}`,
        `key ${i}`,
        i % 4 === 0 ? null : `${other}${i}`,
        text,
        i % 5 === 0 ? null : other,
        i % 3 === 0 ? 'A' : null,
        other,
        text,
        i % 6 === 0 ? null : NUMBERS[i % NUMBERS.length]!,
        i % 2 === 0 ? null : text,
        i % 7 === 0 ? null : Math.min(100, NUMBERS[(i + 1) % NUMBERS.length]!),
        text + other,
        '2026-01-01T00:00:00.000Z',
        '2026-01-01T00:00:00.000Z',
      ).lastInsertRowid;
      contact.run(id, `${other} ${i}`, `contact ${i}`, text, other, text, other, i % 5 === 0 ? null : i % 5);
    }
    for (let i = 0; i < 6000; i++) {
      insert.run(
        `华东机械${i}有限公司`,
        `zz ${i}`,
        `EXT-${i}`,
        '包装',
        'wang',
        'B',
        '上海',
        `${i} 号, 工业路, "园区"`,
        i * 10000,
        'CNY',
        i % 100,
        `备注 ${i}：${'长文本'.repeat(i % 40)}`,
        '2026-01-02T00:00:00.000Z',
        '2026-01-02T00:00:00.000Z',
      );
    }
    // One note longer than a whole write chunk (1 MB) once encoded: 400,000 CJK characters.
    insert.run(
      'Long Notes Co',
      'long notes co',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      `=${'长'.repeat(400_000)}`,
      '2026-01-03T00:00:00.000Z',
      '2026-01-03T00:00:00.000Z',
    );
  })();
  handle.close();
  return db;
}

/** What the export writes, formatted a row at a time from the export query's values. */
function reference(db: string, type: ExportType, raw: boolean): string {
  const handle = new Database(db, { readonly: true });
  try {
    const source = exportRows(handle, type);
    const at = EXPORT_COLUMNS[type].map((column) => source.columns.indexOf(column));
    let text = `${csvLine(EXPORT_COLUMNS[type])}\n`;
    for (const row of source.rows()) {
      const cells = at.map((i) => {
        const value = row[i];
        const cell = value === null || value === undefined ? '' : String(value);
        return csvCell(raw ? cell : neutralise(cell));
      });
      text += `${cells.join(',')}\n`;
    }
    return text;
  } finally {
    handle.close();
  }
}

describe('acct export bytes', () => {
  for (const type of ['accounts', 'contacts'] as const) {
    it(`${type}, neutralised and --raw: a file and standard output, byte for byte as formatted row by row`, async () => {
      const db = await seed();
      for (const raw of [false, true]) {
        const expected = reference(db, type, raw);
        // The reference itself holds the cases this test is about.
        if (type === 'accounts') {
          expect(expected).toContain(raw ? ',=SUM(A1:A2),' : ",'=SUM(A1:A2),");
          expect(expected).toContain('"say ""hi"""');
          expect(expected).toContain(',0.30000000000000004,');
          expect(expected).toContain(',100000000000000000000,');
          expect(expected).toContain(raw ? ',plain; =piece' : ",plain; '=piece");
          expect(expected).toContain('"\u3000全角空格"');
        }
        const out = join(tempDir(), `${type}.csv`);
        const args = ['export', '--type', type, ...(raw ? ['--raw'] : [])];
        const written = await run(db, [...args, '-o', out]);
        expect(written.code, written.stderr).toBe(0);
        const bytes = readFileSync(out);
        if (type === 'accounts') expect(bytes.length).toBeGreaterThan(2 * 1024 * 1024);
        expect(bytes.equals(Buffer.from(`\uFEFF${expected}`)), `${type} raw=${raw} file`).toBe(true);
        const piped = await run(db, args);
        expect(piped.code, piped.stderr).toBe(0);
        expect(piped.stdout === expected, `${type} raw=${raw} stdout`).toBe(true);
      }
    });
  }
});
