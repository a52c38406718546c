/**
 * Money and dates in the words of the run's language (docs/i18n.md, Money
 * and dates). English keeps acct's compact forms (CNY 320m, 2026-11-30);
 * Chinese counts in 万 and 亿 and writes 2026年11月30日. Render code calls
 * these with the run's language (`currentLanguage()`).
 */
import type { Lang } from '../domain/language.js';

/** At most three significant digits, trailing zeros dropped: 3.2, 35, 350, 1.25. */
function short(value: number): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return String(+value.toFixed(digits));
}

/**
 * An amount for a table or a profile: "CNY 320m" in English; in Chinese
 * "3.2亿元" and "350万元" for yuan, and "350万 EUR" for any other currency,
 * whose code stays (a 万 of euros is still a count, the unit is the code).
 */
export function formatMoney(amount: number | null, currency: string | null, lang: Lang = 'en'): string {
  if (amount === null) return '';
  if (lang === 'zh-CN') {
    const count =
      amount >= 1e8
        ? `${short(amount / 1e8)}亿`
        : amount >= 1e4
          ? `${short(amount / 1e4)}万`
          : amount.toLocaleString('zh-CN');
    if (currency === null) return count;
    return currency === 'CNY' ? `${count}元` : `${count} ${currency}`;
  }
  const compact =
    amount >= 1e9
      ? `${+(amount / 1e9).toFixed(2)}b`
      : amount >= 1e6
        ? `${+(amount / 1e6).toFixed(2)}m`
        : amount >= 1e4
          ? `${+(amount / 1e3).toFixed(1)}k`
          : String(amount);
  return currency ? `${currency} ${compact}` : compact;
}

/** A calendar date (YYYY-MM-DD) written out: as it is in English, 2026年11月30日 in Chinese. */
export function formatDate(date: string, lang: Lang = 'en'): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (lang !== 'zh-CN' || !parts) return date;
  return `${Number(parts[1])}年${Number(parts[2])}月${Number(parts[3])}日`;
}

/** A day within a year, where the year is said elsewhere (a week's column): 11-30, 11月30日 in Chinese. */
export function formatDay(date: string, lang: Lang = 'en'): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!parts) return date;
  return lang === 'zh-CN' ? `${Number(parts[2])}月${Number(parts[3])}日` : `${parts[2]}-${parts[3]}`;
}

/**
 * An exact amount in a sentence (orders to date, lifetime value): "4,200,000 CNY" in English, whole
 * units grouped; in Chinese the same 万/亿 count as formatMoney (420万元).
 */
export function formatAmount(amount: number, currency: string | null, lang: Lang = 'en'): string {
  if (lang === 'zh-CN') return formatMoney(amount, currency, lang);
  const grouped = new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(amount);
  return `${grouped}${currency ? ` ${currency}` : ''}`;
}
