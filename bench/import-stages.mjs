#!/usr/bin/env node
// Where acct import's time goes, stage by stage, in one process per stage
// (CPU seconds, user+sys, medians over rounds, interleaved):
//   read       decode + tokenize the file (src/io/csv-read.ts), nothing else
//   validate   + the row path of the domain (RecordImporter: validation, stage
//              rules, names) with a store that writes nothing
//   full       + the store: `acct import` into an empty database
//   notrigger  `acct import` into a database whose account history trigger
//              (migration 7) is dropped: the cost of the trigger alone
//
//   npm run build && node bench/import-stages.mjs [--rows 100000] [--runs 3]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, writeSync, closeSync, rmSync, writeFileSync, createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
  let rows = 0;
  let handle = null;
  if (which === 'validate') {
    const { RecordImporter } = await dist('domain/import.js');
    let id = 0;
    const store = { maxId: () => 0, insertAccountIfNew: () => ++id };
    const importer = new RecordImporter(store, { today: '2026-12-01', now: '2026-12-01T00:00:00.000Z' });
    handle = importer.forFile('accounts');
  }
  const { unneutralise } = await dist('io/formula.js');
  for await (const batch of reader.batches()) {
    for (const item of batch) {
      if (item.kind !== 'record') continue;
      rows++;
      if (handle) {
        const input = {};
        for (let i = 0; i < names.length; i++) input[names[i]] = unneutralise(item.values[i]);
        const outcome = handle(input, item.line);
        if (outcome !== 'created') throw new Error(JSON.stringify(outcome));
      }
    }
  }
  if (rows === 0) throw new Error('no rows');
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
{
  const CITIES = ['上海', '深圳', 'Suzhou', '杭州', 'Ningbo', '广州'];
  const INDUSTRIES = ['auto parts', 'packaging', 'electronics', 'chemicals', 'food'];
  const STAGES = ['development', 'initial-cooperation', 'primary-supplier', 'partnership', 'strategic-alliance'];
  const OWNERS = ['lin', 'wang', 'chen', 'zhao'];
  const PREFIX = ['华东', '深圳', '苏州', '宁波', '广州', '杭州'];
  const KIND = ['机械', '新能电池', '包装', '电子', '化工', '食品'];
  const fd = openSync(csv, 'w');
  let chunk = 'name,externalId,industry,owner,tier,city,address,revenue,currency,share,stage,notes\n';
  for (let i = 0; i < ROWS; i++) {
    const name = `${PREFIX[i % 6]}${KIND[(i >> 3) % 6]}${i}有限公司`;
    chunk +=
      `${name},EXT-${i},${INDUSTRIES[i % 5]},${OWNERS[i % 4]},${'ABC'[i % 3]},${CITIES[i % 6]},` +
      `"${i} 号, 工业路, ""园区"" ${i % 97}",${(i % 900) + 100}万,CNY,${i % 101},${STAGES[i % 5]},` +
      `"note ${i}, with a comma"\n`;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
}
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

const times = { read: [], validate: [], full: [], notrigger: [] };
for (let r = 0; r < RUNS; r++) {
  times.read.push(cpu([process.execPath, import.meta.filename, '--stage', 'read', csv]));
  times.validate.push(cpu([process.execPath, import.meta.filename, '--stage', 'validate', csv]));
  const db = join(dir, `full-${r}.db`);
  times.full.push(cpu([process.execPath, BIN, '--db', db, '-q', 'import', csv, '--type', 'accounts']));
  const bare = join(dir, `bare-${r}.db`);
  spawnSync(process.execPath, [BIN, '--db', bare, '-q', 'import', join(dir, 'empty.csv')]);
  spawnSync('sqlite3', [bare, 'DROP TRIGGER history_account_insert']);
  times.notrigger.push(cpu([process.execPath, BIN, '--db', bare, '-q', 'import', csv, '--type', 'accounts']));
  for (const p of [db, bare]) for (const s of ['', '-wal', '-shm']) rmSync(p + s, { force: true });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
const row = (label, v) =>
  console.log(
    `${label.padEnd(34)} ${v.toFixed(2)} s  (runs: ${times[label.split(' ')[0]]?.map((x) => x.toFixed(2)).join(', ') ?? ''})`,
  );
console.log(`${ROWS.toLocaleString('en-US')} rows, CPU seconds (user+sys), medians of ${RUNS}`);
row('read (decode + tokenize)', m.read);
row('validate (+ domain row path)', m.validate);
row('notrigger (acct import, no history trigger)', m.notrigger);
row('full (acct import)', m.full);
console.log(
  `domain row path ${(m.validate - m.read).toFixed(2)} s; store without trigger ${(m.notrigger - m.validate).toFixed(2)} s; history trigger ${(m.full - m.notrigger).toFixed(2)} s`,
);
rmSync(dir, { recursive: true, force: true });
