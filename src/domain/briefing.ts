/**
 * The briefing before a call (`acct brief`, and the start of `acct assess`):
 * the account's notes, the last conversation, open actions and the open plays
 * of the last plan, the contacts, what changed since the last assessment,
 * and the risk with its reasons. Pure: the store loads the input,
 * src/render/brief.ts draws it, and `--json` prints this object.
 *
 * Every judgment comes from the assessment domain: coverage from
 * computeCoverage, the gap after delivery from postDeliveryGap, the risk from
 * deriveJudgments over the last answers and today's records, the moves from
 * diffResults. This module only selects and words them (phrases.ts).
 */
import { daysBetween } from './dates.js';
import type { Lang } from './language.js';
import { localText } from './local-text.js';
import type { Account, Action, Activity, Contact } from './types.js';
import {
  answerDates,
  buildBriefing,
  deriveJudgments,
  diffResults,
  type Coverage,
  type StoredAssessment,
} from './assessment/index.js';
import type { LifetimeValue, OrdersToDate } from './assessment/lifetime-value.js';
import { isOverdue, isStrongContact } from './definitions.js';
import { phrase, type Phrase } from './phrases.js';
import type { WordParams } from './words.js';

export interface BriefingInput {
  account: Account;
  contacts: readonly Contact[];
  activities: readonly Activity[];
  /** Every action of the account, open and closed (closed ones tell which plays were done). */
  actions: readonly Action[];
  /** The account's stored assessments, oldest first. */
  assessments: readonly StoredAssessment[];
  now: Date;
  today: string;
  /** Setting order-silence-days. */
  orderSilenceDays?: number;
  /** The survey cadence for this account (surveyCadence). */
  surveyDays?: number;
  /** Setting relationship-years, for the lifetime value. */
  relationshipYears?: number;
  /** The language play titles are given in; default English. */
  lang?: Lang;
}

export interface BriefingContact {
  id: number;
  name: string;
  title: string | null;
  department: string | null;
  role: string | null;
  attitude: string | null;
  strength: number | null;
  lastContacted: string | null;
}

export interface BriefingAction {
  id: number;
  text: string;
  owner: string | null;
  due: string | null;
  overdue: boolean;
  play: string | null;
}

export interface OpenPlay {
  play: string;
  playbook: string;
  /** The play's title in the briefing's language (the stored plan keeps both, docs/playbooks.md §Languages). */
  title: string;
  priority: 1 | 2 | 3;
  /** The open action that carries it, or null when nobody took it up. */
  actionId: number | null;
}

export interface Briefing {
  account: Pick<
    Account,
    'id' | 'name' | 'externalId' | 'owner' | 'tier' | 'stage' | 'level' | 'targetLevel' | 'position' | 'share'
  >;
  notes: string | null;
  lastConversation: {
    date: string;
    daysAgo: number;
    type: string;
    note: string;
    with: string[];
  } | null;
  lastContact: string | null;
  daysSinceContact: number | null;
  postDeliveryGap: { orderDate: string; days: number } | null;
  /** Orders logged and the lifetime value with its inputs (docs/domain.md §4; assessment/lifetime-value.ts). */
  orders: OrdersToDate;
  lifetimeValue: LifetimeValue | null;
  openActions: BriefingAction[];
  openPlays: OpenPlay[];
  contacts: BriefingContact[];
  coverage: Coverage & { words: Phrase[] };
  lastAssessment: {
    id: number;
    assessedAt: string;
    daysAgo: number;
    stage: string | null;
    level: string | null;
    criteriaFit: string | null;
    riskLevel: string | null;
    satisfaction: number | null;
    planSize: number;
  } | null;
  /** What happened after the last assessment; null when there is none. */
  since: {
    date: string;
    activities: { date: string; type: string; note: string }[];
    contactsAdded: string[];
    words: Phrase[];
  } | null;
  risk: {
    level: string;
    score: number;
    reasons: { fact: string; key: string | null; params: WordParams; text: string }[];
    basis: Phrase;
    /** The level the last assessment stored, when it differs from today's. */
    was: string | null;
  };
}

/** Interactions one talks in; an order or a gift is not a conversation. */
const CONVERSATIONS: ReadonlySet<string> = new Set(['visit', 'call', 'email', 'meeting', 'complaint', 'other']);

