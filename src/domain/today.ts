/**
 * `acct today`: the rep's day on one screen, ranked most urgent first.
 *
 * Ranking (also in `acct today --help` and the README):
 *   1. overdue actions, longest overdue first;
 *   2. accounts quiet after an order (the gap after delivery, docs/domain.md §7), longest first;
 *   3. actions due this week (today and the six days after), soonest first;
 *   4. accounts without contact for stale-days or more, longest silence first, never contacted last;
 *   5. assessments due: key accounts never assessed, then not assessed for
 *      unassessed-days or more (longest first), then survey answers older than
 *      the survey cadence.
 * Ties go to the higher tier (A first), then the name.
 *
 * One item per action, and at most one "call" and one "assess" item per
 * account. Pure: the store hands in the dates, definitions.ts says what
 * quiet, stale and key mean, survey.ts when a survey answer expires.
 */
import { addDays } from './dates.js';
import {
  DEFAULT_ORDER_SILENCE_DAYS,
  DEFAULT_STALE_DAYS,
  DEFAULT_UNASSESSED_DAYS,
  daysFrom,
  hasBusiness,
  isKeyAccount,
  isStale,
  lastContactDate,
  quietAfterOrder,
} from './definitions.js';
import { staleSurveyAnswers } from './assessment/survey.js';
import { phrase, type Phrase } from './phrases.js';

export const TODAY_KINDS = ['overdue', 'quiet-after-order', 'due', 'stale', 'assess'] as const;
export type TodayKind = (typeof TODAY_KINDS)[number];

/** Days counted as "this week": today and the six after it. */
export const WEEK_DAYS = 7;

export interface TodayAccount {
  id: number;
  name: string;
  owner: string | null;
  tier: string | null;
  position: string;
  /** Newest activity date up to today (orders included), or null. */
  lastActivity: string | null;
  /** Newest order date up to today, or null. */
  lastOrder: string | null;
  /** Newest "last contacted" of its contacts up to today, or null. */
  lastContacted: string | null;
  /** The latest assessment, as far as its date and survey answers go. */
  latest: { assessedAt: string; answers: Readonly<Record<string, unknown>>; result?: unknown } | null;
}

export interface TodayAction {
  id: number;
  accountId: number;
  text: string;
  owner: string | null;
  due: string | null;
}

export interface TodayInput {
  today: string;
  /** Whose day: account and action owner (any case); null for everyone. */
  owner: string | null;
  accounts: readonly TodayAccount[];
  /** Open actions. */
  actions: readonly TodayAction[];
  staleDays?: number;
  unassessedDays?: number;
  orderSilenceDays?: number;
  /** The survey cadence of an account's tier (surveyCadence). */
  surveyDays?: (tier: string | null) => number;
}

export interface TodayItem {
  kind: TodayKind;
  accountId: number;
  account: string;
  owner: string | null;
  /** Actions only. */
  action: { id: number; text: string; due: string } | null;
  reason: Phrase;
  /** The date the reason counts from (due date, last contact, order, assessment). */
  date: string | null;
  days: number | null;
}

export interface TodayModel {
  today: string;
  owner: string | null;
  counts: Record<TodayKind, number>;
  items: TodayItem[];
}

const TIER_ORDER = ['A', 'B', 'C'];
const tierRank = (tier: string | null): number => {
  const at = TIER_ORDER.indexOf(tier ?? '');
  return at < 0 ? TIER_ORDER.length : at;
};

