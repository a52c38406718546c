/**
 * Builds the base facts for an assessment: the answers (with account
 * fallbacks), the account record, contact coverage, activity recency, open
 * actions and comparisons with the previous assessment. derive.ts adds the
 * judgments (stage, criteriaFit, experience, risk, target) on top. Every
 * name set here is documented in catalogue.ts.
 */
import { daysBetween, localDate } from '../dates.js';
import type { Activity, Contact } from '../types.js';
import type { AssessmentInput, Coverage } from './types.js';
import type { FactValue } from './conditions.js';
import { lifetimeValue, ordersToDate } from './lifetime-value.js';
import { computeCoverage } from './coverage.js';
import { isKeyAccount, isOverdue, lastContactDate, quietAfterOrder } from '../definitions.js';
import { DEFAULT_ORDER_SILENCE_DAYS, DEFAULT_SURVEY_DAYS, SURVEY_KEYS } from './survey.js';

export type FactRecord = Record<string, FactValue>;

const DAY_WINDOW_BIRTHDAYS = 30;

/** The last contact (docs/domain.md §7): any activity or a contact's last-contacted date, up to today. */
export function lastContactOf(
  activities: readonly Activity[],
  contacts: readonly Contact[],
  today: string,
): string | null {
  return lastContactDate(
    [...activities.map((activity) => activity.date), ...contacts.map((contact) => contact.lastContacted)],
    today,
  );
}

