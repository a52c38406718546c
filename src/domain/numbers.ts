/**
 * The one number parser for everything a person types or a CSV holds:
 * field values (fields.ts), assessment answers, whole-number flags.
 * Pure and dependency-free so light modules can use it without loading zod.
 */

import { problem, type Problem } from './problem.js';

/**
 * Plain decimal notation only: an optional minus, digits (commas only between
 * groups of three: 1,234,567), an optional fraction. Number() alone would
 * read 0x10 as 16, "1e3" as 1000, "Infinity" and "" as numbers, and the
 * ambiguous 12,34 (twelve point three four in much of Europe) as 1234 once
 * commas are stripped. Full-width digits count (NFKC).
 */
const DECIMAL = /^-?(?:\d+|\d{1,3}(?:,\d{3})+)?(?:\.\d+)?$/;

/**
 * The common case of DECIMAL, ASCII digits with no group commas, short
 * enough to be finite: NFKC and trimming leave such text as it is, so it is
 * read without them (the import reads a number from most rows).
 */
export const PLAIN_DECIMAL = /^-?\d{1,15}(?:\.\d{1,15})?$/;

/** The number written in `raw` in plain decimal notation, or null (see DECIMAL). */
export function parseDecimal(raw: string): number | null {
  if (PLAIN_DECIMAL.test(raw)) return Number(raw);
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

/** Why `raw` is not a number, with the forms that are (a number, a percentage or an amount): for error messages. */
export function numberProblem(raw: string, forms: 'number' | 'percent' | 'money' = 'number'): Problem {
  const text = raw.normalize('NFKC').trim();
  if (/\d,\d/.test(text) && !/^[^,]*\d{1,3}(?:,\d{3})+(?:[^\d,][^,]*)?$/.test(text)) {
    return problem('problem.number.comma');
  }
  return problem(
    forms === 'money'
      ? 'problem.number.enterMoney'
      : forms === 'percent'
        ? 'problem.number.enterPercent'
        : 'problem.number.enterNumber',
  );
}
