// Ten acct processes writing at once against one PostgreSQL database (issue 15 point 7, docs/postgres.md
// "Writes"): for 30 seconds each worker loops over add, log, action add, assess --answers --accept all and a
// small import, counting what acct acknowledged (exit 0). Afterwards every acknowledged write is stored
// (exactly: none of these writes is idempotent), no run failed, none said "serialization", "deadlock" or a
// SQLSTATE of the retry class, none printed a stack trace, and the report agrees with the tables: its counts
// with the table counts, and its rollup with the tables themselves. A reader runs the report meanwhile, and
// each report it gets must agree with itself (one snapshot).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { ReportRepository } from '../../src/store/report.js';
import { SECONDARY_SUPPLIER_ANSWERS } from '../answers.js';
import { comparableData } from '../store/report-data.js';
import { spawnAcct, tempDir, type RunResult } from '../helpers.js';
import { freshPgDatabase, withClient, type PgDatabase } from '../pg/database.js';

const WORKERS = 10;
const RUN_MS = 30_000;
const SHARED = ['Shared 0', 'Shared 1', 'Shared 2', 'Shared 3', 'Shared 4'];
const OWNERS = ['lin', 'wang', 'zhao'];
const KINDS = ['add', 'log', 'action', 'assess', 'import'] as const;
type Kind = (typeof KINDS)[number];

interface Acknowledged {
  accounts: number;
  activities: number;
  actions: number;
  assessments: number;
}

interface Failure {
  worker: number;
  args: string[];
  code: number;
  stderr: string;
}

interface ImportJson {
  files: { type: string; created: number }[];
}

interface ReportJson {
  portfolio: { accounts: { end: number }; risk: { value: string; end: number }[] };
  owners: { owner: string; accounts: number }[];
}

/** What PostgreSQL says when it asks for a retry, and what a stack trace looks like. */
const LEAKS = [/40001/, /40P01/, /serializ/i, /deadlock/i, /\n\s+at /];

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);

let db: PgDatabase;
let dir: string;
let answers: string;
const env = (): Record<string, string> => ({ ACCT_DB: db.url });

beforeAll(async () => {
  db = await freshPgDatabase();
});

/**
 * One worker's loop until the deadline: the kinds in turn, shifted per worker, so that all five run at
 * every moment and the first round alone runs each kind twice (on a loaded 2-core machine a run can take
 * seconds, and a worker may get through only a few rounds).
 */
async function worker(
  w: number,
  deadline: number,
  acknowledged: Acknowledged,
  failures: Failure[],
  said: string[],
): Promise<number> {
  let n = 0;
  for (; n === 0 || Date.now() < deadline; n++) {
    const kind: Kind = KINDS[(w + n) % KINDS.length]!;
    const shared = SHARED[(w + n) % SHARED.length]!;
    let args: string[];
    switch (kind) {
      case 'add':
        args = ['add', `W${w} A${n}`, '--owner', OWNERS[w % OWNERS.length]!, '--tier', 'B'];
        break;
      case 'log':
        args = ['log', shared, `worker ${w} visit ${n}`, '--type', 'visit'];
        break;
      case 'action':
        args = ['action', 'add', shared, `worker ${w} task ${n}`];
        break;
      case 'assess':
        args = ['--json', 'assess', shared, '--answers', answers, '--accept', 'all'];
        break;
      case 'import': {
        const accounts = join(dir, `w${w}-n${n}-accounts.csv`);
        const activities = join(dir, `w${w}-n${n}-activities.csv`);
        const names = [1, 2, 3].map((row) => `W${w} I${n} R${row}`);
        writeFileSync(accounts, ['name,owner,tier', ...names.map((name) => `${name},${OWNERS[n % 3]},C`)].join('\n'));
        writeFileSync(
          activities,
          [
            'account,date,type,note',
            `${names[0]},2026-11-02,call,imported by ${w}`,
            `${shared},2026-11-03,visit,${n}`,
          ].join('\n'),
        );
        args = ['--json', 'import', accounts, activities];
        break;
      }
    }
    const result: RunResult = await spawnAcct(args, env());
    said.push(result.stderr);
    if (result.code !== 0) {
      failures.push({ worker: w, args, code: result.code, stderr: result.stderr });
      continue;
    }
    switch (kind) {
      case 'add':
        acknowledged.accounts++;
        break;
      case 'log':
        acknowledged.activities++;
        break;
      case 'action':
        acknowledged.actions++;
        break;
      case 'assess': {
        acknowledged.assessments++;
        acknowledged.actions += (JSON.parse(result.stdout) as { accepted: unknown[] }).accepted.length;
        break;
      }
      case 'import':
        for (const file of (JSON.parse(result.stdout) as ImportJson).files) {
          if (file.type === 'accounts') acknowledged.accounts += file.created;
          if (file.type === 'activities') acknowledged.activities += file.created;
        }
        break;
    }
  }
  return n;
}

