/** Property-based tests: csv-stringify round trips through the reader; garbage never throws. */
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, test } from 'vitest';
import { readAllCsv } from '../../src/io/csv-read.js';
import { bytes } from './helpers.js';

// Values as users type them: any text except NUL (which the reader reports by design).
const value = fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => s.replace(/\0/g, ''));
const header = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 }).map((s) => 'h' + s.replace(/\0/g, ''));

describe('round trip', () => {
  test('csv-stringify output reads back to the same records', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 1, max: 5 })
          .chain((w) =>
            fc.tuple(
              fc.array(header, { minLength: w, maxLength: w }),
              fc.array(fc.array(value, { minLength: w, maxLength: w }), { maxLength: 20 }),
              fc.constantFrom(',', ';', '\t'),
              fc.constantFrom('\n', '\r\n', '\r'),
              fc.constantFrom(Infinity, 1, 5, 64),
            ),
          ),
        async ([names, records, delimiter, eol, chunk]) => {
          const kept = records.filter((r) => r.some((v) => v !== '')); // fully empty rows are skipped by design
          const text = stringify([names, ...records], { delimiter, record_delimiter: eol, quoted_match: /[\s"]|^$/ });
          const r = await readAllCsv(bytes(text, chunk), { delimiter });
          expect(r.problems).toEqual([]);
          expect(r.header!.names).toEqual(names);
          expect(r.records.map((x) => x.values)).toEqual(kept);
          // line numbers: header is line 1, each record starts after the previous one's last line
          let line = 1 + names.join('').split(/\r\n|\r|\n/).length - 1;
          let i = 0;
          for (const rec of records) {
            const start = line + 1;
            line = start + rec.join('').split(/\r\n|\r|\n/).length - 1;
            if (rec.some((v) => v !== '')) expect(r.records[i++]!.line).toBe(start);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test('delimiter detection agrees with the writer for regular tables', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(',', ';', '\t', '|'),
        fc.array(fc.array(fc.stringMatching(/^[a-z0-9 .]{1,6}$/), { minLength: 3, maxLength: 3 }), {
          minLength: 2,
          maxLength: 10,
        }),
        async (delimiter, rows) => {
          const text = stringify([['a', 'b', 'c'], ...rows], { delimiter });
          const r = await readAllCsv(bytes(text));
          expect(r.header!.delimiter).toBe(delimiter);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('garbage in', () => {
  test('random bytes never throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(Infinity, 1, 7), async (data, chunk) => {
        const r = await readAllCsv(bytes(data, chunk));
        expect(r.header !== null || r.problems.length > 0).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('random CSV-ish text never throws', async () => {
    const csvish = fc
      .array(
        fc.constantFrom(
          '"',
          ',',
          ';',
          '\t',
          '\r',
          '\n',
          '\r\n',
          'a',
          '中',
          '\0',
          ' ',
          '""',
          'Grand Totals (1 records)',
        ),
        {
          maxLength: 60,
        },
      )
      .map((a) => a.join(''));
    await fc.assert(
      fc.asyncProperty(csvish, fc.constantFrom(undefined, 'utf-16le', 'latin1', 'gbk'), async (s, encoding) => {
        const data = encoding === 'utf-16le' ? Buffer.from(s, 'utf16le') : Buffer.from(s);
        const r = await readAllCsv(bytes(data, 3), encoding ? { encoding } : {});
        for (const p of r.problems) expect(p.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
});
