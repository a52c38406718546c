/**
 * The domain's shared definitions, in one place (docs/domain.md §7 "one
 * rulebook"): what a strong contact, an executive contact, single-threaded,
 * a key account, the last contact, the gap after an order and a stale
 * account are, and which way a change points. The assessment, the briefing
 * and the weekly report all apply these; where the store aggregates in SQL,
 * its statements are built from the constants here (src/store/report.ts).
 * Pure: no I/O.
 */
import {
  EXPERIENCE_PROFILES,
  KNOWN_CRITERIA_FITS,
  LEVELS,
  RISK_LEVELS,
  STAGES,
  SUPPLIER_POSITIONS,
  type BuyingRole,
  type Department,
  type Seniority,
} from './enums.js';
import { settingSpec } from './settings.js';
import type { Action } from './types.js';

// ---------------------------------------------------------------- contacts

/** The departments whose people decide or shape a purchase (docs/domain.md §3): no contact there is a gap. */
export const DECISION_DEPARTMENTS: readonly Department[] = ['management', 'purchasing', 'technical', 'user'];

export function isDecisionDepartment(department: string): boolean {
  return (DECISION_DEPARTMENTS as readonly string[]).includes(department);
}

/** A contact with relationship strength of at least this is strong; unknown strength counts as 0. */
export const STRONG_CONTACT_STRENGTH = 2;

export function isStrongContact(strength: number | null | undefined): boolean {
  return (strength ?? 0) >= STRONG_CONTACT_STRENGTH;
}

/** Who counts as an executive contact: executive seniority, or the decision maker. */
export const EXECUTIVE_SENIORITIES: readonly Seniority[] = ['executive'];
export const EXECUTIVE_ROLES: readonly BuyingRole[] = ['decision-maker'];

export function isExecutiveContact(contact: { seniority?: string | null; role?: string | null }): boolean {
  return (
    (EXECUTIVE_SENIORITIES as readonly string[]).includes(contact.seniority ?? '') ||
    (EXECUTIVE_ROLES as readonly string[]).includes(contact.role ?? '')
  );
}

/** Why an account is single-threaded, as keys (worded by the caller). */
export type SingleThreadCause = 'no-strong-contact' | 'one-strong-contact' | 'no-department' | 'one-department';

/**
 * Single-threaded: fewer than two strong contacts, or every contact with a
 * known department in one department (or none known). One transfer, illness
 * or falling-out then cuts us off. `departments` may be capped at 2.
 */
export function singleThreadCauses(strongContacts: number, departments: number): SingleThreadCause[] {
  const causes: SingleThreadCause[] = [];
  if (strongContacts < 2) causes.push(strongContacts === 0 ? 'no-strong-contact' : 'one-strong-contact');
  if (departments <= 1) causes.push(departments === 0 ? 'no-department' : 'one-department');
  return causes;
}

// ---------------------------------------------------------------- accounts

/** We sell to the account at all (any position but none). */
export function hasBusiness(position: string | null | undefined): boolean {
  return position !== 'none' && (SUPPLIER_POSITIONS as readonly string[]).includes(position ?? '');
}

/**
 * A key account is one we supply that matters: tier A once we have business
 * there, or where we are the main supplier. A tier-A prospect is a target,
 * and retention work makes no sense for it yet.
 */
export function isKeyAccount(tier: string | null | undefined, position: string | null | undefined): boolean {
  return (
    (tier === 'A' && ['secondary', 'primary', 'sole'].includes(position ?? '')) ||
    position === 'primary' ||
    position === 'sole'
  );
}

