#!/usr/bin/env node
// Weekly review cost: median wall time of the BUILT `acct report` against a
// realistic database, at several portfolio sizes, each variant (a terminal,
// --json, piped, HTML once it exists) interleaved with `node -e 0` so the
// ratios hold on a loaded machine.
//
//   npm run build && node bench/report.mjs [--runs 7] [--scales 10000,20000,40000] [--rebuild] [--write]
//
// Per 10,000 accounts: 50,000 contacts, 100,000 assessments (JSON answers and
// results of realistic size), 200,000 activities and 30,000 actions, spread
// over the year before the as-of day; the other scales are proportional.
// Each database is created through the real binary (so the schema and
// migrations are acct's own), then filled in one transaction with
// better-sqlite3. Databases are cached in bench/.data/ (--rebuild remakes).
// Goal (issue 13 point 9): median under 300 ms at 10,000 accounts on a
// terminal and in --json (HTML under 1 s), growth no faster than linear. --write records the figures in bench/RESULTS-report.md.
//
//   node bench/report.mjs --backend pg [--runs 3] [--scales 10000]
//
// also copies each SQLite database into a throwaway PostgreSQL (bench/pg-server.mjs: the tests' server
// start code; ACCT_TEST_PG for a server you give) with `acct db copy --to URL`, runs ANALYZE there, and
// times every variant on both backends in the same rounds; the ratio PostgreSQL / SQLite is the figure of
// issue 15 point 9 (goal <= 1.5x). Prints only; --write is for the SQLite table.
//
//   node bench/report.mjs --floor [--runs 9] [--scales 10000]
//
// adds two references to every round: `acct --version` (acct's start-up) and bench/report-floor.mjs (node,
// the SQLite driver, and one step through the rollup join per account: the floor of any report that reads
// the portfolio in JavaScript), so the 300 ms goal can be set against what this machine cannot go under.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const runs = Number(flag('--runs', 7));
const scales = flag('--scales', '10000,20000,40000').split(',').map(Number);
const rebuild = args.includes('--rebuild');
const backend = flag('--backend', 'sqlite');
const onPg = backend === 'pg';
const write = args.includes('--write') && !onPg;
const floor = args.includes('--floor');
const AS_OF = '2026-03-15';
const GOAL_MS = 300;
const PAST_DUE = [
  ['done', 0.8],
  ['dropped', 0.1],
  ['open', 0.1],
];
const FUTURE_DUE = [
  ['open', 0.85],
  ['done', 0.15],
];
const FITS = [
  ['safe', 0.5],
  ['alert', 0.38],
  ['alarm', 0.12],
];
const SATISFACTION = [
  [5, 0.25],
  [4, 0.5],
  [3, 0.18],
  [2, 0.05],
  [1, 0.02],
];

const bin = fileURLToPath(new URL('../bin/acct.js', import.meta.url));
const dataDir = fileURLToPath(new URL('./.data/', import.meta.url));
const resultsFile = fileURLToPath(new URL('./RESULTS-report.md', import.meta.url));
if (!existsSync(fileURLToPath(new URL('../dist/cli.js', import.meta.url)))) {
  console.error('build first: npm run build');
  process.exit(1);
}

// ------------------------------------------------------------ data

