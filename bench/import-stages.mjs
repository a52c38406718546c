#!/usr/bin/env node
// Where acct import's time goes, stage by stage (CPU seconds, user+sys,
// medians over rounds, interleaved), against what SQLite itself needs to
// write the same rows (the sqlite3 shell's `.timer`, user+sys per statement):
//   start       the read stage on a header-only file: Node and module start-up
//   read        decode + tokenize the file (src/io/csv-read.ts), nothing else
//   validate    + the domain's row path (RecordImporter: validation, stage
//               rules, names) with a store that writes nothing
//   full        + the store: `acct import` into an empty database
//   shell bare  `.import` into an unindexed table (bench/import.mjs's "bare"), the whole process
//   shell rows  INSERT ... SELECT of the staged rows into the indexed accounts
//               table, history trigger off
//   shell hist  the history rows of those accounts, one INSERT ... SELECT
//               (ACCOUNT_HISTORY_FLUSH, migration 9)
//
//   npm run build && node bench/import-stages.mjs [--rows 100000] [--runs 3]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeAccountsCsv } from './accounts-csv.mjs';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'acct.js');
const stage = process.argv[2];

if (stage === '--stage') {
  // Child: run one in-process stage on the file.
  const [, , , which, csv] = process.argv;
  const dist = (p) => import(pathToFileURL(join(ROOT, 'dist', p)).href);
  const { openCsv } = await dist('io/csv-read.js');
  const reader = await openCsv(createReadStream(csv, { highWaterMark: 256 * 1024 }), {});
  const names = reader.header.names;
  let handle = null;
  if (which === 'validate') {
    const { RecordImporter } = await dist('domain/import.js');
    let id = 0;
    const store = {
      maxId: () => 0,
      insertAccountIfNew: () => ++id,
      insertAccountsIfNew: (rows) => ((id += rows.length), id - rows.length + 1),
    };
    const importer = new RecordImporter(store, { today: '2026-12-01', now: '2026-12-01T00:00:00.000Z' });
    handle = importer.forFile('accounts');
  }
  const { unneutralise } = await dist('io/formula.js');
  for await (const batch of reader.batches()) {
    if (!handle) continue;
    // As src/io/import-file.ts: the records of a slice of the batch at once.
    for (let start = 0; start < batch.length; start += 256) {
      const inputs = [];
      const lines = [];
      for (const item of batch.slice(start, start + 256)) {
        if (item.kind !== 'record') continue;
        const input = {};
        for (let i = 0; i < names.length; i++) input[names[i]] = unneutralise(item.values[i]);
        inputs.push(input);
        lines.push(item.line);
      }
      for (const outcome of handle(inputs, lines)) if (outcome !== 'created') throw new Error(JSON.stringify(outcome));
    }
  }
  process.exit(0);
}

const opt = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROWS = opt('rows', 100_000);
const RUNS = opt('runs', 3);
const dir = mkdtempSync(join(tmpdir(), 'acct-stages-'));
const csv = join(dir, 'accounts.csv');
// The same file as bench/import.mjs.
writeAccountsCsv(csv, ROWS);
writeFileSync(join(dir, 'empty.csv'), 'name\n');

