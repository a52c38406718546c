/** acct playbook list | show | validate, in-process. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDb } from '../helpers.js';

const USER_OVERRIDE = join(ROOT, 'test', 'fixtures', 'playbooks', 'user-override');
const TTY = { tty: true, env: { NO_COLOR: '1' } };

interface ListedBook {
  id: string;
  title: string;
  version: string;
  plays: { id: string; title: string; source: string; priority: number }[];
}

function brokenFolder(db: string): string {
  const dir = join(db, '..', 'broken');
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'team.yaml'),
    [
      'id: team',
      'title: Team',
      "version: '1'",
      'description: x',
      'plays:',
      '  - id: team-one',
      '    title: One',
      '    why: because',
      '    when: { fact: noSuchFact, op: "true" }',
      '    priority: 1',
      '    due_in_days: 7',
      '    owner_role: boss',
      '    source: team',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'syntax.yml'), 'id: team2\nplays: [\n');
  return dir;
}

describe('acct playbook list', () => {
  it('--json lists each playbook with its plays (id, title, source) for coverage checks', async () => {
    const db = tempDb();
    const result = await run(db, ['playbook', 'list', '--json']);
    expect(result.code).toBe(0);
    const books = JSON.parse(result.stdout) as ListedBook[];
    expect(books.map((book) => book.id)).toEqual(
      expect.arrayContaining(['initial-cooperation', 'key-account-retention', 'experience-shift']),
    );
    const plays = books.flatMap((book) => book.plays);
    expect(plays.length).toBeGreaterThanOrEqual(50);
    for (const play of plays) {
      expect(play.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(play.title).not.toBe('');
      expect(play.source).toMatch(/seed 00[0-3]/);
    }
    expect(new Set(plays.map((play) => play.id)).size).toBe(plays.length);
  });

  it('prints a table per playbook on a terminal and tab-separated rows when piped', async () => {
    const db = tempDb();
    const table = await run(db, ['playbook', 'list'], TTY);
    expect(table.stdout).toMatch(/^key-account-retention: Key-account retention/m);
    expect(table.stdout).toMatch(/PLAY\s+P\s+DUE\s+OWNER\s+TITLE\s+SOURCE/);
    const piped = await run(db, ['playbook', 'ls']);
    const row = piped.stdout.split('\n').find((line) => line.startsWith('key-account-retention\tkr-fit-alarm\t'));
    expect(row?.split('\t')).toHaveLength(7);
  });

  it('includes the user folder: added plays and overridden ones', async () => {
    const db = tempDb();
    const books = JSON.parse(
      (await run(db, ['playbook', 'list', '--json', '--playbooks', USER_OVERRIDE])).stdout,
    ) as ListedBook[];
    const team = books.find((book) => book.id === 'team-plays');
    expect(team?.plays.map((play) => play.id)).toEqual(['team-trade-fair']);
    const ic = books.find((book) => book.id === 'initial-cooperation')!;
    expect(ic.version).toMatch(/\+local$/);
    expect(ic.plays.find((play) => play.id === 'ic-weave-network')!.title).toContain('north-region');
  });
});

describe('acct playbook show', () => {
  it('shows a play with its why, condition and steps', async () => {
    const db = tempDb();
    const json = JSON.parse((await run(db, ['playbook', 'show', 'kr-fit-alarm', '--json'])).stdout) as Record<
      string,
      unknown
    >;
    expect(json).toMatchObject({ id: 'kr-fit-alarm', playbook: 'key-account-retention', priority: 1 });
    expect(json.why).toEqual(expect.any(String));
    expect(json.condition).toContain('criteriaFit');
    const text = await run(db, ['playbook', 'show', 'kr-fit-alarm'], TTY);
    expect(text.stdout).toMatch(/^kr-fit-alarm: /);
    expect(text.stdout).toMatch(/^when: \{ fact: criteriaFit, op: eq, value: alarm \}$/m);
    expect(text.stdout).toMatch(/why\s+/);
    expect(json.condition).toBe('{ fact: criteriaFit, op: eq, value: alarm }');
    const piped = await run(db, ['playbook', 'show', 'kr-fit-alarm']);
    expect(piped.stdout).toMatch(/^when\t\{ fact: criteriaFit, op: eq, value: alarm \}$/m);
  });

  it('prints a nested condition as the YAML block to paste into a file', async () => {
    const db = tempDb();
    const text = await run(db, ['playbook', 'show', 'du-find-new-owner'], TTY);
    expect(text.stdout).toContain(
      [
        'when:',
        '  any:',
        '    - { fact: structuralChange, op: has, value: selling-unit }',
        '    - { fact: structuralChange, op: has, value: taken-over }',
        '    - { fact: structuralChange, op: has, value: relocating }',
      ].join('\n'),
    );
  });

  it('shows a whole playbook', async () => {
    const db = tempDb();
    const text = await run(db, ['playbook', 'show', 'experience-shift'], TTY);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^experience-shift: /);
    expect(text.stdout).toContain('es-adapt-to-expert');
    const json = JSON.parse((await run(db, ['playbook', 'show', 'experience-shift', '--json'])).stdout) as ListedBook;
    expect(json.plays.length).toBeGreaterThan(3);
  });

  it('an unknown id suggests close ones', async () => {
    const db = tempDb();
    const result = await run(db, ['playbook', 'show', 'kr-fit-alarn']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no playbook or play with id "kr-fit-alarn" \(did you mean kr-fit-alarm/);
  });
});

describe('acct playbook facts', () => {
  interface FactJson {
    name: string;
    type: string;
    values: string[] | null;
    operators: string[];
    source: string;
    meaning: string;
  }

  it('--json lists every fact with its type, values, operators and meaning', async () => {
    const db = tempDb();
    const result = await run(db, ['playbook', 'facts', '--json']);
    expect(result.code).toBe(0);
    const facts = JSON.parse(result.stdout) as FactJson[];
    const { FACTS } = await import('../../src/domain/assessment/catalogue.js');
    expect(facts.map((fact) => fact.name)).toEqual(Object.keys(FACTS));
    expect(facts.find((fact) => fact.name === 'triggers')).toMatchObject({
      type: 'list',
      values: expect.arrayContaining(['supplier-review']),
      operators: ['has', 'true', 'false', 'set', 'unset'],
      source: 'answer',
      meaning: 'The eight opportunity triggers present now.',
    });
    expect(facts.find((fact) => fact.name === 'shareOfWallet')).toMatchObject({ type: 'number', values: null });
  });

  it("includes the questions of the user's own questionnaire", async () => {
    const db = tempDb();
    const facts = JSON.parse(
      (await run(db, ['playbook', 'facts', '--json', '--playbooks', USER_OVERRIDE])).stdout,
    ) as FactJson[];
    expect(facts.find((fact) => fact.name === 'attendsTradeFair')).toMatchObject({ type: 'boolean', source: 'answer' });
  });

  it('on a terminal: a table, then the operators by type and where to read more', async () => {
    const db = tempDb();
    const text = await run(db, ['playbook', 'facts'], TTY);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/FACT\s+TYPE\s+FROM\s+VALUES\s+MEANING/);
    expect(text.stdout).toMatch(/^ {2}list +has true false set unset$/m);
    expect(text.stdout).toContain('docs/playbooks.md');
  });
});

describe('acct playbook validate', () => {
  it('the shipped playbooks are valid: one OK line', async () => {
    const db = tempDb();
    const result = await run(db, ['playbook', 'validate']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^OK: \d+ files checked, no problems\n$/);
    const user = await run(db, ['playbook', 'validate', USER_OVERRIDE]);
    expect(user.stdout).toBe('OK: 2 files checked, no problems\n');
  });

  it('a broken folder: every problem as file:line:col: message, exit 1', async () => {
    const db = tempDb();
    const dir = brokenFolder(db);
    for (const args of [
      ['playbook', 'validate', dir],
      ['playbook', 'validate', '--playbooks', dir],
    ]) {
      const result = await run(db, args);
      expect(result.code).toBe(1);
      const lines = result.stdout.trim().split('\n');
      expect(lines.every((line) => /^\/.+\.ya?ml:\d+:\d+: .+$/.test(line))).toBe(true);
      expect(lines.some((line) => /team\.yaml:9:\d+: .*noSuchFact/.test(line))).toBe(true);
      expect(lines.some((line) => /team\.yaml:12:\d+: .*owner_role/.test(line))).toBe(true);
      expect(lines.some((line) => /syntax\.yml:\d+:\d+: YAML syntax error/.test(line))).toBe(true);
      expect(result.stderr).toMatch(/^acct: \d+ problems in 2 files/);
    }
    const json = await run(db, ['playbook', 'validate', dir, '--json']);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout) as { ok: boolean; problems: { file: string; line: number; col: number }[] };
    expect(parsed.ok).toBe(false);
    expect(parsed.problems[0]).toMatchObject({ line: expect.any(Number), col: expect.any(Number) });
    // A broken user folder breaks list and show too, with the same lines on stderr.
    const listed = await run(db, ['playbook', 'list'], { env: { ACCT_PLAYBOOKS: dir } });
    expect(listed.code).toBe(1);
    expect(listed.stdout).toBe('');
    expect(listed.stderr).toMatch(/team\.yaml:9:\d+: /);
  });

  it('a missing path is a usage error', async () => {
    const db = tempDb();
    const result = await run(db, ['playbook', 'validate', '/no/such/dir']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no such file or folder: /no/such/dir');
  });
});
