#!/usr/bin/env node
// Times `acct import` of a generated accounts CSV (Chinese names, quoted
// fields) into an empty database against two runs of the sqlite3 shell on
// the same file, and `acct export` against the shell's CSV output of the
// same columns. One round runs each command once (interleaved, so load
// changes hit all alike); medians over the rounds.
//
//   npm run build && node bench/import.mjs                 # 100,000 rows, 5 rounds
//   node bench/import.mjs --rows 1000000 --runs 1           # plus peak memory at 1M rows
//   node bench/import.mjs --compare ../other-checkout      # also times that checkout's built acct, interleaved
//
// References (issue 10, points 3 and 4):
//   schema  the shell loads the file into acct's own schema: `.import` into a
//           staging table, then INSERT … SELECT into the real, indexed
//           `accounts` table (name_key, created_at filled in), WAL. Goal <= 1.5x.
//   bare    the shell's plain `.import` into an unindexed table. Goal <= 3.5x.
//   export  `.mode csv` output of the columns acct export writes. Goal <= 2x.
// Peak RSS of acct (VmHWM) goal: < 300 MB.
import { spawn, spawnSync } from 'node:child_process';
import { setInterval, clearInterval } from 'node:timers';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeAccountsCsv } from './accounts-csv.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ROWS = opt('rows', 100_000);
const RUNS = opt('runs', 5);
const BIN = resolve(import.meta.dirname, '..', 'bin', 'acct.js');
const compareAt = args.indexOf('--compare');
const BASE = compareAt >= 0 ? resolve(args[compareAt + 1], 'bin', 'acct.js') : null;
const dir = mkdtempSync(join(tmpdir(), 'acct-bench-'));
const csv = join(dir, 'accounts.csv');

const generate = () => writeAccountsCsv(csv, ROWS);

/** Runs a command, returns wall seconds and peak RSS (VmHWM, MB) of the child. */
function timed(cmd, argv, input) {
  return new Promise((done, fail) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, argv, { stdio: [input ? 'pipe' : 'ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peak = 0;
    child.stderr.on('data', (d) => (stderr += d));
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]) / 1024);
      } catch {
        /* exited */
      }
    }, 50);
    if (input) child.stdin.end(input);
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (code !== 0) fail(new Error(`${cmd} exited ${code}: ${stderr}`));
      else done({ seconds, peak });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

generate();
console.log(`file: ${ROWS.toLocaleString('en-US')} rows, ${(readFileSync(csv).length / 1e6).toFixed(1)} MB`);
if (spawnSync('sqlite3', ['-version']).status !== 0) {
  console.error('sqlite3 shell not found (apt-get install -y sqlite3)');
  process.exit(1);
}

// An empty database with acct's schema, copied for each shell run into it.
const template = join(dir, 'template.db');
writeFileSync(join(dir, 'empty.csv'), 'name\n');
if (spawnSync(process.execPath, [BIN, '--db', template, '-q', 'import', join(dir, 'empty.csv')]).status !== 0) {
  throw new Error('could not create the template database');
}

const COLUMNS = 'name,externalId,industry,owner,tier,city,address,revenue,currency,share,stage,notes';
const schemaScript = `.mode csv
PRAGMA journal_mode = WAL;
BEGIN;
CREATE TABLE staging (${COLUMNS});
.import --skip 1 '${csv}' staging
INSERT INTO accounts (name, name_key, external_id, industry, owner, tier, city, address, revenue, currency, share,
  stage, notes, created_at, updated_at)
SELECT name, lower(name), externalId, industry, owner, tier, city, address,
  CAST(rtrim(revenue, '万') AS REAL) * 10000, currency, CAST(share AS REAL), stage, notes,
  strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ')
FROM staging;
DROP TABLE staging;
COMMIT;
`;
const exportScript = (out) => `.headers on
.mode csv
.output '${out}'
SELECT name, external_id AS externalId, industry, owner, tier, city, address, revenue, currency, share, position,
  stage, level, target_level AS targetLevel, notes, created_at AS createdAt
FROM accounts ORDER BY name_key, id;
`;

