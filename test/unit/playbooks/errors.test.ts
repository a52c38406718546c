import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlaybookError, formatProblem, loadPlaybooks, validatePlaybookFiles } from '../../../src/playbooks/load.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'acct-pb-err-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** A valid playbook whose plays can be tweaked line by line. */
function playbook(id: string, plays: string[][]): string[] {
  return [`id: ${id}`, 'title: Test', 'version: "1"', 'description: A test playbook.', 'plays:', ...plays.flat()];
}
function play(id: string, extra: Partial<Record<string, string>> = {}, drop: string[] = []): string[] {
  const fields: Record<string, string> = {
    id,
    title: 'A play',
    why: 'Because it helps.',
    when: '{ fact: singleThreaded, op: "true" }',
    priority: '2',
    due_in_days: '7',
    owner_role: 'rep',
    source: 'test',
    ...extra,
  };
  const keys = Object.keys(fields).filter((key) => !drop.includes(key));
  return keys.map((key, index) => `${index === 0 ? '  - ' : '    '}${key}: ${fields[key]}`);
}

function problemsFor(...files: string[]): string[] {
  return validatePlaybookFiles(files).map(formatProblem);
}

describe('playbook validation errors as file:line:col', () => {
  it('YAML syntax errors', () => {
    const file = write('broken.yaml', ['id: broken', 'title: [unclosed', 'version: "1"']);
    const problems = problemsFor(file);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(new RegExp(`^${escape(file)}:\\d+:\\d+: YAML syntax error: `));
  });

  it('duplicate mapping keys are a YAML error at the second key', () => {
    const file = write('dupkey.yaml', ['id: a', 'id: b']);
    expect(problemsFor(file)[0]).toMatch(
      new RegExp(`^${escape(file)}:2:1: YAML syntax error: .*[Mm]ap keys must be unique`),
    );
  });

  it('wrong types', () => {
    // Lines: 1 id, 2 title, 3 version, 4 description, 5 plays:, 6.. the play; due_in_days is the 6th field → line 11.
    const file = write('types.yaml', playbook('types', [play('p-one', { due_in_days: 'soon' })]));
    expect(problemsFor(file)).toEqual([`${file}:11:18: plays[0].due_in_days: expected number, got string`]);
  });

  it('a version written as a number', () => {
    const lines = playbook('ver', [play('p-ver')]);
    lines[2] = 'version: 1.0';
    const file = write('ver.yaml', lines);
    expect(problemsFor(file)).toEqual([`${file}:3:10: version: version must be a quoted string, e.g. "1.0"`]);
  });

  it('missing fields, reported at the enclosing play', () => {
    const file = write('missing.yaml', playbook('missing', [play('p-ok'), play('p-nowhy', {}, ['why'])]));
    // The second play starts on line 6 + 8 = 14, column 5 (after "  - ").
    expect(problemsFor(file)).toEqual([`${file}:14:5: plays[1].why: missing required field "why"`]);
  });

  it('missing top-level field, reported at the document start', () => {
    const file = write(
      'notitle.yaml',
      playbook('notitle', [play('p-x')]).filter((line) => !line.startsWith('title:')),
    );
    expect(problemsFor(file)).toEqual([`${file}:1:1: title: missing required field "title"`]);
  });

  it('unknown fields (typos)', () => {
    const file = write('typo.yaml', [...playbook('typo', [play('p-typo')]), '    priorty: 1']);
    expect(problemsFor(file)).toEqual([`${file}:14:14: plays[0].priorty: unknown field "priorty"`]);
  });

  it('bad enum values', () => {
    const file = write('enum.yaml', playbook('enum', [play('p-enum', { owner_role: 'boss', priority: '5' })]));
    const problems = problemsFor(file);
    expect(problems).toEqual([
      `${file}:10:15: plays[0].priority: priority must be 1, 2 or 3 (1 = most urgent)`,
      expect.stringMatching(
        new RegExp(
          `^${escape(file)}:12:17: plays\\[0\\]\\.owner_role: Invalid option: expected one of "rep"\\|"manager"\\|"service"\\|"executive"$`,
        ),
      ),
    ]);
  });

  it('unknown fact names and values outside a fact vocabulary in conditions', () => {
    const file = write(
      'facts.yaml',
      playbook('facts', [
        play('p-fact', { when: '{ fact: singleThread, op: "true" }' }),
        play('p-value', { when: '{ any: [ { fact: stage, op: eq, value: courtship } ] }' }),
        play('p-short', { when: '{ fact: shareOfWalet, op: lt, value: 30 }' }),
      ]),
    );
    expect(problemsFor(file)).toEqual([
      `${file}:9:19: plays[0].when.fact: unknown fact "singleThread"; did you mean "singleThreaded"?`,
      expect.stringMatching(
        new RegExp(
          `^${escape(file)}:17:50: plays\\[1\\]\\.when\\.any\\[0\\]\\.value: "courtship" is not a value of "stage"; allowed: development,`,
        ),
      ),
      `${file}:25:19: plays[2].when.fact: unknown fact "shareOfWalet"; did you mean "shareOfWallet"?`,
    ]);
  });

  it('bad operators', () => {
    const file = write(
      'ops.yaml',
      playbook('ops', [play('p-op', { when: '{ fact: stage, op: like, value: development }' })]),
    );
    expect(problemsFor(file)).toEqual([
      `${file}:9:30: plays[0].when.op: unknown operator "like"; use one of eq, ne, in, nin, gt, gte, lt, lte, has, true, false, set, unset`,
    ]);
  });

  it('duplicate play ids within a file and across files', () => {
    const one = write('one.yaml', playbook('one', [play('dup-play'), play('dup-play')]));
    const two = write('two.yaml', playbook('two', [play('other'), play('p-shared')]));
    const three = write('three.yaml', playbook('three', [play('p-shared')]));
    expect(problemsFor(one, two, three)).toEqual([
      `${one}:14:9: plays[1].id: duplicate play id "dup-play" (also plays[0])`,
      `${three}:6:9: duplicate play id "p-shared" (also at ${two}:14:9)`,
    ]);
  });

  it('duplicate playbook ids across files', () => {
    const one = write('a.yaml', playbook('same', [play('p-a')]));
    const two = write('b.yaml', playbook('same', [play('p-b')]));
    expect(problemsFor(one, two)).toEqual([`${two}:1:5: duplicate playbook id "same" (also at ${one}:1:5)`]);
  });

  it('empty files and non-mapping documents', () => {
    const empty = write('empty.yaml', ['# nothing here']);
    const list = write('list.yaml', ['- a', '- b']);
    expect(problemsFor(empty, list)).toEqual([
      `${empty}:1:1: the file is empty`,
      `${list}:1:1: expected a mapping with id, title, version, ... at the top level`,
    ]);
  });

  it('questionnaire errors: options, when over later questions, reserved keys', () => {
    const file = write('assessment.yaml', [
      'id: assessment',
      'title: Q',
      'version: "1"',
      'questions:',
      '  - key: first',
      '    prompt: First?',
      '    type: select',
      '    when: { fact: second, op: "true" }',
      '  - key: second',
      '    prompt: Second?',
      '    type: boolean',
      '  - key: stage',
      '    prompt: Stage?',
      '    type: number',
    ]);
    expect(problemsFor(file)).toEqual([
      `${file}:7:11: questions[0].type: a select question needs options`,
      `${file}:8:19: questions[0].when.fact: unknown fact "second" (a question's "when" may only read earlier questions)`,
      `${file}:12:10: questions[2].key: "stage" is reserved for a fact acct derives (Development stage.)`,
    ]);
  });
});

describe('loadPlaybooks with a broken user folder', () => {
  it('throws one PlaybookError listing every problem, applying nothing', () => {
    const user = path.join(dir, 'user');
    mkdirSync(user);
    writeFileSync(path.join(user, 'a.yaml'), playbook('a', [play('p-a', { owner_role: 'boss' })]).join('\n'));
    writeFileSync(path.join(user, 'b.yaml'), 'id: b\ntitle: [oops\n');
    let error: unknown;
    try {
      loadPlaybooks({ userDir: user });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PlaybookError);
    const problems = (error as PlaybookError).problems;
    expect(problems.map((problem) => problem.file)).toEqual([path.join(user, 'a.yaml'), path.join(user, 'b.yaml')]);
    expect(problems[0]).toMatchObject({ line: 12, col: 17 });
    expect((error as PlaybookError).message).toMatch(/^2 problems in playbook files:\n/);
    expect((error as PlaybookError).message).toContain(`${path.join(user, 'a.yaml')}:12:17: plays[0].owner_role`);
  });

  it('reports a missing user folder', () => {
    expect(() => loadPlaybooks({ userDir: path.join(dir, 'nope') })).toThrow(/cannot read/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
