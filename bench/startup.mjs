#!/usr/bin/env node
// Start-up cost: median wall time of `acct --version`, `acct --help`,
// `acct list` (on a small database) and `acct assess --questions --json`
// against `node -e 0`, interleaved.
// Goals: --version (issue 2) and list (issue 10) at most 2x; assess --questions at most 3x (issue 10).
// Run after `npm run build`: node bench/startup.mjs [runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? 21);
const bin = fileURLToPath(new URL('../bin/acct.js', import.meta.url));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const dir = mkdtempSync(join(tmpdir(), 'acct-startup-'));
const db = join(dir, 'acct.db');
writeFileSync(join(dir, 'accounts.csv'), 'name,owner,tier\nAcme,lin,A\nBeta,wang,B\n');
if (spawnSync(process.execPath, [bin, '--db', db, '-q', 'import', join(dir, 'accounts.csv')]).status !== 0) {
  throw new Error('could not create the database');
}

const commands = {
  'node -e 0': ['-e', '0'],
  'acct --version': [bin, '--version'],
  'acct --help': [bin, '--help'],
  'acct list': [bin, '--db', db, 'list'],
  // No playbooks/ beside this database and no ACCT_PLAYBOOKS (see env): the shipped questionnaire.
  'acct assess --questions --json': [bin, '--db', db, 'assess', '--questions', '--json'],
};
const goals = { 'acct --version': 2, 'acct list': 2, 'acct assess --questions --json': 3 };
const env = { ...process.env, ACCT_PLAYBOOKS: '' };

// Interleaved: one run of each command per round, so load changes hit all alike.
const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
for (let i = 0; i < runs + 2; i++) {
  for (const [name, args] of Object.entries(commands)) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { stdio: 'ignore', env });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
    if (i >= 2) samples[name].push(ms); // the first rounds warm the file cache
  }
}
rmSync(dir, { recursive: true, force: true });

const baseline = median(samples['node -e 0']);
const width = Math.max(...Object.keys(commands).map((name) => name.length));
// Ratios are what to compare across machines; the load average says how far to trust them.
const load = loadavg().map((value) => value.toFixed(2));
console.log(`load average ${load.join(', ')} (at the end; quote it beside the ratios)`);
console.log(`${'node -e 0'.padEnd(width)} median ${baseline.toFixed(1)} ms (${runs} runs, interleaved)`);
for (const name of Object.keys(commands).slice(1)) {
  const ms = median(samples[name]);
  console.log(`${name.padEnd(width)} median ${ms.toFixed(1)} ms  ratio ${(ms / baseline).toFixed(2)}x`);
}
for (const [name, goal] of Object.entries(goals)) {
  const ratio = median(samples[name]) / baseline;
  console.log(
    `goal: ${name} at most ${goal.toFixed(2)}x -> ${ratio <= goal ? 'met' : 'NOT met'} (${ratio.toFixed(2)}x)`,
  );
}
