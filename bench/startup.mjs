#!/usr/bin/env node
// Start-up cost: median wall time of `acct --version` against `node -e 0`.
// Goal (issue 2): at most 2x. Run after `npm run build`: node bench/startup.mjs [runs]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? 21);
const bin = fileURLToPath(new URL('../bin/acct.js', import.meta.url));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(args) {
  const samples = [];
  for (let i = 0; i < runs + 2; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
    if (i >= 2) samples.push(ms); // the first runs warm the file cache
  }
  return median(samples);
}

const baseline = time(['-e', '0']);
const version = time([bin, '--version']);
const help = time([bin, '--help']);
console.log(`node -e 0        median ${baseline.toFixed(1)} ms (${runs} runs)`);
console.log(`acct --version   median ${version.toFixed(1)} ms  ratio ${(version / baseline).toFixed(2)}x`);
console.log(`acct --help      median ${help.toFixed(1)} ms  ratio ${(help / baseline).toFixed(2)}x`);
console.log(`goal: --version at most 2.00x -> ${version / baseline <= 2 ? 'met' : 'NOT met'}`);