/** user+sys CPU seconds of one child, via /usr/bin/time-like rusage from spawnSync's resourceUsage is not exposed: use bash's times. */
function cpu(argv) {
  const script = `${argv.map((a) => `'${a}'`).join(' ')} >/dev/null || exit 9; times`;
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${argv.join(' ')}: ${r.stderr}`);
  // `times` prints the shell's then the children's user/sys: "0m1.234s 0m0.123s"
  const lines = r.stdout.trim().split('\n');
  const secs = (t) => {
    const m = /(\d+)m([\d.]+)s/.exec(t);
    return Number(m[1]) * 60 + Number(m[2]);
  };
  const [u, s] = lines[lines.length - 1].split(/\s+/);
  return secs(u) + secs(s);
}

const INSERT_ACCOUNTS = `INSERT INTO accounts (name, name_key, external_id, industry, owner, tier, city, address,
  revenue, currency, share, stage, notes, created_at, updated_at)
SELECT name, lower(name), externalId, industry, owner, tier, city, address, CAST(rtrim(revenue, '万') AS REAL) * 10000,
  currency, CAST(share AS REAL), stage, notes, strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ')
FROM staging;`;
const { ACCOUNT_HISTORY_FLUSH } = await import(pathToFileURL(join(ROOT, 'dist', 'store', 'migrations.js')).href);
/** CPU seconds of the shell's accounts insert and history insert, from `.timer`. */
function shell(db) {
  const script = `.mode csv
PRAGMA journal_mode = WAL;
BEGIN;
CREATE TABLE staging (name,externalId,industry,owner,tier,city,address,revenue,currency,share,stage,notes);
.import --skip 1 '${csv}' staging
DROP TRIGGER history_account_insert;
.timer on
${INSERT_ACCOUNTS}
${ACCOUNT_HISTORY_FLUSH.replace('?', '0')};
.timer off
ROLLBACK;
`;
  const r = spawnSync('sqlite3', ['-bail', db], { input: script, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const cpus = [...r.stdout.matchAll(/user ([\d.]+) sys ([\d.]+)/g)].map((m) => Number(m[1]) + Number(m[2]));
  if (cpus.length !== 2) throw new Error(`unexpected .timer output: ${r.stdout}`);
  return cpus;
}

const times = { start: [], read: [], validate: [], full: [], bare: [], rows: [], hist: [] };
for (let r = 0; r < RUNS; r++) {
  times.start.push(cpu([process.execPath, import.meta.filename, '--stage', 'read', join(dir, 'empty.csv')]));
  times.read.push(cpu([process.execPath, import.meta.filename, '--stage', 'read', csv]));
  times.validate.push(cpu([process.execPath, import.meta.filename, '--stage', 'validate', csv]));
  const db = join(dir, `full-${r}.db`);
  times.full.push(cpu([process.execPath, BIN, '--db', db, '-q', 'import', csv, '--type', 'accounts']));
  const empty = join(dir, `shell-${r}.db`);
  spawnSync(process.execPath, [BIN, '--db', empty, '-q', 'import', join(dir, 'empty.csv')]);
  const [rows, hist] = shell(empty);
  const bareDb = join(dir, `bare-${r}.db`);
  times.bare.push(cpu(['sqlite3', bareDb, '.mode csv', `.import ${csv} bare`]));
  times.rows.push(rows);
  times.hist.push(hist);
  for (const p of [db, empty, bareDb]) for (const s of ['', '-wal', '-shm']) rmSync(p + s, { force: true });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
const row = (key, label) =>
  console.log(`${label.padEnd(44)} ${m[key].toFixed(2)} s  (runs: ${times[key].map((x) => x.toFixed(2)).join(', ')})`);
console.log(`${ROWS.toLocaleString('en-US')} rows, CPU seconds (user+sys), medians of ${RUNS}`);
row('start', 'node + modules (header-only file)');
row('read', 'acct: read (decode + tokenize)');
row('validate', 'acct: + domain row path');
row('full', 'acct import');
row('bare', 'sqlite3: bare .import');
row('rows', 'sqlite3: INSERT ... SELECT into accounts');
row('hist', 'sqlite3: INSERT ... SELECT of their history');
console.log(
  `acct: read ${m.read.toFixed(2)} s, domain ${(m.validate - m.read).toFixed(2)} s, store ${(m.full - m.validate).toFixed(2)} s; ` +
    `SQLite's own writes ${(m.rows + m.hist).toFixed(2)} s = ${((m.rows + m.hist) / m.bare).toFixed(2)}x the bare .import`,
);
rmSync(dir, { recursive: true, force: true });
