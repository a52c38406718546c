#!/usr/bin/env node
// Why acct parses CSV with csv-parse although papaparse is faster: speed on
// the import benchmark's file, and what each does with mixed line endings
// (Excel and legacy exports in test/fixtures/corpora mix CRLF, LF and CR).
//
//   node bench/parsers.mjs [file.csv]      # default: a generated 100,000-row file
//
// papaparse is not a dependency: `npm install --no-save papaparse` first to
// include it (the script says so and times csv-parse alone otherwise).
import { Parser } from 'csv-parse';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
let Papa = null;
try {
  Papa = require('papaparse');
} catch {
  console.error('papaparse not installed: npm install --no-save papaparse (timing csv-parse only)');
}

let file = process.argv[2];
let dir = null;
if (!file) {
  dir = mkdtempSync(join(tmpdir(), 'acct-parsers-'));
  file = join(dir, 'accounts.csv');
  const rows = ['name,externalId,owner,address,revenue,notes'];
  for (let i = 0; i < 100_000; i++) {
    rows.push(
      `华东机械${i}有限公司,EXT-${i},lin,"${i} 号, 工业路, ""园区""",${(i % 900) + 100}万,"note ${i}, with a comma"`,
    );
  }
  writeFileSync(file, `${rows.join('\n')}\n`);
}
const text = readFileSync(file, 'utf8');
const CHUNK = 64 * 1024;
const chunks = [];
for (let i = 0; i < text.length; i += CHUNK) chunks.push(text.slice(i, i + CHUNK));

const CSV_PARSE_OPTIONS = {
  record_delimiter: ['\r\n', '\n', '\r'],
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: true,
};

async function csvParse(input) {
  const rows = [];
  const parser = new Parser(CSV_PARSE_OPTIONS);
  parser.on('readable', () => {
    let row;
    while ((row = parser.read()) !== null) rows.push(row);
  });
  const ended = new Promise((resolve, reject) => parser.on('end', resolve).on('error', reject));
  for (const chunk of input) parser.write(chunk);
  parser.end();
  await ended;
  return rows;
}

function papa(input) {
  // Papa.parse over the whole text (its fastest path); streaming is no faster.
  return Papa.parse(input.join(''), { skipEmptyLines: true }).data;
}

async function median(fn) {
  const times = [];
  let count = 0;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    count = (await fn(chunks)).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[2], count };
}

const results = [['csv-parse', await median(csvParse)]];
if (Papa) results.push(['papaparse', await median(papa)]);
console.log(`${file}: ${(text.length / 1e6).toFixed(1)} M characters, parse only, median of 5`);
for (const [name, { ms, count }] of results)
  console.log(`  ${name.padEnd(10)} ${ms.toFixed(0).padStart(5)} ms  ${count} rows`);

// Mixed line endings: a CRLF file with one LF-only row and a CRLF inside a quoted value.
const mixed = 'name,notes\r\nAcme,"two\r\nlines"\nBeta,lf row\r\nGamma,last\r\n';
console.log('\nmixed line endings, expected [name,notes] [Acme,two\\r\\nlines] [Beta,lf row] [Gamma,last]:');
console.log(`  csv-parse  ${JSON.stringify(await csvParse([mixed]))}`);
if (Papa) console.log(`  papaparse  ${JSON.stringify(papa([mixed]))}`);
if (dir) rmSync(dir, { recursive: true, force: true });