function coverageWords(coverage: Coverage, contacts: readonly Contact[]): Phrase[] {
  const words: Phrase[] = [];
  if (coverage.contactCount === 0) return [phrase('coverage.none')];
  const departments = coverage.departmentsReached.length;
  if (departments === 0) words.push(phrase('coverage.no-department'));
  else if (departments === 1)
    words.push(phrase('coverage.one-department', { department: coverage.departmentsReached[0]! }));
  if (coverage.strongContacts === 0) words.push(phrase('coverage.no-strong'));
  else if (coverage.strongContacts === 1) {
    const strong = contacts.find((contact) => isStrongContact(contact.strength));
    words.push(phrase('coverage.one-strong', { name: strong?.name ?? '' }));
  }
  if (!coverage.singleThreaded) {
    words.push(
      coverage.shape === 'diamond'
        ? phrase('coverage.broad', { departments, levels: coverage.seniorityReached.length })
        : phrase('coverage.one-level', { departments }),
    );
  }
  if (!coverage.hasExecutive) words.push(phrase('coverage.no-executive'));
  if (coverage.opponents.count > 0)
    words.push(
      phrase('coverage.opponents', {
        count: coverage.opponents.count,
        // names as JSON always had it; people for each language to join its own way.
        names: coverage.opponents.names.join(', '),
        people: coverage.opponents.names,
        supporters: coverage.supporters.count,
      }),
    );
  return words;
}

/** Newest first by date, then by id (a later log of the same day is newer). */
const newestFirst = (a: Activity, b: Activity): number =>
  b.date.slice(0, 10).localeCompare(a.date.slice(0, 10)) || b.id - a.id;

function sinceLast(
  input: BriefingInput,
  last: StoredAssessment,
  previous: StoredAssessment | undefined,
): NonNullable<Briefing['since']> {
  const day = last.assessedAt.slice(0, 10);
  // Logged after the assessment: dated after its day, or on its day but entered after it.
  const activities = input.activities
    .filter((a) => a.date.slice(0, 10) > day || (a.date.slice(0, 10) === day && a.createdAt > last.assessedAt))
    .filter((a) => a.date.slice(0, 10) <= input.today)
    .sort(newestFirst);
  const contactsAdded = input.contacts.filter((c) => c.createdAt > last.assessedAt).map((c) => c.name);
  const words: Phrase[] = [];
  if (activities.length === 0) words.push(phrase('since.no-activities'));
  else {
    const counts = new Map<string, number>();
    for (const activity of activities) counts.set(activity.type, (counts.get(activity.type) ?? 0) + 1);
    // Types and their counts as ids and numbers: each language words "2 visits, call" its own way.
    words.push(
      phrase('since.activities', { count: activities.length, types: [...counts.keys()], counts: [...counts.values()] }),
    );
  }
  if (contactsAdded.length > 0)
    words.push(
      phrase('since.contacts-added', {
        count: contactsAdded.length,
        names: contactsAdded.join(', '),
        people: contactsAdded,
      }),
    );
  for (const change of diffResults(previous?.result, last.result)) {
    if (change.field === 'stage' || change.field === 'relationshipLevel' || change.field === 'supplierPosition') {
      words.push(
        phrase('since.move', { field: change.field, from: String(change.from), to: String(change.to), date: day }),
      );
    }
  }
  // `acct edit` after the assessment: the account's fields no longer what it stored.
  const edited: [string, string | number | null, string | number | null][] = [
    ['stage', last.stage, input.account.stage],
    ['relationshipLevel', last.level, input.account.level],
    ['supplierPosition', last.position, input.account.position],
    ['share', last.share, input.account.share],
  ];
  if (input.account.updatedAt > last.assessedAt) {
    for (const [field, from, to] of edited) {
      if (from !== null && from !== to) words.push(phrase('since.edited', { field, from, to: to ?? '' }));
    }
  }
  return {
    date: last.assessedAt,
    activities: activities.slice(0, 5).map(({ date, type, note }) => ({ date, type, note })),
    contactsAdded,
    words,
  };
}