const isDate = (date: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(date);

/**
 * The gap after delivery (seed 002, docs/domain.md §7) as the records show it:
 * the last order logged, and no contact of any kind after its day for
 * `silenceDays` or more. Null when there is no order, or contact followed it.
 */
export function postDeliveryGap(
  activities: readonly Activity[],
  contacts: readonly Contact[],
  today: string,
  silenceDays: number = DEFAULT_ORDER_SILENCE_DAYS,
): { orderDate: string; days: number } | null {
  // One rule with the weekly report, over the same two dates: the last order and the last contact.
  const lastOrder = lastContactDate(
    activities.filter((activity) => activity.type === 'order').map((activity) => activity.date),
    today,
  );
  return quietAfterOrder(lastOrder, lastContactOf(activities, contacts, today), today, silenceDays);
}

/**
 * How long the oldest open complaint has been open, from the complaints
 * logged (docs/domain.md §7). The answer says how many are open; nothing in
 * the records marks a complaint resolved, so the open ones are taken to be
 * the latest `open` logged (complaints are settled in the order they came):
 * the age is never overstated. Null when none is open or none is logged.
 */
export function oldestOpenComplaint(
  activities: readonly Activity[],
  open: number,
  today: string,
): { date: string; days: number } | null {
  if (!(open > 0)) return null;
  const logged = activities
    .filter((activity) => activity.type === 'complaint')
    .map((activity) => activity.date.slice(0, 10))
    .filter((date) => isDate(date) && date <= today)
    .sort()
    .reverse();
  if (logged.length === 0) return null;
  const date = logged[Math.min(open, logged.length) - 1]!;
  return { date, days: daysBetween(date, today) };
}

/** Days until the next occurrence of a birthday (`YYYY-MM-DD` or `MM-DD`); null when unreadable. */
export function daysUntilBirthday(birthday: string, now: Date): number | null {
  const match = /(\d{2})-(\d{2})$/.exec(birthday.trim());
  if (!match) return null;
  const today = localDate(now);
  const year = Number(today.slice(0, 4));
  for (const candidateYear of [year, year + 1]) {
    const candidate = `${candidateYear}-${match[1]}-${match[2]}`;
    if (Number.isNaN(Date.parse(`${candidate}T00:00:00Z`))) continue;
    const days = daysBetween(today, candidate);
    if (days >= 0) return days;
  }
  return null;
}

export function buildFacts(input: AssessmentInput, coverage: Coverage = computeCoverage(input.contacts)): FactRecord {
  const { account, answers } = input;
  const today = localDate(input.now);
  const facts: FactRecord = { ...answers };

  // Answer fallbacks from the account record.
  facts.supplierPosition = answers.supplierPosition ?? account.position;
  facts.shareOfWallet = answers.shareOfWallet ?? account.share ?? undefined;
  facts.targetLevel = answers.targetLevel ?? account.targetLevel ?? undefined;

  facts.tier = account.tier ?? undefined;
  facts.industry = account.industry ?? undefined;
  facts.hasOwner = Boolean(account.owner && account.owner.trim() !== '');
  // A key account is one we supply that matters: tier A once we have business there, or where we are
  // the main supplier. A tier-A prospect is a target, and retention plays make no sense for it yet.
  facts.isKeyAccount = isKeyAccount(account.tier, String(facts.supplierPosition));

  facts.contactCount = coverage.contactCount;
  facts.strongContacts = coverage.strongContacts;
  facts.departmentsReached = [...coverage.departmentsReached];
  facts.departmentCount = coverage.departmentsReached.length;
  facts.seniorityReached = [...coverage.seniorityReached];
  facts.supporters = coverage.supporters.count;
  facts.opponents = coverage.opponents.count;
  facts.singleThreaded = coverage.singleThreaded;
  facts.hasExecutive = coverage.hasExecutive;
  facts.coverageShape = coverage.shape;
  facts.onlyPurchasingContacts =
    coverage.departmentsReached.length === 1 && coverage.departmentsReached[0] === 'purchasing';
  facts.birthdaysNext30d = input.contacts.filter((contact) => {
    if (!contact.birthday) return false;
    const days = daysUntilBirthday(contact.birthday, input.now);
    return days !== null && days <= DAY_WINDOW_BIRTHDAYS;
  }).length;

  const last = lastContactOf(input.activities, input.contacts, today);
  facts.daysSinceContact = last === null ? undefined : daysBetween(last, today);
  facts.complaintsLast90d = input.activities.filter(
    (activity) => activity.type === 'complaint' && daysBetween(activity.date.slice(0, 10), today) <= 90,
  ).length;
  const complaint = oldestOpenComplaint(
    input.activities,
    typeof answers.openComplaints === 'number' ? answers.openComplaints : 0,
    today,
  );
  facts.oldestOpenComplaintDays = complaint?.days;
  // The records show the gap after delivery without asking (docs/domain.md §7); an answer can only add to them.
  const gap = postDeliveryGap(input.activities, input.contacts, today, input.orderSilenceDays);
  facts.postDeliveryGap = gap !== null;
  facts.daysSinceOrder = gap?.days;
  facts.lastOrderDate = gap?.orderDate;
  facts.postDeliveryDrop = answers.postDeliveryDrop === true || gap !== null;
  // What the relationship is worth over its life (docs/domain.md §4): experience-shift plays cite it.
  const orders = ordersToDate(input.activities, today);
  facts.ordersToDate = orders.count;
  facts.lifetimeValue = lifetimeValue(input.activities, today, input.relationshipYears)?.estimate;

  // Survey answers expire (docs/domain.md §7): the oldest one's age against the cadence.
  const surveyDates = SURVEY_KEYS.filter((key) => answers[key] !== undefined).map(
    (key) => input.answeredAt?.[key] ?? today,
  );
  facts.surveyAgeDays =
    surveyDates.length === 0
      ? undefined
      : Math.max(...surveyDates.map((date) => daysBetween(date.slice(0, 10), today)));
  facts.surveyDue =
    ['secondary', 'primary', 'sole'].includes(String(facts.supplierPosition)) &&
    (typeof answers.satisfaction !== 'number' ||
      (facts.surveyAgeDays ?? 0) > (input.surveyDays ?? DEFAULT_SURVEY_DAYS));

  const open = input.openActions.filter((action) => action.status === 'open');
  facts.openActionCount = open.length;
  facts.overdueActions = open.filter((action) => isOverdue(action, today)).length;

  // Every cause the questionnaire offers under structuralChange is outside our control (seed 001).
  facts.uncontrollable = Array.isArray(answers.structuralChange) && answers.structuralChange.length > 0;

  const previous = input.previous ?? null;
  facts.hasPrevious = previous !== null;
  const previousDriver = previous?.answers.buyingDriver;
  facts.previousBuyingDriver = typeof previousDriver === 'string' ? previousDriver : undefined;
  facts.buyingDriverChanged =
    typeof previousDriver === 'string' &&
    typeof answers.buyingDriver === 'string' &&
    previousDriver !== answers.buyingDriver;
  const previousSatisfaction = previous?.answers.satisfaction ?? previous?.result?.satisfaction?.score ?? null;
  facts.satisfactionDropped =
    typeof previousSatisfaction === 'number' &&
    typeof answers.satisfaction === 'number' &&
    answers.satisfaction < previousSatisfaction;
  return facts;
}
