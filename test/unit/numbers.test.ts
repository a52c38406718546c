/** Strict numbers: what a person types is read as written or refused with the accepted forms named. */
import { describe, expect, it } from 'vitest';
import { wordProblem } from '../../src/errors.js';
import { ACCOUNT_FIELDS, CONTACT_FIELDS, parseFields, parseMoney } from '../../src/domain/fields.js';
import { parseDecimal, parseWholeNumber } from '../../src/domain/numbers.js';
import { parseAnswerText, type Question } from '../../src/domain/assessment/questions.js';

const today = '2026-03-15';

function problem(fields: typeof ACCOUNT_FIELDS, input: Record<string, string>): string {
  const result = parseFields(fields, input, today);
  if (result.ok) throw new Error(`accepted ${JSON.stringify(input)} as ${JSON.stringify(result.value)}`);
  return result.problems.map((p) => wordProblem(p.problem)).join('; ');
}

describe('parseDecimal', () => {
  it.each([
    ['35', 35],
    [' 35 ', 35],
    ['35.5', 35.5],
    ['-2', -2],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['1,234', 1234],
    ['1,234,567', 1234567],
    ['1,234.5', 1234.5],
    ['３５', 35],
  ])('reads %j as %d', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each([
    '',
    ' ',
    '-',
    '.',
    '5.',
    '0x10',
    '0b101',
    '0o17',
    '1e3',
    '1E3',
    'Infinity',
    '-Infinity',
    'NaN',
    '12,34',
    '1,2345',
    '1,23,456',
    ',123',
    '123,',
    '1_000',
    '+5',
    '--5',
    '5 5',
    '9'.repeat(400),
  ])('refuses %j', (text) => {
    expect(parseDecimal(text)).toBeNull();
  });

  it('whole numbers: positive safe integers only', () => {
    expect(parseWholeNumber('3')).toBe(3);
    expect(parseWholeNumber('0', 0)).toBe(0);
    for (const text of ['0', '-1', '1.5', '0x10', '1e3', '9007199254740993']) expect(parseWholeNumber(text)).toBeNull();
  });
});

describe('number fields', () => {
  it('refuses --share 0x10 and 12,34 naming the accepted forms, instead of storing 16 or 1234', () => {
    expect(problem(ACCOUNT_FIELDS, { share: '0x10' })).toBe(
      'share "0x10" is not a number (enter a number such as 35, 35.5 or 35%)',
    );
    expect(problem(ACCOUNT_FIELDS, { share: '12,34' })).toBe(
      'share "12,34" is not a number (a comma only separates thousands, as in 1,234,567; write a decimal with a point, as in 12.34)',
    );
    for (const share of ['Infinity', '1e1', '-0x10'])
      expect(parseFields(ACCOUNT_FIELDS, { share }, today).ok, share).toBe(false);
  });

  it('accepts percentages as people write them', () => {
    for (const [share, value] of [
      ['35', 35],
      [' 35 ', 35],
      ['35%', 35],
      ['35.5 %', 35.5],
      ['３５％', 35],
    ] as const)
      expect(parseFields(ACCOUNT_FIELDS, { share }, today), share).toEqual({ ok: true, value: { share: value } });
    expect(parseFields(ACCOUNT_FIELDS, { share: '' }, today)).toEqual({ ok: true, value: { share: null } });
  });

  it('refuses --revenue 12,34, 0x10 and 1e6 naming the accepted forms, instead of storing 1234', () => {
    expect(problem(ACCOUNT_FIELDS, { revenue: '12,34' })).toBe(
      'revenue "12,34" is not an amount (a comma only separates thousands, as in 1,234,567; write a decimal with a point, as in 12.34)',
    );
    expect(problem(ACCOUNT_FIELDS, { revenue: '0x10' })).toBe(
      'revenue "0x10" is not an amount (enter 1200000, 1,200,000, 120万, 1.2亿 or 1.2m)',
    );
    for (const revenue of ['1e6', 'Infinity', '1,23,456', 'CNY 12,34', '1.2.3m']) {
      expect(parseMoney(revenue), revenue).toBeNull();
    }
  });

  it('keeps every documented money form', () => {
    for (const [text, amount] of [
      ['1200000', 1_200_000],
      ['1,200,000', 1_200_000],
      ['120万', 1_200_000],
      ['1.2亿', 120_000_000],
      ['1.2m', 1_200_000],
      ['¥3,000', 3000],
      ['CNY 5m', 5_000_000],
      ['１２０万', 1_200_000],
    ] as const)
      expect(parseMoney(text)?.amount, text).toBe(amount);
  });

  it('refuses hex and exponents for whole-number fields', () => {
    expect(problem(CONTACT_FIELDS, { name: 'x', strength: '0x3' })).toBe(
      'strength must be a whole number from 1 to 5 (got 0x3)',
    );
    expect(problem(CONTACT_FIELDS, { name: 'x', strength: '3e0' })).toContain('whole number');
    expect(parseFields(CONTACT_FIELDS, { name: 'x', strength: '3' }, today)).toEqual({
      ok: true,
      value: { name: 'x', strength: 3 },
    });
  });

  it('assessment answers use the same parser', () => {
    const question: Question = { key: 'share', prompt: 'Share?', type: 'number', min: 0, max: 100 };
    expect(parseAnswerText(question, '35%')).toEqual({ ok: true, value: 35 });
    expect(parseAnswerText(question, '1,000').ok).toBe(false); // above max, but read as 1000
    for (const text of ['0x10', '1e1', 'Infinity', '12,34'])
      expect(parseAnswerText(question, text).ok, text).toBe(false);
  });
});