function openPlays(last: StoredAssessment | undefined, actions: readonly Action[], lang: Lang): OpenPlay[] {
  const plan = last?.result.plan ?? [];
  const open = new Map<string, number>();
  const closedSince = new Set<string>();
  for (const action of actions) {
    if (action.play === null) continue;
    if (action.status === 'open') open.set(action.play, action.id);
    else if (last && (action.closedAt ?? '') > last.assessedAt) closedSince.add(action.play);
  }
  return plan
    .filter((item) => open.has(item.play) || !closedSince.has(item.play))
    .map((item) => ({
      play: item.play,
      playbook: item.playbook,
      title: localText(item.title, lang),
      priority: item.priority,
      actionId: open.get(item.play) ?? null,
    }));
}

export function briefing(input: BriefingInput): Briefing {
  const { account, today } = input;
  const last = input.assessments.at(-1);
  const previous = input.assessments.at(-2);
  const open = input.actions.filter((action) => action.status === 'open');
  // The assessment domain's own briefing gives the last contact, the gap after delivery and the overdue flags.
  const base = buildBriefing({
    account,
    contacts: input.contacts,
    activities: input.activities,
    openActions: open,
    last,
    today,
    ...(input.orderSilenceDays !== undefined ? { orderSilenceDays: input.orderSilenceDays } : {}),
    ...(input.relationshipYears !== undefined ? { relationshipYears: input.relationshipYears } : {}),
  });
  const conversation = input.activities
    .filter((a) => CONVERSATIONS.has(a.type) && a.date.slice(0, 10) <= today)
    .sort(newestFirst)[0];
  const names = new Map(input.contacts.map((contact) => [contact.id, contact.name]));

  // Risk as the domain derives it today: the last answers against today's records.
  const { judgments } = deriveJudgments({
    account,
    contacts: [...input.contacts],
    activities: [...input.activities],
    openActions: open,
    previous: previous ? { answers: previous.answers, result: previous.result } : null,
    answers: last?.answers ?? {},
    now: input.now,
    ...(last ? { answeredAt: answerDates(last) } : {}),
    ...(input.surveyDays !== undefined ? { surveyDays: input.surveyDays } : {}),
    ...(input.orderSilenceDays !== undefined ? { orderSilenceDays: input.orderSilenceDays } : {}),
  });
  const risk = judgments.risk;

  return {
    // The assessment briefing's account fields, plus the external id a rep searches by.
    account: { ...base.account, externalId: account.externalId },
    notes: account.notes && account.notes.trim() !== '' ? account.notes : null,
    lastConversation: conversation
      ? {
          date: conversation.date.slice(0, 10),
          daysAgo: daysBetween(conversation.date.slice(0, 10), today),
          type: conversation.type,
          note: conversation.note,
          with: conversation.contactIds.map((id) => names.get(id)).filter((name): name is string => !!name),
        }
      : null,
    lastContact: base.lastContact,
    daysSinceContact: base.daysSinceContact,
    postDeliveryGap: base.postDeliveryGap,
    orders: base.orders,
    lifetimeValue: base.lifetimeValue,
    openActions: open.map((action) => ({
      id: action.id,
      text: action.text,
      owner: action.owner,
      due: action.due,
      overdue: isOverdue(action, today),
      play: action.play,
    })),
    openPlays: openPlays(last, input.actions, input.lang ?? 'en'),
    contacts: input.contacts.map((c) => ({
      id: c.id,
      name: c.name,
      title: c.title,
      department: c.department,
      role: c.role,
      attitude: c.attitude,
      strength: c.strength,
      lastContacted: c.lastContacted,
    })),
    coverage: { ...base.coverage, words: coverageWords(base.coverage, input.contacts) },
    lastAssessment: last
      ? {
          id: last.id,
          assessedAt: last.assessedAt,
          daysAgo: daysBetween(last.assessedAt.slice(0, 10), today),
          stage: last.stage,
          level: last.level,
          criteriaFit: last.criteriaFit,
          riskLevel: last.riskLevel,
          satisfaction: last.satisfaction,
          planSize: last.result.plan?.length ?? 0,
        }
      : null,
    since: last ? sinceLast(input, last, previous) : null,
    risk: {
      level: risk.level,
      score: risk.score,
      reasons: risk.factors.map((factor) => ({
        fact: factor.fact,
        key: factor.key ?? null,
        params: factor.params ?? {},
        text: factor.text,
      })),
      basis: last ? phrase('risk.from-last', { date: last.assessedAt.slice(0, 10) }) : phrase('risk.from-records'),
      was: last?.riskLevel && last.riskLevel !== risk.level ? last.riskLevel : null,
    },
  };
}
