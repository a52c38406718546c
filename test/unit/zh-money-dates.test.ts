/** Issue 14 point 6: money in 万/亿 and dates as 年月日 in Chinese; Chinese date words as input. */
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/domain/dates.js';
import { parseMoney } from '../../src/domain/fields.js';
import { formatDate, formatMoney } from '../../src/render/format.js';

const today = '2026-03-15';

describe('money', () => {
  it('in Chinese: 亿 and 万, 元 for yuan, the code for other currencies', () => {
    expect(formatMoney(320_000_000, 'CNY', 'zh-CN')).toBe('3.2亿元');
    expect(formatMoney(3_500_000, 'CNY', 'zh-CN')).toBe('350万元');
    expect(formatMoney(4_200_000, 'CNY', 'zh-CN')).toBe('420万元');
    expect(formatMoney(12_500, 'CNY', 'zh-CN')).toBe('1.25万元');
    expect(formatMoney(8_500, 'CNY', 'zh-CN')).toBe('8,500元');
    expect(formatMoney(3_500_000, 'EUR', 'zh-CN')).toBe('350万 EUR');
    expect(formatMoney(3_500_000, null, 'zh-CN')).toBe('350万');
    expect(formatMoney(null, 'CNY', 'zh-CN')).toBe('');
  });

  it('in English as before', () => {
    expect(formatMoney(320_000_000, 'CNY', 'en')).toBe('CNY 320m');
    expect(formatMoney(3_500_000, 'EUR')).toBe('EUR 3.5m');
    expect(formatMoney(12_500, null, 'en')).toBe('12.5k');
  });

  it('input reads both forms in either language, and what Chinese display writes reads back', () => {
    expect(parseMoney('3.2亿')).toEqual({ amount: 320_000_000, currency: null });
    expect(parseMoney('420万')).toEqual({ amount: 4_200_000, currency: null });
    expect(parseMoney('350万 EUR')).toEqual({ amount: 3_500_000, currency: 'EUR' });
    expect(parseMoney('CNY 320m')).toEqual({ amount: 320_000_000, currency: 'CNY' });
  });
});

describe('dates', () => {
  it('in Chinese as 年月日; in English as the ISO date', () => {
    expect(formatDate('2026-11-30', 'zh-CN')).toBe('2026年11月30日');
    expect(formatDate('2026-03-05', 'zh-CN')).toBe('2026年3月5日');
    expect(formatDate('2026-11-30', 'en')).toBe('2026-11-30');
  });

  it('input: 2026年11月30日, 今天/明天/昨天/后天/前天, N天前, N天后, 周, 个月, 年', () => {
    expect(parseDate('2026年11月30日', today)).toBe('2026-11-30');
    expect(parseDate('今天', today)).toBe('2026-03-15');
    expect(parseDate('明天', today)).toBe('2026-03-16');
    expect(parseDate('昨天', today)).toBe('2026-03-14');
    expect(parseDate('后天', today)).toBe('2026-03-17');
    expect(parseDate('前天', today)).toBe('2026-03-13');
    expect(parseDate('3天前', today)).toBe('2026-03-12');
    expect(parseDate('7天后', today)).toBe('2026-03-22');
    expect(parseDate('2周后', today)).toBe('2026-03-29');
    expect(parseDate('1个月前', today)).toBe('2026-02-13');
    expect(parseDate('１０天以后', today)).toBe('2026-03-25');
    expect(parseDate('3天', today)).toBeNull();
    expect(parseDate('constructor', today)).toBeNull();
  });
});