/** A report agrees with itself: the accounts it counts, per owner and per risk level. */
function selfConsistent(report: ReportJson): string | null {
  const total = report.portfolio.accounts.end;
  const byOwner = sum(report.owners.map((owner) => owner.accounts));
  const byRisk = sum(report.portfolio.risk.map((risk) => risk.end));
  return total === byOwner && total === byRisk ? null : `accounts ${total}, by owner ${byOwner}, by risk ${byRisk}`;
}

describe('ten acct processes writing at once on PostgreSQL (built binary)', () => {
  it('stores every acknowledged write, never shows a retryable error, and the report agrees with the tables', async () => {
    dir = tempDir();
    answers = join(dir, 'answers.json');
    writeFileSync(answers, JSON.stringify(SECONDARY_SUPPLIER_ANSWERS));
    for (const [i, name] of SHARED.entries()) {
      const added = await spawnAcct(['add', name, '--owner', OWNERS[i % OWNERS.length]!], env());
      expect(added.code, added.stderr).toBe(0);
    }

    const acknowledged: Acknowledged = { accounts: SHARED.length, activities: 0, actions: 0, assessments: 0 };
    const failures: Failure[] = [];
    const said: string[] = [];
    const deadline = Date.now() + RUN_MS;
    // Meanwhile a reader: every report it gets counts the same accounts every way.
    const reader = (async () => {
      const problems: string[] = [];
      let reports = 0;
      while (Date.now() < deadline) {
        const result = await spawnAcct(['--json', 'report'], env());
        said.push(result.stderr);
        if (result.code !== 0) problems.push(`report exited ${result.code}: ${result.stderr}`);
        else {
          reports++;
          const problem = selfConsistent(JSON.parse(result.stdout) as ReportJson);
          if (problem) problems.push(problem);
        }
      }
      return { problems, reports };
    })();
    await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w, deadline, acknowledged, failures, said)));
    const read = await reader;

    expect(failures).toEqual([]);
    expect(said.filter((stderr) => LEAKS.some((leak) => leak.test(stderr)))).toEqual([]);
    expect(read.problems).toEqual([]);
    expect(read.reports).toBeGreaterThan(0);

    const stored = await withClient(db.url, async (client) => {
      const count = async (table: string) =>
        Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);
      return {
        accounts: await count('accounts'),
        activities: await count('activities'),
        actions: await count('actions'),
        assessments: await count('assessments'),
        unassessed: await count('accounts a WHERE NOT EXISTS (SELECT 1 FROM assessments s WHERE s.account_id = a.id)'),
        owners: (
          await client.query<{ owner: string; n: string }>('SELECT owner, count(*) AS n FROM accounts GROUP BY owner')
        ).rows.map((row) => ({ owner: row.owner, accounts: Number(row.n) })),
      };
    });
    expect({
      accounts: stored.accounts,
      activities: stored.activities,
      actions: stored.actions,
      assessments: stored.assessments,
    }).toEqual(acknowledged);

    // The report afterwards: its counts are the tables' counts.
    const after = await spawnAcct(['--json', 'report'], env());
    expect(after.code, after.stderr).toBe(0);
    const report = JSON.parse(after.stdout) as ReportJson;
    expect(report.portfolio.accounts.end).toBe(stored.accounts);
    expect(report.portfolio.risk.find((risk) => risk.value === 'unassessed')?.end).toBe(stored.unassessed);
    const byOwner = (rows: { owner: string; accounts: number }[]) =>
      Object.fromEntries(rows.map((row) => [row.owner, row.accounts]));
    expect(byOwner(report.owners)).toEqual(byOwner(stored.owners));
    expect(selfConsistent(report)).toBeNull();

    // And the rollup the triggers kept under the load is what the tables say (src/store/report.ts).
    const store = await openStore(db.url, { create: false });
    try {
      const reportRepository = new ReportRepository(store.db);
      const bounds = { since: '2099-01-01', asOf: '2099-01-07', end: '2099-01-08' };
      const fromRollup = reportRepository.load(bounds);
      const fromTables = reportRepository.load(bounds, { useRollup: false });
      expect([fromRollup.source, fromTables.source]).toEqual(['rollup', 'tables']);
      expect(comparableData(fromRollup)).toEqual(comparableData(fromTables));
    } finally {
      store.close();
    }
  }, 240_000);
});
