/**
 * The hand-written CSV writer (src/io/csv-write.ts) against csv-stringify,
 * which `acct export` and rejects files used before: the same bytes for
 * every cell, and what it writes reads back to the same values.
 */
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAllCsv } from '../../src/io/csv-read.js';
import { csvCell, csvLine } from '../../src/io/csv-write.js';
import { neutralise } from '../../src/io/formula.js';
import { bytes, corpus, walk, CORPORA } from './helpers.js';

const reference = (cells: string[]) => stringify([cells], { quoted_match: /^\s|\s$/, record_delimiter: '' });

const tricky = [
  '',
  'plain',
  'a,b',
  'say "hi"',
  '"',
  '""',
  'two\nlines',
  'cr\ronly',
  'crlf\r\nend',
  ' leading',
  'trailing ',
  '\tTab',
  'ideographic\u3000',
  '\u00a0nbsp',
  '=SUM(A1)',
  "'=quoted",
  '上海,有限公司',
  '\u202e',
  ',',
  ' ',
];

describe('csvLine', () => {
  it('writes what csv-stringify wrote, cell by cell and row by row', () => {
    for (const cell of tricky) expect(csvCell(cell), JSON.stringify(cell)).toBe(reference([cell]));
    expect(csvLine(tricky)).toBe(reference(tricky));
  });

  it('agrees with csv-stringify on random cells', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { minLength: 1, maxLength: 6 }), (cells) => {
        expect(csvLine(cells)).toBe(reference(cells));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with csv-stringify on every value of the corpus files', async () => {
    let compared = 0;
    for (const file of walk(CORPORA).filter((path) => /\.(csv|tsv|txt)$/i.test(path))) {
      const { records } = await readAllCsv(bytes(readFileSync(file)));
      for (const record of records.slice(0, 200)) {
        expect(csvLine(record.values), file).toBe(reference(record.values));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('reads back through the import reader to the same values (neutralised cells included)', async () => {
    const rows = [['name', 'notes'], ...tricky.filter((cell) => cell !== '').map((cell) => [neutralise(cell), cell])];
    const text = rows.map((row) => csvLine(row)).join('\n');
    const { records, problems } = await readAllCsv(bytes(text), { delimiter: ',' });
    expect(problems).toEqual([]);
    expect(records.map((record) => record.values)).toEqual(rows.slice(1));
  });
});

// A fixture exists at the path the helpers name (guards against an empty walk above).
it('the corpus is there', () => expect(readFileSync(corpus('README.md'), 'utf8').length).toBeGreaterThan(0));
