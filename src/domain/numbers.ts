/**
 * The one number parser for everything a person types or a CSV holds:
 * field values (fields.ts), assessment answers, whole-number flags.
 * Pure and dependency-free so light modules can use it without loading zod.
 */

/** What a number may look like, for messages. */
export const NUMBER_FORMS = 'a number such as 35, 35.5 or 1,234';
export const PERCENT_FORMS = 'a number such as 35, 35.5 or 35%';
export const MONEY_FORMS = '1200000, 1,200,000, 120万, 1.2亿 or 1.2m';

/**
 * Plain decimal notation only: an optional minus, digits (commas only between
 * groups of three: 1,234,567), an optional fraction. Number() alone would
 * read 0x10 as 16, "1e3" as 1000, "Infinity" and "" as numbers, and the
 * ambiguous 12,34 (twelve point three four in much of Europe) as 1234 once
 * commas are stripped. Full-width digits count (NFKC).
 */
const DECIMAL = /^-?(?:\d+|\d{1,3}(?:,\d{3})+)?(?:\.\d+)?$/;

/** The number written in `raw` in plain decimal notation, or null (see DECIMAL). */
export function parseDecimal(raw: string): number | null {
  const text = raw.normalize('NFKC').trim();
  if (!DECIMAL.test(text) || !/\d/.test(text)) return null;
  const value = Number(text.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}

/** A positive whole number (ids, --top, --limit) in plain decimal notation, or null. */
export function parseWholeNumber(raw: string, min = 1): number | null {
  const value = parseDecimal(raw);
  return value !== null && Number.isSafeInteger(value) && value >= min ? value : null;
}

/** Why `raw` is not a number, in words, with the forms that are: for error messages. */
export function numberProblem(raw: string, forms: string = NUMBER_FORMS): string {
  const text = raw.normalize('NFKC').trim();
  if (/\d,\d/.test(text) && !/^[^,]*\d{1,3}(?:,\d{3})+(?:[^\d,][^,]*)?$/.test(text)) {
    return `a comma only separates thousands, as in 1,234,567; write a decimal with a point, as in 12.34`;
  }
  return `enter ${forms}`;
}
