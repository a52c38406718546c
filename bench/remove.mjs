#!/usr/bin/env node
// What `PRAGMA secure_delete = ON` (removed records are zeroed in the file)
// costs on import and on remove. Runs the built acct against a copy of the
// same build with the pragma switched off (made here, in bench/.data so that
// node_modules resolves, and removed afterwards),
// interleaved, and prints medians and the on/off ratio.
//
//   npm run build && node bench/remove.mjs                  # 2,000 accounts, 20 removes, 5 runs
//   node bench/remove.mjs --accounts 10000 --removes 50 --runs 7
//
// Import: the folder import of accounts.csv (N), contacts.csv (5 per account)
// and activities.csv (10 per account) into an empty database.
// Remove: `acct remove <account> --yes`, one process each, for --removes
// accounts of a database holding all of the above (a fresh copy per run).
// In-process: the store's own remove (dist/store), one transaction per
// account, for 10 x --removes accounts, with the pragma set per connection;
// no process start-up, so it shows SQLite's share alone.
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ACCOUNTS = opt('accounts', 2_000);
const REMOVES = opt('removes', 20);
const RUNS = opt('runs', 5);
const ROOT = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'acct-bench-remove-'));

/** The same build with secure_delete off: the only difference between the two binaries. */
function variantWithoutSecureDelete() {
  mkdirSync(join(ROOT, 'bench', '.data'), { recursive: true });
  const variant = mkdtempSync(join(ROOT, 'bench', '.data', 'secure-delete-off-'));
  cpSync(join(ROOT, 'dist'), join(variant, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'bin'), join(variant, 'bin'), { recursive: true });
  copyFileSync(join(ROOT, 'package.json'), join(variant, 'package.json'));
  const db = join(variant, 'dist', 'store', 'db.js');
  const source = readFileSync(db, 'utf8');
  const switched = source.replace("'secure_delete = ON'", "'secure_delete = OFF'");
  if (switched === source) throw new Error('dist/store/db.js does not set secure_delete = ON; rebuild first');
  writeFileSync(db, switched);
  return variant;
}

function generate(folder) {
  mkdirSync(folder, { recursive: true });
  const accounts = ['name,owner,tier,city,notes'];
  const contacts = ['account,name,department,role,email'];
  const activities = ['account,date,type,note,contacts'];
  for (let i = 0; i < ACCOUNTS; i++) {
    const name = `Account ${i}`;
    accounts.push(`${name},owner${i % 7},${'ABC'[i % 3]},City ${i % 50},"notes for ${i}: ${'x'.repeat(80)}"`);
    for (let c = 0; c < 5; c++) contacts.push(`${name},Person ${i}-${c},purchasing,purchasing,p${i}-${c}@example.com`);
    for (let a = 0; a < 10; a++) {
      const day = String((a % 28) + 1).padStart(2, '0');
      activities.push(`${name},2026-02-${day},visit,"visit ${a} to ${name}, ${'y'.repeat(60)}",Person ${i}-${a % 5}`);
    }
  }
  writeFileSync(join(folder, 'accounts.csv'), `${accounts.join('\n')}\n`);
  writeFileSync(join(folder, 'contacts.csv'), `${contacts.join('\n')}\n`);
  writeFileSync(join(folder, 'activities.csv'), `${activities.join('\n')}\n`);
}

function runAcct(bin, argv) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, ...argv], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ACCT_NOW: '2026-03-15T10:00:00Z' },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`acct ${argv.join(' ')}: ${stderr}`))));
  });
}

async function seconds(work) {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fresh = (path) => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
};

const variant = variantWithoutSecureDelete();
try {
  const builds = { on: join(ROOT, 'bin', 'acct.js'), off: join(variant, 'bin', 'acct.js') };
  const data = join(dir, 'data');
  generate(data);
  const template = join(dir, 'template.db');
  await runAcct(builds.on, ['--db', template, '--quiet', 'import', data]);
  const victims = Array.from({ length: REMOVES }, (_, i) => `Account ${Math.floor((i * ACCOUNTS) / REMOVES)}`);

  const { openStore } = await import(join(ROOT, 'dist', 'store', 'index.js'));
  const inProcessVictims = Array.from({ length: REMOVES * 10 }, (_, i) => i + 1);
  const removeInProcess = async (path, secureDelete) => {
    const store = await openStore(path, { create: false });
    store.db.pragma(`secure_delete = ${secureDelete ? 'ON' : 'OFF'}`);
    const took = await seconds(async () => {
      for (const id of inProcessVictims) store.write(() => store.accounts.remove(id));
    });
    store.close();
    return took;
  };

  const times = { import: { on: [], off: [] }, remove: { on: [], off: [] }, inProcess: { on: [], off: [] } };
  for (let r = 0; r < RUNS; r++) {
    // Alternate which build goes first, so neither always meets a warmer page cache.
    const order = r % 2 === 0 ? ['on', 'off'] : ['off', 'on'];
    for (const build of order) {
      const db = join(dir, `import-${build}.db`);
      fresh(db);
      times.import[build].push(await seconds(() => runAcct(builds[build], ['--db', db, '--quiet', 'import', data])));
      const copy = join(dir, `remove-${build}.db`);
      fresh(copy);
      copyFileSync(template, copy);
      times.remove[build].push(
        await seconds(async () => {
          for (const name of victims) await runAcct(builds[build], ['--db', copy, '--quiet', 'remove', name, '--yes']);
        }),
      );
      const direct = join(dir, `direct-${build}.db`);
      fresh(direct);
      copyFileSync(template, direct);
      times.inProcess[build].push(await removeInProcess(direct, build === 'on'));
    }
  }
  console.log(
    `${ACCOUNTS.toLocaleString('en-US')} accounts, ${(ACCOUNTS * 5).toLocaleString('en-US')} contacts, ` +
      `${(ACCOUNTS * 10).toLocaleString('en-US')} activities; ${RUNS} runs, interleaved`,
  );
  for (const [phase, label] of [
    ['import', 'import (folder)'],
    [`remove`, `${REMOVES} x acct remove`],
    ['inProcess', `${REMOVES * 10} x store remove`],
  ]) {
    const on = median(times[phase].on);
    const off = median(times[phase].off);
    console.log(
      `${label.padEnd(20)} secure_delete on ${on.toFixed(2)} s, off ${off.toFixed(2)} s, ratio ${(on / off).toFixed(3)}` +
        `  (on: ${times[phase].on.map((x) => x.toFixed(2)).join(', ')}; off: ${times[phase].off.map((x) => x.toFixed(2)).join(', ')})`,
    );
  }
} finally {
  rmSync(variant, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}
