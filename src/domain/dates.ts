/**
 * Calendar dates are stored as `YYYY-MM-DD` strings and compared as such.
 * Parsing accepts what people type and what spreadsheets export: ISO dates
 * (with `-`, `/` or `.`), ISO timestamps, Chinese `2025年3月5日`, and the
 * relative words `today`, `yesterday`, `tomorrow`, `+7d`, `-2w`, `3d ago`,
 * and in Chinese 今天, 明天, 昨天, 后天, 前天, `3天前`, `7天后`, `2周后`, `1个月前`.
 * Day-first and month-first slash dates are refused as ambiguous.
 */

const DAY_MS = 86_400_000;

/**
 * The forms `parseDate` reads, as help texts and error messages name them:
 * one list, so `--due`'s help and the parser agree (d, w, m, y: days, weeks,
 * months of 30 days, years of 365). test/unit/dates-help.test.ts parses each.
 */
export const DATE_EXAMPLES = ['2026-12-01', 'today', 'tomorrow', 'yesterday', '+7d', '+2w', '3d ago'] as const;
export const DATE_FORMS = `${DATE_EXAMPLES.join(', ')}; d w m y for days, weeks, months, years`;

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The calendar day `instant` falls on where the user is (the process time
 * zone, TZ): a rep in Shanghai logging a visit at 07:30 logs it today, not
 * on the UTC day before. Stored timestamps stay UTC instants.
 */
export function localDate(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

export function addDays(isoDate: string, days: number): string {
  return toIsoDate(new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS));
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / DAY_MS,
  );
}

function validYmd(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return toIsoDate(date);
}

const UNIT_DAYS: Record<string, number> = { d: 1, w: 7, m: 30, y: 365 };
const CHINESE_UNIT_DAYS: Record<string, number> = { 天: 1, 日: 1, 周: 7, 星期: 7, 个月: 30, 月: 30, 年: 365 };
// A Map, not an object literal: "constructor" must not read as a day.
const CHINESE_DAYS: ReadonlyMap<string, number> = new Map([
  ['今天', 0],
  ['明天', 1],
  ['昨天', -1],
  ['后天', 2],
  ['前天', -2],
]);

/** Returns `YYYY-MM-DD`, or null when the text is not a date we understand. */
export function parseDate(input: string, today: string): string | null {
  const text = input.normalize('NFKC').trim().toLowerCase();
  if (text === '') return null;
  if (text === 'today') return today;
  if (text === 'yesterday') return addDays(today, -1);
  if (text === 'tomorrow') return addDays(today, 1);
  const chineseDay = CHINESE_DAYS.get(text);
  if (chineseDay !== undefined) return addDays(today, chineseDay);
  // 3天前, 7天后, 2周后, 1个月前, 1年后 (months of 30 days and years of 365, as d w m y).
  const chinese = /^(\d{1,4})\s*(天|日|周|星期|个月|月|年)\s*(前|以前|之前|后|以后|之后)$/.exec(text);
  if (chinese) {
    const [, amount, unit, direction] = chinese;
    const days = Number(amount) * CHINESE_UNIT_DAYS[unit!]!;
    return addDays(today, direction!.endsWith('前') ? -days : days);
  }
  const relative = /^([+-]?)(\d{1,4})\s*([dwmy])(\s+ago)?$/.exec(text);
  if (relative) {
    const [, sign, amount, unit, ago] = relative;
    const days = Number(amount) * UNIT_DAYS[unit!]!;
    return addDays(today, sign === '-' || ago ? -days : days);
  }
  const ymd = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[t ].*)?$/.exec(text);
  if (ymd) return validYmd(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return validYmd(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return null;
}

/**
 * "Now" for the whole run: `ACCT_NOW` (a date or timestamp) fixes it for
 * reproducible reports and tests. A bare date means local noon of that day.
 */
export function resolveNow(envValue: string | undefined, fallback: Date = new Date()): Date {
  if (!envValue) return fallback;
  const trimmed = envValue.trim();
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const asDate = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12) : new Date(trimmed);
  return Number.isNaN(asDate.getTime()) ? fallback : asDate;
}
