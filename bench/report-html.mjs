#!/usr/bin/env node
// The HTML review's cost next to the terminal report's: median wall time of
// the BUILT `acct report` writing the page (`-o FILE.html`, default list of
// 25 accounts with their sections) against the same database's plain report
// and `node -e 0`, all three interleaved run by run so a loaded machine
// slows them alike.
//
//   npm run build && node bench/report.mjs --scales 10000   # makes bench/.data/report-10000.db
//   node bench/report-html.mjs [--runs 9] [--scales 1000,10000]
//
// Goal (issue 13 point 9): the page under 1 s at 10,000 accounts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const runs = Number(flag('--runs', 9));
const scales = flag('--scales', '1000,10000').split(',').map(Number);
const AS_OF = '2026-03-15';
const bin = fileURLToPath(new URL('../bin/acct.js', import.meta.url));
const dataDir = fileURLToPath(new URL('./.data/', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'acct-bench-html-'));
const env = { ...process.env, ACCT_NOW: `${AS_OF}T12:00:00Z`, NO_COLOR: '1', HOME: out };

function timed(command, commandArgs) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${commandArgs.join(' ')} failed: ${result.stderr}`);
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

console.log(
  `load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}; ${runs} interleaved runs per figure`,
);
for (const accounts of scales) {
  const db = join(dataDir, `report-${accounts}.db`);
  if (!existsSync(db)) {
    console.log(`${accounts}: no ${db} (make it with node bench/report.mjs --scales ${accounts})`);
    continue;
  }
  const page = join(out, 'review.html');
  const report = ['--db', db, 'report', '--as-of', AS_OF];
  // One warm-up each: the first run migrates a copied database and fills the page cache.
  timed(process.execPath, [bin, ...report, '-o', page, '--yes']);
  timed(process.execPath, [bin, ...report]);
  const samples = { node: [], plain: [], html: [] };
  for (let i = 0; i < runs; i++) {
    samples.node.push(timed(process.execPath, ['-e', '0']));
    samples.plain.push(timed(process.execPath, [bin, ...report]));
    samples.html.push(timed(process.execPath, [bin, ...report, '-o', page, '--yes']));
  }
  const node = median(samples.node);
  const plain = median(samples.plain);
  const html = median(samples.html);
  console.log(
    `${accounts} accounts: html ${html.toFixed(0)} ms (${(html / node).toFixed(1)}x node -e 0, ` +
      `${(html / plain).toFixed(2)}x the piped report); piped report ${plain.toFixed(0)} ms; node -e 0 ${node.toFixed(0)} ms`,
  );
}
console.log(
  `load average after: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
rmSync(out, { recursive: true, force: true });
