/** End-to-end: the built binary, spawned as a user would run it. */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, spawnAcct, spawnInTty, tempDb, tempDir } from '../helpers.js';

const execFileAsync = promisify(execFile);

describe('acct binary', () => {
  it('piped: tab-separated data on stdout, messages on stderr, exit 0', async () => {
    const db = tempDb();
    const added = await spawnAcct(['--db', db, 'add', 'Acme Industrial', '--tier', 'A', '--owner', 'lin']);
    expect(added).toMatchObject({ code: 0, stdout: '' });
    expect(added.stderr).toContain('Added Acme Industrial');
    const listed = await spawnAcct(['--db', db, 'list']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toBe('Acme Industrial\tA\tlin\tdevelopment\ttransactional\tnone\t\t\n');
    expect(listed.stderr).toBe('');
  });

  it('on a terminal: a table with a header and colour', async () => {
    const db = tempDb();
    await spawnAcct(['--db', db, 'add', 'Acme Industrial', '--tier', 'A']);
    const result = await spawnInTty(['--db', db, 'list']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/NAME.*TIER.*OWNER/);
    expect(result.stdout).toMatch(/\x1b\[/);
    const noColor = await spawnInTty(['--db', db, 'list'], { NO_COLOR: '1' });
    expect(noColor.stdout).toMatch(/NAME/);
    expect(noColor.stdout).not.toMatch(/\x1b\[[0-9;]*m/);
  });

  it('on a terminal: remove asks before deleting, and "no" keeps the account', async () => {
    const db = tempDb();
    await spawnAcct(['--db', db, 'add', 'Acme']);
    // `script` feeds our stdin to the terminal: answer "n" to the confirmation.
    const quoted = [process.execPath, BIN, '--db', db, 'remove', 'acme'].map((p) => `'${p}'`).join(' ');
    const child = execFileAsync('script', ['-qec', quoted, '/dev/null'], {
      env: { ...process.env, ACCT_NOW: '2026-03-15' },
    });
    child.child.stdin!.write('n\r');
    child.child.stdin!.end();
    const outcome = await child.then(
      (r) => ({ code: 0, out: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
    );
    expect(outcome.out).toContain('Remove Acme');
    expect(outcome.code).toBe(1);
    expect((await spawnAcct(['--db', db, 'list'])).stdout).toContain('Acme');
  });

  it('assess reads its answers from standard input with --answers -', async () => {
    const db = tempDb();
    await spawnAcct(['--db', db, 'add', 'Nova Plastics']);
    const answers = [
      'supplierPosition: none',
      'buyingDriver: senior-management',
      'triggers: [new-product-launch]',
      'internalConflict: false',
      'userDeptIssues: false',
      'newDemandIdea: false',
      'differentiatedOffer: true',
      'personalNeedsUnmet: false',
      'bondsCovered: []',
      'personalCare: []',
      'customerFile: false',
      'targetLevel: preferred-supplier',
    ].join('\n');
    const result = await spawnAcct(['--db', db, 'assess', 'nova', '--answers', '-', '--json'], {}, answers);
    expect(result.code, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as { result: { stage: string; plan: { play: string }[] } };
    expect(out.result.stage).toBe('development');
    expect(out.result.plan.map((p) => p.play)).toContain('ic-trigger-new-product');
    const history = await spawnAcct(['--db', db, 'history', 'nova', '--json']);
    expect((JSON.parse(history.stdout) as { assessments: unknown[] }).assessments).toHaveLength(1);
  });

  it('a reader that stops early (| head -1) ends acct quietly; a full disk is one line', async () => {
    const db = tempDb();
    const dir = tempDir();
    const rows = Array.from({ length: 3000 }, (_, i) => `Account ${i} with a name long enough to fill a pipe,A`);
    const csv = join(dir, 'big.csv');
    writeFileSync(csv, `name,tier\n${rows.join('\n')}\n`);
    expect((await spawnAcct(['--db', db, 'import', csv])).code).toBe(0);
    const script = '"$0" "$1" --db "$2" list | head -1 >/dev/null; exit ${PIPESTATUS[0]}';
    const piped = await execFileAsync('bash', ['-c', script, process.execPath, BIN, db]).then(
      (r) => ({ code: 0, stderr: r.stderr }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    expect(piped).toEqual({ code: 0, stderr: '' });
    const full = await execFileAsync('bash', [
      '-c',
      '"$0" "$1" --db "$2" list > /dev/full',
      process.execPath,
      BIN,
      db,
    ]).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    expect(full).toEqual({ code: 1, stderr: 'acct: cannot write the output: ENOSPC (check where it goes)\n' });
  });

  it('"today" is the day where the user is: 07:30 in Shanghai is already Monday', async () => {
    const db = tempDb();
    // 2026-11-23T23:30Z is Monday 2026-11-24 07:30 in Shanghai (UTC+8).
    const env = { TZ: 'Asia/Shanghai', ACCT_NOW: '2026-11-23T23:30:00Z' };
    await spawnAcct(['--db', db, 'add', 'Acme'], env);
    const logged = await spawnAcct(['--db', db, 'log', 'acme', 'Morning visit', '--type', 'visit'], env);
    expect(logged.stderr).toContain('on 2026-11-24');
    const report = await spawnAcct(['--db', db, 'report', '--json'], env);
    expect(JSON.parse(report.stdout).window).toMatchObject({ asOf: '2026-11-24' });
    const inUtc = await spawnAcct(['--db', db, 'report', '--json'], { ...env, TZ: 'UTC' });
    expect(JSON.parse(inUtc.stdout).window).toMatchObject({ asOf: '2026-11-23' });
  });

  it('exit codes: 2 for usage errors, 1 for user errors, 0 for help and version', async () => {
    const db = tempDb();
    expect((await spawnAcct(['--db', db, 'frobnicate'])).code).toBe(2);
    expect((await spawnAcct(['--db', db, 'show', 'nobody'])).code).toBe(1);
    const help = await spawnAcct(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    const version = await spawnAcct(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('every command has help with an example', async () => {
    const help = (await spawnAcct(['--help'])).stdout;
    const commands = [...help.matchAll(/^ {2}([a-z]+)[ |]/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
    expect(commands.length).toBeGreaterThanOrEqual(9);
    for (const command of commands) {
      const sub = await spawnAcct([command, '--help']);
      const nested = [...sub.stdout.matchAll(/^ {2}([a-z]+)[ |]/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
      // Groups (contact, action, playbook) show examples too, and so does each of their commands.
      expect(sub.stdout, command).toContain('Examples:');
      if (sub.stdout.includes('Commands:')) {
        for (const child of nested) {
          const grandchild = await spawnAcct([command, child, '--help']);
          expect(grandchild.stdout, `${command} ${child}`).toContain('Examples:');
        }
      }
    }
  });

  it('--help and --version load no SQLite, prompts, YAML, CSV or width code', async () => {
    const dir = tempDir();
    for (const args of [['--help'], ['--version'], ['add', '--help']]) {
      const trace = join(dir, `${args.join('')}.txt`);
      await execFileAsync(process.execPath, ['--import', join(ROOT, 'test/e2e/fixtures/trace.mjs'), BIN, ...args], {
        env: { ...process.env, ACCT_TRACE_FILE: trace },
      });
      const loaded = readFileSync(trace, 'utf8');
      expect(loaded).toContain('dist/cli.js');
      for (const heavy of [
        'better-sqlite3',
        '@inquirer',
        'node_modules/yaml',
        'csv-parse',
        'csv-stringify',
        'zod',
        '/dist/store/',
        // The width library is for tables and prompts (render/table.ts), loaded when they are drawn.
        'string-width',
        'wrap-ansi',
        '/dist/render/table.js',
      ]) {
        expect(loaded, `${args.join(' ')} loaded ${heavy}`).not.toContain(heavy);
      }
    }
  });

  it('several acct processes writing at once all succeed and every write is found', async () => {
    const db = tempDb();
    await spawnAcct(['--db', db, 'add', 'Seed']);
    const workers = 4;
    const perWorker = 6;
    const script = (worker: number) =>
      Array.from(
        { length: perWorker },
        (_, i) =>
          `'${process.execPath}' '${BIN}' --db '${db}' add 'W${worker}-${i}' && '${process.execPath}' '${BIN}' --db '${db}' log 'W${worker}-${i}' 'hello' >/dev/null`,
      ).join(' && ');
    const results = await Promise.all(
      Array.from({ length: workers }, (_, worker) =>
        execFileAsync('bash', ['-c', script(worker)], { env: { ...process.env, ACCT_NOW: '2026-03-15' } }).then(
          () => 0,
          (e: { code: number; stderr: string }) => `${e.code}: ${e.stderr}`,
        ),
      ),
    );
    expect(results).toEqual(Array(workers).fill(0));
    const names = JSON.parse((await spawnAcct(['--db', db, 'list', '--json'])).stdout).map(
      (a: { name: string }) => a.name,
    );
    expect(names).toHaveLength(workers * perWorker + 1);
    for (let w = 0; w < workers; w++) for (let i = 0; i < perWorker; i++) expect(names).toContain(`W${w}-${i}`);
  });
});