const sameOwner = (a: string | null, b: string): boolean => (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();

export function planToday(input: TodayInput): TodayModel {
  const { today, owner } = input;
  const staleDays = input.staleDays ?? DEFAULT_STALE_DAYS;
  const unassessedDays = input.unassessedDays ?? DEFAULT_UNASSESSED_DAYS;
  const silenceDays = input.orderSilenceDays ?? DEFAULT_ORDER_SILENCE_DAYS;
  const weekEnd = addDays(today, WEEK_DAYS - 1);
  const byId = new Map(input.accounts.map((account) => [account.id, account]));
  // Ranked items carry a sort key: the kind's place, then urgency inside it (lower first).
  const ranked: { item: TodayItem; urgency: number; tier: number }[] = [];
  const push = (item: TodayItem, urgency: number, tier: string | null): void => {
    ranked.push({ item, urgency, tier: tierRank(tier) });
  };

  for (const action of input.actions) {
    const account = byId.get(action.accountId);
    if (!account || action.due === null) continue;
    // An action nobody owns belongs to its account's owner.
    if (owner !== null && !sameOwner(action.owner ?? account.owner, owner)) continue;
    const due = action.due.slice(0, 10);
    const base = { accountId: account.id, account: account.name, owner: action.owner ?? account.owner };
    const shown = { id: action.id, text: action.text, due };
    if (due < today) {
      const days = daysFrom(due, today);
      push(
        { ...base, kind: 'overdue', action: shown, reason: phrase('today.overdue', { days }), date: due, days },
        -days,
        account.tier,
      );
    } else if (due <= weekEnd) {
      const days = daysFrom(today, due);
      push(
        { ...base, kind: 'due', action: shown, reason: phrase('today.due', { days }), date: due, days },
        days,
        account.tier,
      );
    }
  }

  for (const account of input.accounts) {
    if (owner !== null && !sameOwner(account.owner, owner)) continue;
    const base = { accountId: account.id, account: account.name, owner: account.owner, action: null };
    const lastContact = lastContactDate([account.lastActivity, account.lastContacted], today);
    const gap = quietAfterOrder(account.lastOrder, lastContact, today, silenceDays);
    if (gap) {
      push(
        {
          ...base,
          kind: 'quiet-after-order',
          reason: phrase('today.quiet-after-order', { date: gap.orderDate, days: gap.days }),
          date: gap.orderDate,
          days: gap.days,
        },
        -gap.days,
        account.tier,
      );
    } else if (isStale(lastContact, today, staleDays)) {
      const days = lastContact === null ? null : daysFrom(lastContact, today);
      push(
        {
          ...base,
          kind: 'stale',
          reason: days === null ? phrase('today.never-contacted') : phrase('today.stale', { days }),
          date: lastContact,
          days,
        },
        // Never contacted ranks after every dated silence.
        days === null ? 0 : -days,
        account.tier,
      );
    }

    const latest = account.latest;
    if (latest === null) {
      if (isKeyAccount(account.tier, account.position))
        push(
          { ...base, kind: 'assess', reason: phrase('today.never-assessed'), date: null, days: null },
          -Infinity,
          account.tier,
        );
      continue;
    }
    const assessed = latest.assessedAt.slice(0, 10);
    const since = daysFrom(assessed, today);
    if (since >= unassessedDays) {
      push(
        { ...base, kind: 'assess', reason: phrase('today.not-assessed', { days: since }), date: assessed, days: since },
        -since,
        account.tier,
      );
      continue;
    }
    if (!hasBusiness(account.position) || !input.surveyDays) continue;
    const cadence = input.surveyDays(account.tier);
    const expired = staleSurveyAnswers(latest, today, cadence);
    if (expired.length > 0) {
      const oldest = expired.map((entry) => entry.answeredAt).sort()[0]!;
      const days = daysFrom(oldest, today);
      // After every account that is due a whole assessment.
      push(
        { ...base, kind: 'assess', reason: phrase('today.survey-due', { days, cadence }), date: oldest, days },
        1e6 - days,
        account.tier,
      );
    }
  }

  ranked.sort(
    (a, b) =>
      TODAY_KINDS.indexOf(a.item.kind) - TODAY_KINDS.indexOf(b.item.kind) ||
      a.urgency - b.urgency ||
      a.tier - b.tier ||
      a.item.account.localeCompare(b.item.account),
  );
  const items = ranked.map((entry) => entry.item);
  const counts = Object.fromEntries(
    TODAY_KINDS.map((kind) => [kind, items.filter((i) => i.kind === kind).length]),
  ) as Record<TodayKind, number>;
  return { today, owner, counts, items };
}