// ---------------------------------------------------------------- contact in time

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whole days from `from` to `to` (YYYY-MM-DD prefixes); NaN when either is not a date. */
export function daysFrom(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` prefix, by arithmetic on its digits
 * (the civil-calendar formula): the weekly report asks this of every account,
 * and building Date values or substrings for it cost more than the rules
 * themselves (bench/RESULTS-report.md). NaN when a digit is not one.
 */
export function epochDay(iso: string): number {
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 2);
  const day = digitsAt(iso, 8, 2);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The last contact: the newest day, up to `today`, of any logged activity
 * (orders included) or a contact's "last contacted" date. Null when none.
 */
export function lastContactDate(dates: Iterable<string | null | undefined>, today: string): string | null {
  let last: string | null = null;
  for (const raw of dates) {
    if (!raw) continue;
    const date = raw.slice(0, 10);
    if (DATE.test(date) && date <= today && (last === null || date > last)) last = date;
  }
  return last;
}

const fallbackDays = (key: string): number => Number(settingSpec(key)?.fallback);
/** Days of silence after the last order before the gap after delivery counts (setting order-silence-days). */
export const DEFAULT_ORDER_SILENCE_DAYS = fallbackDays('order-silence-days');
/** Days without any contact before an account counts as quiet (setting stale-days). */
export const DEFAULT_STALE_DAYS = fallbackDays('stale-days');
/** Days since the last assessment before an account is due for one (setting unassessed-days). */
export const DEFAULT_UNASSESSED_DAYS = fallbackDays('unassessed-days');

/**
 * The gap after delivery (seed 002, docs/domain.md §7) as the records show
 * it: an order was the last thing that happened (no contact of any kind on a
 * later day), and `silenceDays` or more have passed since. `lastContact` is
 * lastContactDate over everything, the order included.
 */
export function quietAfterOrder(
  lastOrder: string | null,
  lastContact: string | null,
  today: string,
  silenceDays: number = DEFAULT_ORDER_SILENCE_DAYS,
): { orderDate: string; days: number } | null {
  if (lastOrder === null) return null;
  const orderDate = lastOrder.slice(0, 10);
  if (!DATE.test(orderDate) || orderDate > today) return null;
  if (lastContact !== null && lastContact > orderDate) return null;
  const days = daysFrom(orderDate, today);
  return days >= silenceDays ? { orderDate, days } : null;
}

/** Quiet: no contact ever, or none for `staleDays` or more. */
export function isStale(lastContact: string | null, today: string, staleDays: number = DEFAULT_STALE_DAYS): boolean {
  return lastContact === null || daysFrom(lastContact, today) >= staleDays;
}

// ---------------------------------------------------------------- direction of change

/** The key results whose changes count as moves. */
export type ChangeKey = 'stage' | 'level' | 'position' | 'criteriaFit' | 'risk' | 'experience';

/** Values of each key result ordered from worst to best for the relationship. */
export const WORST_TO_BEST: Readonly<Record<ChangeKey, readonly string[]>> = {
  stage: STAGES,
  level: LEVELS,
  position: SUPPLIER_POSITIONS,
  criteriaFit: [...KNOWN_CRITERIA_FITS].reverse(),
  risk: [...RISK_LEVELS].reverse(),
  // Moving toward specialist is the warning sign, so "better" is toward generalist.
  experience: [...EXPERIENCE_PROFILES].reverse(),
};

/** better / worse for the relationship; `changed` when neither applies (a value off the scale, e.g. unknown fit). */
export function changeDirection(key: ChangeKey, from: string, to: string): 'better' | 'worse' | 'changed' {
  const order = WORST_TO_BEST[key];
  const a = order.indexOf(from);
  const b = order.indexOf(to);
  if (a < 0 || b < 0 || a === b) return 'changed';
  return b > a ? 'better' : 'worse';
}

/** Risk is high: the account needs a manager's attention every week until it comes down. */
export const isHighRisk = (risk: string | null | undefined): boolean => risk === 'high';

/** An open action whose due day is before today (a due time of day does not count). */
export function isOverdue(action: Pick<Action, 'due' | 'status'>, today: string): boolean {
  return action.status === 'open' && action.due !== null && action.due.slice(0, 10) < today;
}
