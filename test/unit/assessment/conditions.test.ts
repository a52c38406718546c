import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FACTS,
  conditionFacts,
  evaluate,
  parseCondition,
  parseShorthand,
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

describe('parseShorthand', () => {
  it('reads numbers, booleans, words and lists', () => {
    expect(parseShorthand('shareOfWallet lt 30')).toEqual({
      ok: true,
      condition: { fact: 'shareOfWallet', op: 'lt', value: 30 },
    });
    expect(parseShorthand('triggers has supplier-review')).toEqual({
      ok: true,
      condition: { fact: 'triggers', op: 'has', value: 'supplier-review' },
    });
    expect(parseShorthand('stage in [development, initial-cooperation]')).toEqual({
      ok: true,
      condition: { fact: 'stage', op: 'in', value: ['development', 'initial-cooperation'] },
    });
    expect(parseShorthand('singleThreaded true')).toEqual({
      ok: true,
      condition: { fact: 'singleThreaded', op: 'true' },
    });
    expect(parseShorthand('referralsAsked ne true')).toEqual({
      ok: true,
      condition: { fact: 'referralsAsked', op: 'ne', value: true },
    });
  });

  it('rejects unknown operators and missing values', () => {
    expect(parseShorthand('stage like x')).toMatchObject({
      ok: false,
      message: expect.stringContaining('unknown operator "like"'),
    });
    expect(parseShorthand('stage eq')).toMatchObject({ ok: false, message: expect.stringContaining('needs a value') });
    expect(parseShorthand('stage true extra')).toMatchObject({
      ok: false,
      message: expect.stringContaining('takes no value'),
    });
  });
});

describe('parseCondition against the catalogue', () => {
  it('accepts a valid nested condition and returns the structured form', () => {
    const raw = {
      all: [
        'shareOfWallet lt 30',
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
    expect(problems).toEqual([
      { path: ['any', 0, 'fact'], message: 'unknown fact "singleThread"; did you mean "singleThreaded"?' },
    ]);
  });

  it('reports values outside a fact vocabulary and ill-suited operators', () => {
    expect(parseCondition({ fact: 'stage', op: 'in', value: ['development', 'courtship'] }, FACTS).problems).toEqual([
      { path: ['value', 1], message: expect.stringContaining('"courtship" is not a value of "stage"') },
    ]);
    expect(parseCondition({ fact: 'stage', op: 'gt', value: 2 }, FACTS).problems[0]!.message).toMatch(
      /needs a number fact/,
    );
    expect(parseCondition({ fact: 'stage', op: 'has', value: 'x' }, FACTS).problems[0]!.message).toMatch(
      /needs a list fact/,
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
    expect(parseCondition({ all: 'x' }, null).problems[0]).toEqual({
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
