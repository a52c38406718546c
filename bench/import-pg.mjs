#!/usr/bin/env node
// `acct import` of a generated accounts CSV into PostgreSQL against `psql \copy` of the same file into a
// bare table (issue 15 point 9: goal <= 2x), on a throwaway server started with the tests' own code
// (bench/pg-server.mjs; ACCT_TEST_PG=postgres://… to use a server you give). Each round runs every
// measure once, interleaved, each into a new database made from a template (not timed); medians.
//
//   npm run build && node bench/import-pg.mjs                  # 100,000 rows, 3 rounds
//   node bench/import-pg.mjs --rows 20000 --runs 5
//
// Measures (wall seconds of the client process; CPU user+sys of the client beside it):
//   acct        acct import as the database's owner (a superuser here), schema only (no team set up)
//   team owner  the same into a team database (acct db init: guard triggers and row-level security)
//   manager     as a login role granted --manager: the guard and the policies run for every row
//   rep         as a login role granted --owner lin, the file's owners all lin
//   \copy       psql \copy into a bare table of text columns, no index
//   psql schema psql loading the same file into acct's own schema, as the SQLite bench's `schema`
//               reference: \copy into a staging table, one INSERT … SELECT into `accounts` (its
//               indexes and its history trigger, the amounts and share cast in SQL, nothing
//               validated), in one transaction: what storing these rows costs the server alone
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeAccountsCsv } from './accounts-csv.mjs';
import { onDatabase, startBenchPg } from './pg-server.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ROWS = opt('rows', 100_000);
const RUNS = opt('runs', 3);
const BIN = resolve(import.meta.dirname, '..', 'bin', 'acct.js');
const dir = mkdtempSync(join(tmpdir(), 'acct-bench-pg-'));
const csv = join(dir, 'accounts.csv');
const repCsv = join(dir, 'accounts-lin.csv');
const PASSWORD = 'bench-pass';

if (spawnSync('psql', ['--version']).status !== 0) {
  console.error('psql not found (apt-get install -y postgresql-client)');
  process.exit(1);
}

writeAccountsCsv(csv, ROWS);
// The rep's file: every account owned by lin (a rep may add only their own).
writeFileSync(
  repCsv,
  readFileSync(csv, 'utf8').replace(/^([^,\n]*,[^,\n]*,[^,\n]*,)(?:lin|wang|chen|zhao),/gm, '$1lin,'),
);
console.log(`file: ${ROWS.toLocaleString('en-US')} rows, ${(readFileSync(csv).length / 1e6).toFixed(1)} MB`);

// The psql schema reference's script, run in one transaction (psql -1).
const schemaLoad = join(dir, 'schema-load.sql');
writeFileSync(
  schemaLoad,
  `CREATE TEMP TABLE staging (name text, external_id text, industry text, owner text, tier text, city text,
  address text, revenue text, currency text, share text, stage text, notes text);
\\copy staging FROM '${csv}' WITH (FORMAT csv, HEADER true)
INSERT INTO accounts (name, name_key, external_id, industry, owner, tier, city, address, revenue, currency, share,
  stage, notes, created_at, updated_at)
SELECT name, lower(name), nullif(external_id, ''), industry, owner, nullif(tier, ''), city, address,
  nullif(rtrim(revenue, '万'), '')::float8 * 10000, currency, nullif(share, '')::float8,
  coalesce(nullif(stage, ''), 'development'), notes,
  to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
FROM staging;
`,
);

const server = await startBenchPg();
const admin = server.url;
const psql = (url, ...commands) => {
  const r = spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', url, ...commands.flatMap((c) => ['-c', c])], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`psql: ${r.stderr}`);
  return r.stdout;
};
const acct = (url, ...argv) => {
  const r = spawnSync(process.execPath, [BIN, '--db', url, ...argv], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`acct ${argv.join(' ')}: ${r.stderr}`);
};
const asRole = (url, role) => {
  const next = new URL(url);
  next.username = role;
  next.password = PASSWORD;
  return next.toString();
};

/** Runs a command; wall seconds and the child's CPU seconds (user+sys, from /usr/bin/time). */
function timed(cmd, argv) {
  return new Promise((done, fail) => {
    const start = process.hrtime.bigint();
    const child = spawn('/usr/bin/time', ['-f', 'CPU %U %S', cmd, ...argv], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const cpu = /CPU ([\d.]+) ([\d.]+)/.exec(stderr);
      if (code !== 0) fail(new Error(`${cmd} exited ${code}: ${stderr}`));
      else done({ seconds, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN });
    });
  });
}