/** mulberry32: a small seeded PRNG, so every run builds the same database. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const asOfMs = Date.parse(`${AS_OF}T00:00:00Z`);
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

function acct(db, ...rest) {
  const result = spawnSync(process.execPath, [bin, '--db', db, ...rest], {
    encoding: 'utf8',
    env: { ...process.env, ACCT_NOW: `${AS_OF}T09:00:00Z` },
  });
  if (result.status !== 0) throw new Error(`acct ${rest.join(' ')} failed: ${result.stderr}`);
  return result;
}

function build(path, accounts) {
  rmSync(path, { force: true });
  rmSync(`${path}-wal`, { force: true });
  rmSync(`${path}-shm`, { force: true });
  // The real binary creates the file and runs every migration.
  acct(path, '--quiet', 'add', 'Bench Seed');
  const db = new Database(path);
  db.pragma('synchronous = OFF');
  const random = prng(accounts);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const weighted = (pairs) => {
    let r = random();
    for (const [value, weight] of pairs) if ((r -= weight) < 0) return value;
    return pairs[pairs.length - 1][0];
  };
  /** A day in the year before AS_OF (inclusive), biased toward recent days when `recent`. */
  const dayInYear = (recent = false) => {
    const back = recent ? Math.floor(365 * random() * random()) : Math.floor(365 * random());
    return asOfMs - back * DAY;
  };
  const stamp = (ms) => new Date(ms + Math.floor(random() * DAY)).toISOString();

  const owners = Array.from(
    { length: Math.max(5, Math.round(accounts / 400)) },
    (_, i) => `rep${String(i + 1).padStart(3, '0')}`,
  );
  const stages = ['development', 'initial-cooperation', 'primary-supplier', 'partnership', 'strategic-alliance'];
  const levels = ['transactional', 'preferred-supplier', 'partner', 'strategic-alliance'];
  const positions = ['none', 'candidate', 'secondary', 'primary', 'sole'];
  const departments = ['purchasing', 'management', 'technical', 'user', 'finance', 'quality', 'other'];
  const roles = ['decision-maker', 'purchasing', 'technical', 'user', 'coach'];
  const attitudes = ['supporter', 'neutral', 'opponent'];
  const seniorities = ['executive', 'manager', 'staff'];
  const drivers = ['senior-management', 'engineering', 'purchasing'];
  const cities = ['上海', '北京', '深圳', 'Suzhou', 'Hamburg', 'Chicago', 'Osaka'];

  const insertAccount = db.prepare(`INSERT INTO accounts (id, name, name_key, external_id, industry, owner, tier, city,
    revenue, currency, share, position, stage, level, target_level, notes, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertContact = db.prepare(`INSERT INTO contacts (account_id, name, name_key, title, department, role, attitude,
    strength, seniority, email, last_contacted, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertAssessment =
    db.prepare(`INSERT INTO assessments (account_id, assessed_at, answers, result, playbook_versions,
    stage, level, position, share, criteria_fit, risk_level, experience_profile, experience_score, satisfaction,
    single_threaded, target_level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertActivity = db.prepare(
    'INSERT INTO activities (account_id, date, type, note, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const insertAction =
    db.prepare(`INSERT INTO actions (account_id, text, playbook, play, owner, due, status, created_at, closed_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);

  db.transaction(() => {
    db.prepare('DELETE FROM accounts').run();
    for (let id = 1; id <= accounts; id++) {
      const name = `Account ${String(id).padStart(6, '0')} ${pick(cities)}`;
      // Most accounts predate the year; a few are created inside it, some within the last week.
      const created = random() < 0.8 ? asOfMs - 400 * DAY : dayInYear();
      insertAccount.run(
        id,
        name,
        name.toLowerCase(),
        `EXT-${id}`,
        pick(['machinery', 'chemicals', 'automotive', 'food']),
        pick(owners),
        weighted([
          ['A', 0.1],
          ['B', 0.3],
          ['C', 0.6],
        ]),
        pick(cities),
        Math.round(random() * 5e6),
        'CNY',
        Math.round(random() * 100),
        pick(positions),
        pick(stages),
        pick(levels),
        random() < 0.3 ? pick(levels) : null,
        random() < 0.2 ? 'Key contact prefers WeChat; annual supplier review in Q3.' : null,
        stamp(created),
        stamp(created),
      );
    }
    for (let i = 0; i < accounts * 5; i++) {
      const accountId = 1 + Math.floor(random() * accounts);
      const name = `Contact ${i}`;
      const created = random() < 0.7 ? asOfMs - 400 * DAY : dayInYear();
      insertContact.run(
        accountId,
        name,
        name.toLowerCase(),
        pick(['Purchasing Manager', 'Plant Manager', 'Engineer', 'CEO']),
        pick(departments),
        pick(roles),
        pick(attitudes),
        1 + Math.floor(random() * 5),
        pick(seniorities),
        `c${i}@example.com`,
        isoDay(dayInYear(true)),
        stamp(created),
        stamp(created),
      );
    }
    // Assessments: each account's state drifts slowly from one assessment to the next, as in life.
    const perAccount = new Array(accounts + 1).fill(0);
    for (let i = 0; i < accounts * 10; i++) perAccount[1 + Math.floor(random() * accounts)] += 1;
    const fits = ['safe', 'alert', 'alarm'];
    const risks = ['low', 'medium', 'high'];
    const profiles = ['generalist', 'shifting', 'specialist'];
    const drift = (list, value, chance) => {
      if (random() >= chance) return value;
      const at = list.indexOf(value) + (random() < 0.5 ? -1 : 1);
      return list[Math.min(list.length - 1, Math.max(0, at))];
    };
    for (let accountId = 1; accountId <= accounts; accountId++) {
      const dates = Array.from({ length: perAccount[accountId] }, () => stamp(dayInYear())).sort();
      let state = {
        stage: pick(stages),
        level: pick(levels),
        position: pick(positions),
        fit: weighted(FITS),
        risk: weighted([
          ['low', 0.5],
          ['medium', 0.35],
          ['high', 0.15],
        ]),
        profile: weighted([
          ['generalist', 0.6],
          ['shifting', 0.3],
          ['specialist', 0.1],
        ]),
        satisfaction: weighted(SATISFACTION),
        driver: weighted([
          ['senior-management', 0.5],
          ['engineering', 0.3],
          ['purchasing', 0.2],
        ]),
      };
      for (const at of dates) {
        state = {
          stage: drift(stages, state.stage, 0.08),
          level: drift(levels, state.level, 0.08),
          position: drift(positions, state.position, 0.05),
          fit: drift(fits, state.fit, 0.1),
          risk: drift(risks, state.risk, 0.15),
          profile: drift(profiles, state.profile, 0.08),
          satisfaction: Math.min(
            5,
            Math.max(1, state.satisfaction + (random() < 0.15 ? (random() < 0.5 ? -1 : 1) : 0)),
          ),
          driver: random() < 0.05 ? pick(drivers) : state.driver,
        };
        const answers = {
          supplierPosition: state.position,
          shareOfWallet: Math.round(random() * 100),
          currentLevel: state.level,
          purchaseCriteria: { safe: 'we-fit', alert: 'both-fit', alarm: 'rivals-fit' }[state.fit],
          buyingDriver: state.driver,
          shiftSigns: state.profile === 'generalist' ? [] : ['purchasing-took-over', 'price-only'],
          triggers: random() < 0.2 ? ['new-product-launch', 'procurement-timing'] : [],
          satisfaction: state.satisfaction,
          repurchase: pick(['yes', 'unsure', 'no']),
          recommend: pick(['yes', 'unsure', 'no']),
          notes: 'Met the purchasing manager and the plant manager; annual review due next quarter.',
        };
        const result = {
          assessedAt: at,
          stage: state.stage,
          relationshipLevel: state.level,
          risk: {
            level: state.risk,
            score: Math.round(random() * 100),
            reasons: ['relationship hangs on a single thread'],
          },
          coverage: {
            contactCount: 5,
            strongContacts: 2,
            departmentsReached: ['purchasing', 'technical'],
            shape: 'bow-tie',
          },
          plan: Array.from({ length: 4 }, (_, k) => ({
            playbook: 'retention',
            play: `play-${k}`,
            title: 'Raise the relationship from one person to the organisation',
            why: 'The account hangs on the purchasing manager; a transfer would cut us off.',
            priority: 1 + (k % 3),
            dueInDays: 14,
            steps: [
              'Map the decision makers',
              'Invite the plant manager to our lab',
              'Set a quarterly executive meeting',
            ],
          })),
        };
        insertAssessment.run(
          accountId,
          at,
          JSON.stringify(answers),
          JSON.stringify(result),
          '{"assessment":"1.0.0","retention":"1.0.0"}',
          state.stage,
          state.level,
          state.position,
          Math.round(random() * 100),
          state.fit,
          state.risk,
          state.profile,
          Math.round(random() * 100),
          random() < 0.9 ? state.satisfaction : null,
          random() < 0.4 ? 1 : 0,
          random() < 0.3 ? pick(levels) : null,
        );
      }
    }
    for (let i = 0; i < accounts * 20; i++) {
      const accountId = 1 + Math.floor(random() * accounts);
      const date = dayInYear();
      const type = weighted([
        ['visit', 0.25],
        ['call', 0.3],
        ['email', 0.2],
        ['meeting', 0.1],
        ['order', 0.1],
        ['complaint', 0.05],
      ]);
      insertActivity.run(
        accountId,
        isoDay(date),
        type,
        'Discussed the delivery schedule for the next quarter',
        stamp(date),
      );
    }
    for (let i = 0; i < accounts * 3; i++) {
      const accountId = 1 + Math.floor(random() * accounts);
      const created = dayInYear();
      const due = created + Math.floor(random() * 60) * DAY;
      // Most actions due in the past were done or dropped; those due later are mostly still open.
      const status = due < asOfMs ? weighted(PAST_DUE) : weighted(FUTURE_DUE);
      const closed = status === 'open' ? null : stamp(Math.min(asOfMs, created + Math.floor(random() * 60) * DAY));
      insertAction.run(
        accountId,
        'Invite the plant manager to our lab',
        'retention',
        'raise-to-organisation',
        random() < 0.5 ? pick(owners) : null,
        isoDay(due),
        status,
        stamp(created),
        closed,
      );
    }
  })();
  db.exec('ANALYZE');
  db.close();
}

// ------------------------------------------------------------ timing

/*
 * Every round runs the references and each variant once, in turn, so a
 * change of load on the shared machine hits them alike; medians and ratios
 * come from the same rounds. A terminal is a pseudo-terminal made by
 * script(1) (util-linux), so its reference is `node -e 0` under script too.
 */
const REFERENCE = 'node -e 0';
const PTY_REFERENCE = 'node -e 0 (pty)';
const VERSION_REFERENCE = 'acct --version';
const FLOOR_REFERENCE = 'reading floor';
const floorScript = fileURLToPath(new URL('./report-floor.mjs', import.meta.url));
const htmlFile = fileURLToPath(new URL('./.data/review.html', import.meta.url));
const quote = (value) => `'${String(value).replace(/'/g, `'\\''`)}'`;

function hasHtml() {
  const help = spawnSync(process.execPath, [bin, 'report', '--help'], { encoding: 'utf8' });
  return /\bhtml\b/.test(help.stdout);
}

const VARIANTS = [
  { name: 'terminal', label: 'terminal (pty, table, default cap)', pty: true, extra: [] },
  { name: 'json', label: '`--json`', extra: ['--json'] },
  { name: 'plain', label: 'plain (piped)', extra: [] },
  ...(hasHtml()
    ? [
        {
          name: 'html',
          label: '`--format html -o FILE`',
          extra: ['--format', 'html', '-o', htmlFile, '--yes'],
          goal: 1000,
        },
      ]
    : []),
];

function spawnTimed(command, args, pty) {
  const start = process.hrtime.bigint();
  const result = pty
    ? spawnSync('script', ['-qec', [command, ...args].map(quote).join(' '), '/dev/null'], {
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 1 << 28,
        env: { ...process.env, NO_COLOR: '1', ACCT_PAGER: 'cat', COLUMNS: '120', LINES: '40' },
      })
    : spawnSync(command, args, {
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 1 << 28,
        env: { ...process.env, NO_COLOR: '1' },
      });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Medians per reference and variant at one scale, interleaved round by round (the first round warms the
 * cache). `targets`: the databases to read, by backend (`--db` values); a variant's key is `name` on the
 * first, `name@backend` on the others.
 */
function measure(targets) {
  const keys = [REFERENCE, PTY_REFERENCE, ...(floor ? [VERSION_REFERENCE, FLOOR_REFERENCE] : [])];
  targets.forEach((target, i) => VARIANTS.forEach((v) => keys.push(i === 0 ? v.name : `${v.name}@${target.backend}`)));
  const samples = Object.fromEntries(keys.map((k) => [k, []]));
  for (let round = 0; round < runs + 1; round++) {
    const keep = (key, ms) => round > 0 && samples[key].push(ms);
    keep(REFERENCE, spawnTimed(process.execPath, ['-e', '0'], false));
    keep(PTY_REFERENCE, spawnTimed(process.execPath, ['-e', '0'], true));
    if (floor) {
      keep(VERSION_REFERENCE, spawnTimed(process.execPath, [bin, '--version'], false));
      keep(FLOOR_REFERENCE, spawnTimed(process.execPath, [floorScript, targets[0].db], false));
    }
    for (const variant of VARIANTS) {
      targets.forEach((target, i) => {
        const args = [bin, '--db', target.db, 'report', '--as-of', AS_OF, ...variant.extra];
        keep(
          i === 0 ? variant.name : `${variant.name}@${target.backend}`,
          spawnTimed(process.execPath, args, Boolean(variant.pty)),
        );
      });
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, median(values)]));
}

/** The PostgreSQL copy of a SQLite bench database (made once per server), analysed. */
async function pgCopy(server, path, accounts) {
  const { onDatabase } = await import('./pg-server.mjs');
  const { default: pg } = await import('pg');
  const name = `report_${accounts}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = onDatabase(server.url, name);
  const start = Date.now();
  process.stderr.write(`copying ${accounts} accounts into PostgreSQL (acct db copy --to)... `);
  acct(path, '--quiet', 'db', 'copy', '--to', url);
  process.stderr.write(`${((Date.now() - start) / 1000).toFixed(1)} s\n`);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  await db.query('VACUUM ANALYZE');
  await db.end();
  return url;
}

mkdirSync(dataDir, { recursive: true });
const server = onPg ? await (await import('./pg-server.mjs')).startBenchPg() : undefined;
const rows = [];
try {
  for (const accounts of scales) {
    const path = `${dataDir}report-${accounts}.db`;
    if (rebuild || !existsSync(path)) {
      const start = Date.now();
      process.stderr.write(`building ${accounts} accounts... `);
      build(path, accounts);
      process.stderr.write(`${((Date.now() - start) / 1000).toFixed(1)} s\n`);
    }
    const targets = [{ backend: 'sqlite', db: path }];
    if (server) targets.push({ backend: 'pg', db: await pgCopy(server, path, accounts) });
    const medians = measure(targets);
    rows.push({ accounts, medians });
    const cells = VARIANTS.map((v) => {
      const ref = v.pty ? medians[PTY_REFERENCE] : medians[REFERENCE];
      return `${v.name} ${medians[v.name].toFixed(0)} ms (x${(medians[v.name] / ref).toFixed(1)})`;
    });
    console.log(
      `${String(accounts).padStart(7)} accounts  ${REFERENCE} ${medians[REFERENCE].toFixed(0)} ms, pty ${medians[PTY_REFERENCE].toFixed(0)} ms  ${cells.join('  ')}`,
    );
    if (floor) {
      const times = [VERSION_REFERENCE, FLOOR_REFERENCE].map(
        (key) => `${key} ${medians[key].toFixed(0)} ms (x${(medians[key] / medians[REFERENCE]).toFixed(2)})`,
      );
      console.log(`  references: ${times.join(', ')}; load average ${loadavg()[0].toFixed(2)}`);
    }
    if (server) {
      for (const v of VARIANTS) {
        const onSqlite = medians[v.name];
        const onPostgres = medians[`${v.name}@pg`];
        console.log(
          `  ${v.name}: SQLite ${onSqlite.toFixed(0)} ms, PostgreSQL ${onPostgres.toFixed(0)} ms: PostgreSQL / SQLite ${(onPostgres / onSqlite).toFixed(2)}x (goal <= 1.5x)`,
        );
      }
      console.log(
        `  load average: ${loadavg()
          .map((n) => n.toFixed(2))
          .join(', ')}`,
      );
    }
  }
} finally {
  await server?.stop();
}

const reference = (row, variant) => row.medians[variant.pty ? PTY_REFERENCE : REFERENCE];
const above = (row, variant) => Math.max(1, row.medians[variant.name] - reference(row, variant));
const goalOf = (variant) => variant.goal ?? GOAL_MS;
const verdict = (row, variant) => (row.medians[variant.name] < goalOf(variant) ? 'met' : 'NOT met');
const at10k = rows.find((row) => row.accounts === 10000);
if (at10k)
  for (const v of VARIANTS)
    console.log(`goal ${v.name}: median under ${goalOf(v)} ms at 10,000 accounts -> ${verdict(at10k, v)}`);
const growth = [];
for (let i = 1; i < rows.length; i++) {
  const [a, b] = [rows[i - 1], rows[i]];
  const factors = VARIANTS.map((v) => `${v.name} x${(above(b, v) / above(a, v)).toFixed(2)}`);
  growth.push({ from: a.accounts, to: b.accounts, factors });
  console.log(
    `${a.accounts} -> ${b.accounts} accounts (x${b.accounts / a.accounts}): time above start-up ${factors.join(', ')}`,
  );
}

if (write) {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const load = loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
  const lines = [
    '# `acct report` benchmark',
    '',
    `Command: \`npm run build && node bench/report.mjs --runs ${runs} --scales ${scales.join(',')} --write\``,
    '',
    `Machine: ${cpus().length} × ${cpu}, Node ${process.version}, load average at the end ${load}.`,
    `Median of ${runs} rounds after one warm-up round; each round runs \`${REFERENCE}\`, the same under a`,
    `pseudo-terminal (script(1)), then each variant, interleaved, so the ratios compare runs made under the`,
    `same load. Wall time of the spawned binary (\`acct report --as-of ${AS_OF}\`), start-up included. The`,
    `terminal variant runs on a pty (\`script -qec\`, COLUMNS=120, ACCT_PAGER=cat) and is compared with`,
    `\`${REFERENCE}\` on a pty.`,
    '',
    'Per 10,000 accounts: 50,000 contacts, 100,000 assessments, 200,000 activities, 30,000 actions over one year.',
    '',
    `| accounts | \`${REFERENCE}\` | on a pty | ${VARIANTS.map((v) => v.label).join(' | ')} |`,
    `| ---: | ---: | ---: | ${VARIANTS.map(() => '---:').join(' | ')} |`,
    ...rows.map(
      (r) =>
        `| ${r.accounts.toLocaleString('en')} | ${r.medians[REFERENCE].toFixed(0)} ms | ${r.medians[PTY_REFERENCE].toFixed(0)} ms | ${VARIANTS.map(
          (v) => `${r.medians[v.name].toFixed(0)} ms (×${(r.medians[v.name] / reference(r, v)).toFixed(1)})`,
        ).join(' | ')} |`,
    ),
    '',
    ...(at10k
      ? [
          `Goals at 10,000 accounts: ${VARIANTS.map((v) => `${v.name} under ${goalOf(v)} ms — ${verdict(at10k, v)}`).join('; ')}.`,
          '',
        ]
      : []),
    ...(growth.length > 0
      ? [
          'Growth of the time above start-up (variant minus its reference) per step:',
          '',
          ...growth.map(
            (g) => `- ${g.from.toLocaleString('en')} → ${g.to.toLocaleString('en')} accounts: ${g.factors.join(', ')}`,
          ),
          '',
        ]
      : []),
  ];
  // Sections written by hand (from the first "## " heading on) stay as they are.
  const previous = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '';
  const notes = previous.indexOf('\n## ');
  writeFileSync(resultsFile, `${lines.join('\n')}\n${notes >= 0 ? previous.slice(notes) : ''}`);
  console.log(`wrote ${resultsFile}`);
}
