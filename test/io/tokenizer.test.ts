/**
 * The CSV state machine (src/io/csv-tokenizer.ts) against csv-parse, the
 * library it replaced, with the options acct gave it: over every corpus
 * file, fed in chunks of 1, 2, 3, 7, 64 and 7001 characters, both must give
 * the same records, and the same unclosed quote. Then the line numbers and
 * the size limits, which csv-parse had no equivalent of.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { detectDelimiter } from '../../src/io/csv-read.js';
import { CsvTokenizer, type TokenizerProblem } from '../../src/io/csv-tokenizer.js';
import { decodeText } from '../../src/io/decode.js';
import { bytes, CORPORA, walk } from './helpers.js';

const NO_LIMIT = { maxField: Number.MAX_SAFE_INTEGER, maxRow: Number.MAX_SAFE_INTEGER };

function tokenize(text: string, delimiter: string, chunk: number, limits = NO_LIMIT) {
  const tokenizer = new CsvTokenizer(delimiter, limits);
  for (let i = 0; i < text.length; i += chunk) tokenizer.write(text.slice(i, i + chunk));
  if (text.length === 0) tokenizer.write('');
  tokenizer.end();
  return {
    records: tokenizer.records,
    starts: tokenizer.starts,
    ends: tokenizer.ends,
    problem: tokenizer.problem as TokenizerProblem | null,
  };
}

/** csv-parse as csv-read.ts configured it before the state machine replaced it. */
function csvParse(text: string, delimiter: string): { records: string[][]; unclosed: boolean } {
  let unclosed = false;
  const records = parse(text, {
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    quote: '"',
    escape: '"',
    bom: false,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: { code?: string } | undefined) => {
      if (error?.code === 'CSV_QUOTE_NOT_CLOSED') unclosed = true;
    },
  }) as string[][];
  return { records, unclosed };
}

async function decoded(file: string): Promise<string | null> {
  let text = '';
  try {
    for await (const piece of decodeText(bytes(readFileSync(file)))) text += piece;
  } catch {
    return null; // undecodable without --encoding: the reader stops before parsing
  }
  return text;
}

const CHUNKS = [1, 2, 3, 7, 64, 7001];

describe('agrees with csv-parse on every corpus file', () => {
  const files = walk(CORPORA).filter((f) => !/\.(json|ndjson|md)$/.test(f));
  test.each(files.map((f) => [relative(CORPORA, f), f]))('%s', async (_name, file) => {
    const text = await decoded(file);
    if (text === null) return;
    const delimiter = detectDelimiter(text.slice(0, 16 * 1024));
    const expected = csvParse(text, delimiter);
    for (const chunk of CHUNKS) {
      const got = tokenize(text, delimiter, chunk);
      expect(got.problem?.code === 'unclosed-quote', `unclosed quote, chunk ${chunk}`).toBe(expected.unclosed);
      expect(got.records, `chunk ${chunk}`).toEqual(expected.records);
    }
  });
});

describe('edge cases, in every chunk size', () => {
  const cases: [string, string][] = [
    ['stray quotes', 'a,b\n5\'10",x\n"q"z,y\n"a""b"c,"""",""\n'],
    ['quotes at chunk edges', '"a""""b","",""""\r\n"x\r\ny",z'],
    ['CR only, CRLF in quotes, trailing delimiter', 'a,b\r1,"2\r\n3"\r\r\n4,\r\n'],
    ['empty quoted field alone on a line', 'a\n""\n\n"\n"\n'],
    ['no newline at the end', 'a,b\n1,2'],
    ['text after a closing quote at the end', 'a\n"x"y'],
    ['tab delimiter', 'a\tb\n"1\t2"\t3\n'],
  ];
  test.each(cases)('%s', (_name, text) => {
    const delimiter = text.includes('\t') ? '\t' : ',';
    const expected = csvParse(text, delimiter);
    for (const chunk of [...CHUNKS, 4, 5]) {
      expect(tokenize(text, delimiter, chunk).records, `chunk ${chunk}`).toEqual(expected.records);
    }
  });
});

describe('line numbers', () => {
  test('each record starts and ends on its real line; CRLF, LF and CR count once, also inside quotes', () => {
    const text = 'h\r\n\r\n"a\r\nb"\n\nc\r"d\re"\r\n"f\ng"';
    for (const chunk of CHUNKS) {
      const got = tokenize(text, ',', chunk);
      expect(got.records).toEqual([['h'], ['a\r\nb'], ['c'], ['d\re'], ['f\ng']]);
      expect(got.starts).toEqual([1, 3, 6, 7, 9]);
      expect(got.ends).toEqual([1, 4, 6, 8, 10]);
    }
  });

  test('an unclosed quote names the record line and the quote line', () => {
    const got = tokenize('a,b\n1,2\n3,"open\n4,5\n', ',', 3);
    expect(got.records).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(got.problem).toEqual({ code: 'unclosed-quote', line: 3, quoteLine: 3, lastLine: 4 });
  });
});

describe('size limits', () => {
  const limits = { maxField: 10, maxRow: 25 };
  test('a field longer than the limit stops reading at its line, in the middle and at the end', () => {
    for (const chunk of CHUNKS) {
      const middle = tokenize('a,b\n1,2\n3,"12345\n678901"\n5,6\n', ',', chunk, limits);
      expect(middle.problem).toEqual({ code: 'too-large', line: 3, column: 1, limit: 10 });
      expect(middle.records).toEqual([
        ['a', 'b'],
        ['1', '2'],
      ]);
      const end = tokenize('a,b\n1,2\n3,12345678901', ',', chunk, limits);
      expect(end.problem).toEqual({ code: 'too-large', line: 3, column: 1, limit: 10 });
      const exact = tokenize('a,b\n1,2\n3,1234567890', ',', chunk, limits);
      expect(exact.problem).toBeNull();
      expect(exact.records).toHaveLength(3);
    }
  });

  test('a row longer than the limit, of fields within it', () => {
    for (const chunk of CHUNKS) {
      const got = tokenize('a,b,c\n1234567890,1234567890,1234567890\n', ',', chunk, limits);
      expect(got.problem).toEqual({ code: 'too-large', line: 2, column: null, limit: 25 });
      expect(got.records).toEqual([['a', 'b', 'c']]);
    }
  });
});
