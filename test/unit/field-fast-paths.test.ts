/**
 * The validators' shortcuts for the common cell (src/domain/fields.ts,
 * src/domain/numbers.ts): plain digits read without NFKC, text that NFC
 * leaves alone not normalised, a choice remembered per spelling, an amount
 * parsed once. Each must give what the general path gives, for the inputs
 * the shortcut takes and for the ones it hands on.
 */
import { describe, expect, it } from 'vitest';
import { ACCOUNT_FIELDS, ACTIVITY_FIELDS } from '../../src/domain/field-specs.js';
import { fieldsValidator, parseDecimal, parseMoney } from '../../src/domain/fields.js';
import { wordProblem } from '../../src/errors.js';

const TODAY = '2026-03-01';
const accounts = fieldsValidator(ACCOUNT_FIELDS, TODAY);
const activities = fieldsValidator(ACTIVITY_FIELDS, TODAY);

/** The problems of a refused row, worded, by field. */
function refused(result: ReturnType<typeof accounts>): Record<string, string> {
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.value)}`);
  return Object.fromEntries(result.problems.map((p) => [p.field, wordProblem(p.problem)]));
}

describe('plain decimals', () => {
  it('read as the general path reads them', () => {
    expect(parseDecimal('57')).toBe(57);
    expect(parseDecimal('-0')).toBe(-0);
    expect(parseDecimal('0012.50')).toBe(12.5);
    expect(parseDecimal('123456789012345')).toBe(123456789012345);
    // Past the shortcut's 15 digits, by the general path.
    expect(parseDecimal('1234567890123456789')).toBe(Number('1234567890123456789'));
    expect(parseDecimal(`1${'0'.repeat(400)}`)).toBeNull();
    expect(parseDecimal('１２')).toBe(12);
    expect(parseDecimal(' 12 ')).toBe(12);
    expect(parseDecimal('1,234')).toBe(1234);
    for (const bad of ['', '-', '12.', '.', '1e3', '0x10', '12,34', 'Infinity', '1 2']) {
      expect(parseDecimal(bad), bad).toBeNull();
    }
  });

  it('a share of plain digits, with a percent sign, full-width, or out of range', () => {
    const share = (text: string) => accounts({ share: text });
    expect(share('35.5')).toEqual({ ok: true, value: { share: 35.5 } });
    expect(share('35%')).toEqual({ ok: true, value: { share: 35 } });
    expect(share('３５％')).toEqual({ ok: true, value: { share: 35 } });
    expect(refused(share('101'))).toEqual({ share: expect.stringContaining('101') });
    expect(refused(share('-1'))).toEqual({ share: expect.stringContaining('-1') });
    expect(refused(share('3,5'))).toEqual({ share: expect.stringContaining('3,5') });
  });
});

describe('plain amounts', () => {
  it('read as the general path reads them', () => {
    expect(parseMoney('350万')).toEqual({ amount: 3_500_000, currency: null });
    expect(parseMoney('1.2M')).toEqual({ amount: 1_200_000, currency: null });
    expect(parseMoney('2亿')).toEqual({ amount: 200_000_000, currency: null });
    expect(parseMoney('0012')).toEqual({ amount: 12, currency: null });
    expect(parseMoney('12k')).toEqual({ amount: 12_000, currency: null });
    // Handed on to the general path: spaces, groups, full-width digits, currencies, symbols.
    expect(parseMoney(' 350 万 ')).toEqual({ amount: 3_500_000, currency: null });
    expect(parseMoney('1,200,000')).toEqual({ amount: 1_200_000, currency: null });
    expect(parseMoney('３５０万')).toEqual({ amount: 3_500_000, currency: null });
    expect(parseMoney('EUR 3m')).toEqual({ amount: 3_000_000, currency: 'EUR' });
    expect(parseMoney('¥3,000')).toEqual({ amount: 3000, currency: 'CNY' });
    expect(parseMoney(`${'9'.repeat(15)}b`)).toEqual({ amount: 999_999_999_999_999e9, currency: null });
    for (const bad of ['', '万', '12.', '1e3', '12kk', '12,34', `1${'0'.repeat(400)}`]) {
      expect(parseMoney(bad), bad).toBeNull();
    }
  });

  it('an amount is parsed once, and the currency written in it still fills or contradicts the currency column', () => {
    expect(accounts({ revenue: '350万' })).toEqual({ ok: true, value: { revenue: 3_500_000 } });
    expect(accounts({ revenue: 'EUR 3m' })).toEqual({ ok: true, value: { revenue: 3_000_000, currency: 'EUR' } });
    expect(accounts({ revenue: 'usd 3m', currency: 'usd' })).toEqual({
      ok: true,
      value: { revenue: 3_000_000, currency: 'USD' },
    });
    expect(refused(accounts({ revenue: 'EUR 3m', currency: 'CNY' }))).toEqual({
      currency: expect.stringContaining('EUR'),
    });
    expect(refused(accounts({ revenue: 'XYZ 3m' }))).toEqual({ revenue: expect.stringContaining('XYZ') });
    expect(refused(accounts({ revenue: 'lots' }))).toEqual({ revenue: expect.stringContaining('lots') });
    expect(refused(accounts({ revenue: '-5' }))).toEqual({ revenue: expect.stringContaining('-5') });
    // An activity's amount too, with the order rule after it.
    expect(activities({ note: 'n', type: 'order', amount: '¥3,000' })).toEqual({
      ok: true,
      value: { note: 'n', type: 'order', amount: 3000, currency: 'CNY' },
    });
    expect(refused(activities({ note: 'n', type: 'visit', amount: '3000' }))).toEqual({
      amount: expect.any(String),
    });
  });
});

describe('text NFC leaves alone', () => {
  it('every character the shortcut takes is one NFC keeps', () => {
    const changed: string[] = [];
    for (const [from, to] of [
      [0x20, 0x2ff],
      [0x4e00, 0x9fff],
    ] as const) {
      for (let c = from; c <= to; c++) {
        const text = String.fromCharCode(c);
        if (text.normalize('NFC') !== text) changed.push(c.toString(16));
      }
    }
    expect(changed).toEqual([]);
  });

  it('text with combining marks, compatibility ideographs or control characters is still normalised', () => {
    expect(accounts({ name: 'Cafe\u0301 ' })).toEqual({ ok: true, value: { name: 'Café' } });
    expect(accounts({ name: '\uf900 华东' })).toEqual({ ok: true, value: { name: '\u8c48 华东' } });
    expect(accounts({ notes: 'line\nCafe\u0301' })).toEqual({ ok: true, value: { notes: 'line\nCafé' } });
    expect(accounts({ stage: 'Partners\u0307hip' }).ok).toBe(false);
  });
});

describe('remembered choices', () => {
  it('the same spelling gives the same value every time, and a refused one its message every time', () => {
    for (let round = 0; round < 3; round++) {
      expect(accounts({ tier: 'a', stage: 'Primary Supplier', currency: 'rmb' })).toEqual({
        ok: true,
        value: { tier: 'A', stage: 'primary-supplier', currency: 'CNY' },
      });
      expect(refused(accounts({ tier: 'Z', currency: 'XYZ' }))).toEqual({
        tier: expect.stringContaining('Z'),
        currency: expect.stringContaining('XYZ'),
      });
    }
  });

  it('past the spellings it remembers, a choice is still read', () => {
    const validator = fieldsValidator(ACCOUNT_FIELDS, TODAY);
    const currencies = Intl.supportedValuesOf('currency').slice(0, 100);
    expect(currencies).toHaveLength(100);
    for (const round of [0, 1]) {
      for (const code of currencies) {
        expect(validator({ currency: round ? code : code.toLowerCase() })).toEqual({
          ok: true,
          value: { currency: code },
        });
      }
    }
  });
});
