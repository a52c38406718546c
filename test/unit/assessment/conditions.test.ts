import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadLanguage } from '../../../src/i18n/index.js';
import {
  FACTS,
  conditionFacts,
  evaluate,
  parseCondition,
  MAX_CONDITION_DEPTH,
  type Condition,
} from '../../../src/domain/assessment/index.js';

const facts = {
  stage: 'initial-cooperation',
  shareOfWallet: 20,
  triggers: ['supplier-review', 'cost-pressure'],
  singleThreaded: true,
  hasExecutive: false,
  satisfaction: undefined,
  tier: null,
};

describe('evaluate', () => {
  it.each<[Condition, boolean]>([
    [{ fact: 'stage', op: 'eq', value: 'initial-cooperation' }, true],
    [{ fact: 'stage', op: 'ne', value: 'initial-cooperation' }, false],
    [{ fact: 'stage', op: 'in', value: ['development', 'initial-cooperation'] }, true],
    [{ fact: 'stage', op: 'nin', value: ['development', 'initial-cooperation'] }, false],
    [{ fact: 'shareOfWallet', op: 'gt', value: 20 }, false],
    [{ fact: 'shareOfWallet', op: 'gte', value: 20 }, true],
    [{ fact: 'shareOfWallet', op: 'lt', value: 30 }, true],
    [{ fact: 'shareOfWallet', op: 'lte', value: 19 }, false],
    [{ fact: 'triggers', op: 'has', value: 'supplier-review' }, true],
    [{ fact: 'triggers', op: 'has', value: 'new-product-launch' }, false],
    [{ fact: 'triggers', op: 'in', value: ['new-product-launch', 'cost-pressure'] }, true],
    [{ fact: 'triggers', op: 'nin', value: ['new-product-launch', 'cost-pressure'] }, false],
    [{ fact: 'singleThreaded', op: 'true' }, true],
    [{ fact: 'hasExecutive', op: 'false' }, true],
    [{ fact: 'satisfaction', op: 'unset' }, true],
    [{ fact: 'tier', op: 'set' }, false],
    [{ all: [] }, true],
    [{ any: [] }, false],
    [
      {
        all: [
          { fact: 'singleThreaded', op: 'true' },
          { fact: 'shareOfWallet', op: 'lt', value: 50 },
        ],
      },
      true,
    ],
    [
      {
        any: [
          { fact: 'hasExecutive', op: 'true' },
          { fact: 'stage', op: 'eq', value: 'development' },
        ],
      },
      false,
    ],
    [{ not: { fact: 'triggers', op: 'has', value: 'personnel-change' } }, true],
  ])('%j → %s', (condition, expected) => {
    expect(evaluate(condition, facts)).toBe(expected);
  });

  it('treats unset facts as never equal, never compared, but "ne"/"false" hold', () => {
    expect(evaluate({ fact: 'satisfaction', op: 'eq', value: 3 }, facts)).toBe(false);
    expect(evaluate({ fact: 'satisfaction', op: 'lte', value: 2 }, facts)).toBe(false);
    expect(evaluate({ fact: 'satisfaction', op: 'ne', value: 3 }, facts)).toBe(true);
    expect(evaluate({ fact: 'satisfaction', op: 'false' }, facts)).toBe(true);
    expect(evaluate({ fact: 'nothing', op: 'in', value: ['a'] }, facts)).toBe(false);
  });

  it('does not read inherited properties such as toString', () => {
    expect(evaluate({ fact: 'toString', op: 'set' }, facts)).toBe(false);
  });

  it('no condition always holds', () => {
    expect(evaluate(undefined, facts)).toBe(true);
  });

  it('not(c) is always the negation of c (property)', () => {
    const arbCondition = fc.record({
      fact: fc.constantFrom('stage', 'shareOfWallet', 'triggers', 'singleThreaded', 'satisfaction'),
      op: fc.constantFrom(
        'eq',
        'ne',
        'in',
        'nin',
        'gt',
        'lt',
        'has',
        'true',
        'false',
        'set',
        'unset',
      ) as fc.Arbitrary<'eq'>,
      value: fc.oneof(
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom('initial-cooperation', 'supplier-review'),
        fc.array(fc.constantFrom('cost-pressure', 'development')),
      ),
    });
    fc.assert(
      fc.property(arbCondition, (condition) => evaluate({ not: condition }, facts) === !evaluate(condition, facts)),
    );
  });
});

