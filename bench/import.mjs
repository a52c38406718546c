#!/usr/bin/env node
// Times `acct import` of a generated accounts CSV (Chinese names, quoted
// fields) into an empty database against the sqlite3 shell's `.import` of
// the same file into a bare table (which validates nothing).
//
//   npm run build && node bench/import.mjs                 # 100,000 rows, 5 runs each
//   node bench/import.mjs --rows 1000000 --runs 1           # plus peak memory
//
// Prints both medians, the ratio (goal <= 2x) and acct's peak RSS (goal < 300 MB).
import { spawn, spawnSync } from 'node:child_process';
import { setInterval, clearInterval } from 'node:timers';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ROWS = opt('rows', 100_000);
const RUNS = opt('runs', 5);
const BIN = resolve(import.meta.dirname, '..', 'bin', 'acct.js');
const dir = mkdtempSync(join(tmpdir(), 'acct-bench-'));
const csv = join(dir, 'accounts.csv');

const CITIES = ['上海', '深圳', 'Suzhou', '杭州', 'Ningbo', '广州'];
const INDUSTRIES = ['auto parts', 'packaging', 'electronics', 'chemicals', 'food'];
const STAGES = ['development', 'initial-cooperation', 'primary-supplier', 'partnership', 'strategic-alliance'];
const OWNERS = ['lin', 'wang', 'chen', 'zhao'];
const PREFIX = ['华东', '深圳', '苏州', '宁波', '广州', '杭州'];
const KIND = ['机械', '新能电池', '包装', '电子', '化工', '食品'];

function generate() {
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
const acct = [];
const shell = [];
let peak = 0;
for (let r = 0; r < RUNS; r++) {
  const db = join(dir, `acct-${r}.db`);
  const a = await timed(process.execPath, [BIN, '--db', db, '--quiet', 'import', csv, '--type', 'accounts']);
  acct.push(a.seconds);
  peak = Math.max(peak, a.peak);
  const bare = join(dir, `bare-${r}.db`);
  const s = await timed('sqlite3', [bare], `.mode csv\n.import '${csv}' accounts\n`);
  shell.push(s.seconds);
  rmSync(db, { force: true });
  rmSync(`${db}-wal`, { force: true });
  rmSync(`${db}-shm`, { force: true });
  rmSync(bare, { force: true });
}
const ma = median(acct);
const ms = median(shell);
console.log(`acct import     median ${ma.toFixed(2)} s  (runs: ${acct.map((x) => x.toFixed(2)).join(', ')})`);
console.log(`sqlite3 .import median ${ms.toFixed(2)} s  (runs: ${shell.map((x) => x.toFixed(2)).join(', ')})`);
console.log(`ratio ${(ma / ms).toFixed(2)}x (goal <= 2x)`);
console.log(`acct peak RSS ${peak.toFixed(0)} MB (goal < 300 MB)`);
writeFileSync(join(dir, 'done'), '');
rmSync(dir, { recursive: true, force: true });