let made = 0;
const database = (template) => {
  const name = `bench_${++made}`;
  psql(admin, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  return name;
};
const drop = (name) => psql(admin, `DROP DATABASE ${name}`);

try {
  // Templates: acct's schema; the same with a team (a manager and a rep with passwords); a bare table.
  const empty = join(dir, 'empty.csv');
  writeFileSync(empty, 'name\n');
  psql(admin, 'CREATE DATABASE tpl_acct', 'CREATE DATABASE tpl_team', 'CREATE DATABASE tpl_bare');
  acct(onDatabase(admin, 'tpl_acct'), '-q', 'import', empty);
  const team = onDatabase(admin, 'tpl_team');
  acct(team, '-q', 'import', empty);
  acct(team, '-q', 'db', 'init');
  acct(team, '-q', 'db', 'grant', 'bench_manager', '--manager');
  acct(team, '-q', 'db', 'grant', 'bench_lin', '--owner', 'lin');
  psql(team, `ALTER ROLE bench_manager PASSWORD '${PASSWORD}'`, `ALTER ROLE bench_lin PASSWORD '${PASSWORD}'`);
  psql(
    onDatabase(admin, 'tpl_bare'),
    `CREATE TABLE bare (name text, external_id text, industry text, owner text, tier text, city text,
       address text, revenue text, currency text, share text, stage text, notes text)`,
  );

  const measures = {
    acct: (url) => [process.execPath, [BIN, '--db', url, '-q', 'import', csv]],
    'team owner': (url) => [process.execPath, [BIN, '--db', url, '-q', 'import', csv]],
    manager: (url) => [process.execPath, [BIN, '--db', asRole(url, 'bench_manager'), '-q', 'import', csv]],
    rep: (url) => [process.execPath, [BIN, '--db', asRole(url, 'bench_lin'), '-q', 'import', repCsv]],
    '\\copy': (url) => ['psql', ['-X', '-q', url, '-c', `\\copy bare FROM '${csv}' WITH (FORMAT csv, HEADER true)`]],
    'psql schema': (url) => ['psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-1', '-f', schemaLoad, url]],
  };
  const templates = {
    acct: 'tpl_acct',
    'team owner': 'tpl_team',
    manager: 'tpl_team',
    rep: 'tpl_team',
    '\\copy': 'tpl_bare',
    'psql schema': 'tpl_acct',
  };
  const results = Object.fromEntries(Object.keys(measures).map((k) => [k, []]));
  const loads = [];
  for (let round = 1; round <= RUNS; round++) {
    for (const [name, command] of Object.entries(measures)) {
      const db = database(templates[name]);
      const [cmd, argv] = command(onDatabase(admin, db));
      results[name].push(await timed(cmd, argv));
      if (name !== '\\copy') {
        const count = psql(onDatabase(admin, db), '\\pset tuples_only on', 'SELECT count(*) FROM accounts').trim();
        if (Number(count) !== ROWS) throw new Error(`${name}: ${count} accounts, not ${ROWS}`);
      }
      drop(db);
    }
    loads.push(loadavg()[0]);
    console.log(
      `round ${round}: ` +
        Object.entries(results)
          .map(([k, v]) => `${k} ${v.at(-1).seconds.toFixed(2)} s`)
          .join(', ') +
        ` (load ${loadavg()[0].toFixed(1)})`,
    );
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const wall = (k) => median(results[k].map((r) => r.seconds));
  const cpu = (k) => median(results[k].map((r) => r.cpu));
  console.log('\n| measure | wall, median (runs) | client CPU, median |');
  console.log('|---|---|---|');
  for (const k of Object.keys(results)) {
    const runs = results[k].map((r) => r.seconds.toFixed(2)).join(', ');
    console.log(`| ${k} | ${wall(k).toFixed(2)} s (${runs}) | ${cpu(k).toFixed(2)} s |`);
  }
  console.log(`| **acct / \\copy** | **${(wall('acct') / wall('\\copy')).toFixed(2)}×** (goal ≤ 2×) | |`);
  console.log(
    `| psql schema / \\copy (the server storing the rows, nothing validated) | ${(wall('psql schema') / wall('\\copy')).toFixed(2)}× | |`,
  );
  console.log(`| acct / psql schema | ${(wall('acct') / wall('psql schema')).toFixed(2)}× | |`);
  for (const k of ['team owner', 'manager', 'rep']) {
    console.log(`| ${k} / acct (guard and RLS cost) | ${(wall(k) / wall('acct')).toFixed(2)}× | |`);
  }
  console.log(`\nload average (1 min) after each round: ${loads.map((l) => l.toFixed(1)).join(', ')}`);
} finally {
  for (const role of ['bench_manager', 'bench_lin']) {
    try {
      psql(admin, 'DROP DATABASE IF EXISTS tpl_team', `DROP ROLE IF EXISTS ${role}`);
    } catch {
      // a given server keeps what it could not drop
    }
  }
  psql(admin, 'DROP DATABASE IF EXISTS tpl_acct', 'DROP DATABASE IF EXISTS tpl_bare');
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
