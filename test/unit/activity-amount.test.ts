/** An order can carry its value (docs/domain.md §4, lifetime value): the activity fields `amount` and `currency`. */
import { describe, expect, it } from 'vitest';
import { ACTIVITY_FIELDS, parseFields } from '../../src/domain/fields.js';
import { wordProblem } from '../../src/errors.js';

const TODAY = '2026-03-15';
/** The result with each problem worded in English, as the commands print it. */
const parse = (input: Record<string, string>) => {
  const result = parseFields(ACTIVITY_FIELDS, input, TODAY, { requireAll: true });
  return result.ok
    ? result
    : { ok: false, problems: result.problems.map((p) => ({ field: p.field, message: wordProblem(p.problem) })) };
};

describe('activity amount and currency', () => {
  it('reads 420万 as 4,200,000 and a written currency fills the currency field', () => {
    expect(parse({ note: 'PO 1', type: 'order', amount: '420万' })).toEqual({
      ok: true,
      value: { note: 'PO 1', type: 'order', amount: 4_200_000 },
    });
    expect(parse({ note: 'PO 2', type: 'order', amount: 'EUR 3m' })).toMatchObject({
      ok: true,
      value: { amount: 3_000_000, currency: 'EUR' },
    });
    expect(parse({ note: 'PO 3', type: 'order', amount: '4200000', currency: 'cny' })).toMatchObject({
      ok: true,
      value: { amount: 4_200_000, currency: 'CNY' },
    });
  });

  it('refuses an amount on anything but an order, a negative amount and a currency that disagrees', () => {
    expect(parse({ note: 'call', type: 'call', amount: '5万' })).toMatchObject({
      ok: false,
      problems: [{ field: 'amount', message: 'amount is for orders only, not for type "call"' }],
    });
    expect(parse({ note: 'PO', type: 'order', amount: '-5' })).toMatchObject({
      ok: false,
      problems: [{ field: 'amount', message: expect.stringMatching(/cannot be negative/) }],
    });
    expect(parse({ note: 'PO', type: 'order', amount: 'EUR 3m', currency: 'USD' })).toMatchObject({
      ok: false,
      problems: [{ field: 'currency', message: 'amount is in EUR but currency says USD' }],
    });
    expect(parse({ note: 'PO', type: 'order', amount: 'lots' })).toMatchObject({
      ok: false,
      problems: [{ field: 'amount', message: expect.stringMatching(/^amount "lots" is not an amount/) }],
    });
  });
});