describe('conditionFacts', () => {
  it('lists each fact once in order', () => {
    expect(
      conditionFacts({
        all: [{ fact: 'a', op: 'true' }, { any: [{ fact: 'b', op: 'true' }, { not: { fact: 'a', op: 'false' } }] }],
      }),
    ).toEqual(['a', 'b']);
  });
});

describe('one way to write a condition', () => {
  it('refuses the old "fact op value" text and says how to write it', () => {
    expect(parseCondition('supporters lt 2', FACTS).problems).toMatchObject([
      {
        path: [],
        message: 'a condition is not text: write { fact: supporters, op: lt, value: 2 } (see docs/playbooks.md)',
      },
    ]);
    expect(parseCondition({ all: ['singleThreaded true'] }, null).problems).toMatchObject([
      {
        path: ['all', 0],
        message: 'a condition is not text: write { fact: singleThreaded, op: true } (see docs/playbooks.md)',
      },
    ]);
  });

  it('a 1 MB text condition is refused at once, quoting at most 80 characters of it', () => {
    for (const text of [' '.repeat(1_000_000), `a${' '.repeat(1_000_000)}b`, `stage eq ${'x'.repeat(1_000_000)}`]) {
      const start = performance.now();
      const { problems } = parseCondition(text, FACTS);
      expect(performance.now() - start).toBeLessThan(1000);
      expect(problems).toHaveLength(1);
      expect(problems[0]!.message.length).toBeLessThan(200);
      expect(problems[0]!.message).toMatch(/^a condition is not text \(".{0,80}…"\): write \{ fact/);
    }
  });

  it('a 1 MB fact name or value is refused at once, quoting at most 80 characters of it', () => {
    const huge = 'q'.repeat(1_000_000);
    for (const raw of [
      { fact: huge, op: 'set' },
      { fact: `a${huge}`, op: 'set' },
      { fact: 'stage', op: 'eq', value: huge },
      { fact: 'stage', op: huge },
      { fact: 'stage', op: 'in', value: Array.from({ length: 100_000 }, () => 'development') },
    ]) {
      const start = performance.now();
      const { problems } = parseCondition(raw, FACTS);
      expect(performance.now() - start).toBeLessThan(1000);
      for (const problem of problems) expect(problem.message).not.toContain('q'.repeat(81));
    }
  });

  it('refuses nesting deeper than the limit instead of recursing without end', () => {
    let raw: unknown = { fact: 'stage', op: 'set' };
    for (let level = 0; level < 10_000; level++) raw = { not: raw };
    const { condition, problems } = parseCondition(raw, FACTS);
    expect(condition).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe(`condition nested more than ${MAX_CONDITION_DEPTH} levels deep`);
  });

  it.each<[Record<string, unknown>, RegExp]>([
    // has/in on a list fact no longer overlap: "has" takes one value, "any of" is written with any.
    [
      { fact: 'triggers', op: 'in', value: ['cost-pressure'] },
      /"in" does not suit "triggers", a list fact.*\{ any: \[\.\.\.\] \}/,
    ],
    [{ fact: 'triggers', op: 'nin', value: ['cost-pressure'] }, /"nin" does not suit "triggers"/],
    [{ fact: 'triggers', op: 'has', value: ['cost-pressure'] }, /takes one value, not a list; for "any of"/],
    [{ fact: 'triggers', op: 'eq', value: 'cost-pressure' }, /"eq" does not suit "triggers".*use "has"/],
    [{ fact: 'stage', op: 'has', value: 'development' }, /"has" does not suit "stage", a text fact.*use "eq"/],
    [{ fact: 'stage', op: 'true' }, /"true" does not suit "stage"/],
    [{ fact: 'singleThreaded', op: 'in', value: [true] }, /"in" does not suit "singleThreaded", a yes\/no fact/],
    [{ fact: 'singleThreaded', op: 'eq', value: 'yes' }, /is true or false, not "yes"/],
    [{ fact: 'shareOfWallet', op: 'gt', value: '30' }, /is a number, not "30"/],
  ])('operators suit fact types: %j', (raw, message) => {
    const { problems } = parseCondition(raw, FACTS);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(message);
  });

  it('each type keeps the operators that say something different', () => {
    for (const raw of [
      { fact: 'triggers', op: 'has', value: 'cost-pressure' },
      { fact: 'triggers', op: 'true' },
      { fact: 'stage', op: 'in', value: ['development'] },
      { fact: 'stage', op: 'nin', value: ['development'] },
      { fact: 'satisfaction', op: 'in', value: [1, 2] },
      { fact: 'singleThreaded', op: 'eq', value: false },
      { fact: 'singleThreaded', op: 'false' },
      { fact: 'tier', op: 'unset' },
    ]) {
      expect(parseCondition(raw, FACTS).problems).toEqual([]);
    }
  });
});

describe('parseCondition against the catalogue', () => {
  it('accepts a valid nested condition and returns the structured form', () => {
    const raw = {
      all: [
        { fact: 'shareOfWallet', op: 'lt', value: 30 },
        { fact: 'triggers', op: 'has', value: 'cost-pressure' },
        { not: { fact: 'hasExecutive', op: true } },
      ],
    };
    const { condition, problems } = parseCondition(raw, FACTS);
    expect(problems).toEqual([]);
    expect(condition).toEqual({
      all: [
        { fact: 'shareOfWallet', op: 'lt', value: 30 },
        { fact: 'triggers', op: 'has', value: 'cost-pressure' },
        { not: { fact: 'hasExecutive', op: 'true' } },
      ],
    });
  });

  it('reports unknown facts with a suggestion and the path', () => {
    const { problems } = parseCondition({ any: [{ fact: 'singleThread', op: 'true' }] }, FACTS);
    expect(problems).toMatchObject([
      { path: ['any', 0, 'fact'], message: 'unknown fact "singleThread"; did you mean "singleThreaded"?' },
    ]);
  });

  it('reports values outside a fact vocabulary and ill-suited operators', () => {
    expect(
      parseCondition({ fact: 'stage', op: 'in', value: ['development', 'courtship'] }, FACTS).problems,
    ).toMatchObject([
      { path: ['value', 1], message: expect.stringContaining('"courtship" is not a value of "stage"') },
    ]);
    expect(parseCondition({ fact: 'stage', op: 'gt', value: 2 }, FACTS).problems[0]!.message).toMatch(
      /"gt" does not suit "stage", a text fact/,
    );
    expect(parseCondition({ fact: 'stage', op: 'has', value: 'x' }, FACTS).problems[0]!.message).toMatch(
      /"has" does not suit "stage"/,
    );
    expect(parseCondition({ fact: 'stage', op: 'in', value: 'development' }, FACTS).problems[0]!.message).toMatch(
      /needs a list value/,
    );
    expect(parseCondition({ fact: 'stage', op: 'set', value: 'x' }, FACTS).problems[0]!.message).toMatch(
      /takes no value/,
    );
  });

  it('reports shape errors', () => {
    expect(parseCondition(42, null).problems[0]!.message).toMatch(/a condition is/);
    expect(parseCondition({ all: 'x' }, null).problems[0]).toMatchObject({
      path: ['all'],
      message: '"all" takes a list of conditions',
    });
    expect(parseCondition({ fact: 'stage', op: 'eq', value: 'x', extra: 1 }, null).problems[0]!.path).toEqual([
      'extra',
    ]);
    expect(parseCondition({ fact: 'stage', op: 'matches', value: 'x' }, null).problems[0]!.message).toMatch(
      /unknown operator "matches"/,
    );
  });
});

describe('condition problems in the run’s language', () => {
  it('words each problem from the catalogue: Chinese in zh-CN, with the same key and params', async () => {
    const english = parseCondition({ fact: 'singleThread', op: 'true' }, FACTS).problems[0]!;
    await loadLanguage('zh-CN');
    const chinese = parseCondition({ fact: 'singleThread', op: 'true' }, FACTS).problems[0]!;
    expect(chinese).toEqual({ ...english, message: '未知事实 "singleThread"；您是不是要写 "singleThreaded"？' });
    expect(parseCondition({ fact: 'stage', op: 'gt', value: 2 }, FACTS).problems[0]!.message).toBe(
      '运算符 "gt" 不适用于 "stage"（文本类事实）；可用：eq, ne, in, nin, set, unset',
    );
    expect(parseCondition('supporters lt 2', FACTS).problems[0]!.message).toBe(
      '条件不能写成文本：请写成 { fact: supporters, op: lt, value: 2 }（见 docs/playbooks.md）',
    );
  });
});
