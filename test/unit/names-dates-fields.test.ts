import { wordProblem } from '../../src/errors.js';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, parseDate, resolveNow } from '../../src/domain/dates.js';
import { ACCOUNT_FIELDS, CONTACT_FIELDS, parseFields, parseMoney } from '../../src/domain/fields.js';
import { closestMatches, nameKey } from '../../src/domain/names.js';

describe('nameKey', () => {
  it('ignores case, surrounding space and full-width forms', () => {
    expect(nameKey('ＡＣＭＥ')).toBe(nameKey(' acme '));
    expect(nameKey('Acme   Industrial')).toBe('acme industrial');
    expect(nameKey('华东机械')).toBe('华东机械');
  });
});

describe('closestMatches', () => {
  const names = ['Acme Industrial', 'Acorn Foods', '华东机械', 'Bolt & Nut Co'];
  it('suggests names one typo away', () => {
    expect(closestMatches('acmx', names)).toContain('Acme Industrial');
    expect(closestMatches('Bolt and Nut', names)).toContain('Bolt & Nut Co');
  });
  it('suggests nothing for unrelated input', () => {
    expect(closestMatches('zzzzzz', names)).toEqual([]);
  });
});

describe('parseDate', () => {
  const today = '2026-03-15';
  it.each([
    ['2026-03-01', '2026-03-01'],
    ['2026/3/1', '2026-03-01'],
    ['2026年3月1日', '2026-03-01'],
    ['2026-03-01T09:30:00Z', '2026-03-01'],
    ['20260301', '2026-03-01'],
    ['today', today],
    ['yesterday', '2026-03-14'],
    ['+7d', '2026-03-22'],
    ['2w ago', '2026-03-01'],
  ])('reads %s', (input, expected) => {
    expect(parseDate(input, today)).toBe(expected);
  });
  it.each(['2026-02-30', '03/04/2026', 'soon', '', '2026-13-01'])('refuses %s', (input) => {
    expect(parseDate(input, today)).toBeNull();
  });
  it('does day arithmetic across months', () => {
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02');
    expect(daysBetween('2026-03-01', '2026-03-15')).toBe(14);
  });
  it('ACCT_NOW fixes now', () => {
    expect(resolveNow('2026-01-02').toISOString().slice(0, 10)).toBe('2026-01-02');
    expect(resolveNow('garbage', new Date(0)).getTime()).toBe(0);
  });
});

describe('parseMoney', () => {
  it.each([
    ['1,200,000', 1_200_000, null],
    ['1.2m', 1_200_000, null],
    ['120万', 1_200_000, null],
    ['CNY 5m', 5_000_000, 'CNY'],
    ['3m EUR', 3_000_000, 'EUR'],
    ['¥3,000', 3000, 'CNY'],
  ])('%s', (input, amount, currency) => {
    expect(parseMoney(input)).toEqual({ amount, currency });
  });
  it('refuses words', () => {
    expect(parseMoney('lots')).toBeNull();
  });
});

describe('parseFields (the one schema shared by commands and import)', () => {
  const today = '2026-03-15';
  it('accepts canonical and loosely written enum values', () => {
    const result = parseFields(ACCOUNT_FIELDS, { name: 'Acme', stage: 'Initial Cooperation', tier: 'a' }, today);
    expect(result).toEqual({ ok: true, value: { name: 'Acme', stage: 'initial-cooperation', tier: 'A' } });
  });
  it('names the allowed values for an unknown enum value', () => {
    const result = parseFields(ACCOUNT_FIELDS, { level: 'friends' }, today);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(wordProblem(result.problems[0]!.problem)).toContain('transactional, preferred-supplier, partner');
  });
  it('refuses negative revenue and share outside 0-100', () => {
    const result = parseFields(ACCOUNT_FIELDS, { revenue: '-1', share: '101' }, today);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toEqual(['revenue', 'share']);
  });
  it('takes the currency from the revenue when written together', () => {
    const result = parseFields(ACCOUNT_FIELDS, { revenue: 'USD 2m' }, today);
    expect(result).toEqual({ ok: true, value: { revenue: 2_000_000, currency: 'USD' } });
  });
  it('requires a name only when asked to', () => {
    expect(parseFields(ACCOUNT_FIELDS, {}, today, { requireAll: true }).ok).toBe(false);
    expect(parseFields(ACCOUNT_FIELDS, {}, today).ok).toBe(true);
  });
  it('checks contact strength, email and dates', () => {
    const result = parseFields(CONTACT_FIELDS, { strength: '6', email: 'nope', birthday: 'someday' }, today);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toEqual(['strength', 'email', 'birthday']);
  });
});