const times = { acct: [], schema: [], bare: [], export: [], shellExport: [], baseImport: [], baseExport: [] };
let peak = 0;
const removeDb = (path) => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
};
for (let r = 0; r < RUNS; r++) {
  const db = join(dir, `acct-${r}.db`);
  const a = await timed(process.execPath, [BIN, '--db', db, '--quiet', 'import', csv, '--type', 'accounts']);
  times.acct.push(a.seconds);
  peak = Math.max(peak, a.peak);

  const schemaDb = join(dir, `schema-${r}.db`);
  copyFileSync(template, schemaDb);
  times.schema.push((await timed('sqlite3', ['-bail', schemaDb], schemaScript)).seconds);
  const loaded = spawnSync('sqlite3', [schemaDb, 'SELECT count(*) FROM accounts']).stdout.toString().trim();
  if (loaded !== String(ROWS)) throw new Error(`the shell loaded ${loaded} rows into the schema, not ${ROWS}`);

  const bare = join(dir, `bare-${r}.db`);
  times.bare.push((await timed('sqlite3', [bare], `.mode csv\n.import '${csv}' accounts\n`)).seconds);

  const out = join(dir, 'export.csv');
  times.export.push((await timed(process.execPath, [BIN, '--db', db, '--quiet', 'export', '-o', out])).seconds);
  times.shellExport.push((await timed('sqlite3', [db], exportScript(join(dir, 'shell-export.csv')))).seconds);

  if (BASE) {
    const baseDb = join(dir, `base-${r}.db`);
    times.baseImport.push(
      (await timed(process.execPath, [BASE, '--db', baseDb, '--quiet', 'import', csv, '--type', 'accounts'])).seconds,
    );
    times.baseExport.push(
      (await timed(process.execPath, [BASE, '--db', baseDb, '--quiet', 'export', '-o', out])).seconds,
    );
    removeDb(baseDb);
  }

  removeDb(db);
  removeDb(schemaDb);
  removeDb(bare);
}
const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
const runs = (xs) => xs.map((x) => x.toFixed(2)).join(', ');
console.log(`acct import             median ${m.acct.toFixed(2)} s  (runs: ${runs(times.acct)})`);
console.log(`sqlite3 into schema     median ${m.schema.toFixed(2)} s  (runs: ${runs(times.schema)})`);
console.log(`sqlite3 bare .import    median ${m.bare.toFixed(2)} s  (runs: ${runs(times.bare)})`);
console.log(`acct export             median ${m.export.toFixed(2)} s  (runs: ${runs(times.export)})`);
console.log(`sqlite3 .mode csv       median ${m.shellExport.toFixed(2)} s  (runs: ${runs(times.shellExport)})`);
console.log(`import / schema load    ${(m.acct / m.schema).toFixed(2)}x (goal <= 1.5x)`);
console.log(`import / bare .import   ${(m.acct / m.bare).toFixed(2)}x (goal <= 3.5x)`);
console.log(`export / shell csv      ${(m.export / m.shellExport).toFixed(2)}x (goal <= 2x)`);
if (BASE) {
  console.log(`compare: ${BASE}`);
  console.log(
    `  import   median ${m.baseImport.toFixed(2)} s  (runs: ${runs(times.baseImport)}); / schema ${(m.baseImport / m.schema).toFixed(2)}x, / bare ${(m.baseImport / m.bare).toFixed(2)}x`,
  );
  console.log(
    `  export   median ${m.baseExport.toFixed(2)} s  (runs: ${runs(times.baseExport)}); / shell csv ${(m.baseExport / m.shellExport).toFixed(2)}x`,
  );
}
console.log(`acct import peak RSS    ${peak.toFixed(0)} MB (goal < 300 MB)`);
rmSync(dir, { recursive: true, force: true });
