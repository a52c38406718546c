/**
 * The weekly review (`acct report`), as pure data: the store hands over
 * per-account aggregates, this module decides what the sales manager sees.
 * No I/O here.
 *
 * The review window, in whole calendar days (dates are stored as
 * `YYYY-MM-DD` strings, "today" being the user's local day, and timestamps
 * as UTC ISO strings, compared against the day bounds as they are):
 * - `asOf` is "today" (`--as-of`, else `ACCT_NOW`, else the clock); the
 *   window ends with the END of that day, so records dated `asOf` count and
 *   records dated later are ignored as if they did not exist yet;
 * - `since` is the FIRST day inside the window: `--since DATE` gives it
 *   directly, `--days N` (default 7) sets it to `asOf - (N - 1)`, so the
 *   default window is the 7 days `asOf-6 .. asOf`, both ends included;
 * - "at the start of the window" means the state at the end of the day
 *   before `since` (`baselineDate`): a record dated `since` is a change
 *   inside the window, a record dated `since - 1` is part of the baseline.
 *
 * State at a moment comes from the change history (src/store/history.ts):
 * every change of stage, level, position, risk, criteria fit and experience
 * profile, whatever made it (add, edit, import, an assessment), with its
 * date. The state at the end of the window is the present record with the
 * changes dated after the window undone (risk, fit and profile: the latest
 * assessment up to then); the state at its start is that, with the changes
 * inside the window undone. Nothing here reads the clock, so any past week
 * replays exactly. Risk exists only through assessments: an account never
 * assessed by then counts as `unassessed`. Accounts created after a moment
 * do not exist at it.
 *
 * Attention rules compare the latest assessment up to `asOf` with the one
 * before it (the previous assessment), so a warning stays on the list until
 * a new assessment clears it. Ages ("no contact for N days") count whole
 * days from the record's date to `asOf`: the rule fires at N days or more.
 */
import { addDays, daysBetween } from './dates.js';
import {
  DEFAULT_ORDER_SILENCE_DAYS,
  DEFAULT_STALE_DAYS,
  DEFAULT_UNASSESSED_DAYS,
  changeDirection,
  daysFrom,
  hasBusiness,
  isHighRisk,
  isKeyAccount,
  isStale,
  lastContactDate,
  quietAfterOrder,
  singleThreadCauses,
  type ChangeKey,
} from './definitions.js';
import { LEVELS, RISK_LEVELS, STAGES } from './enums.js';
import { words, type WordParams } from './words.js';
import { TrendCollector, trendHistorySince, type ReportTrends } from './report/trends.js';

export {
  TREND_WEEKS,
  trendWeeks,
  type OwnerTrend,
  type ReportTrends,
  type TrendLine,
  type TrendSeries,
} from './report/trends.js';

export { DEFAULT_ORDER_SILENCE_DAYS, DEFAULT_STALE_DAYS, DEFAULT_UNASSESSED_DAYS } from './definitions.js';
export const DEFAULT_REPORT_DAYS = 7;

// ---------------------------------------------------------------- the window

export interface ReportWindow {
  /** First day inside the window (YYYY-MM-DD). */
  since: string;
  /** Last day inside the window: "today" (YYYY-MM-DD). */
  asOf: string;
  /** Number of days in the window, both ends included. */
  days: number;
  /** The state "at the start of the window" is the state at the end of this day (since - 1). */
  baselineDate: string;
}

/**
 * Builds the window from "today" and either a first day or a length in days.
 * Throws a RangeError for a window that ends before it starts or has no days.
 */
export function reportWindow(asOf: string, options: { since?: string; days?: number } = {}): ReportWindow {
  let since: string;
  if (options.since !== undefined) {
    since = options.since;
    if (since > asOf) throw new RangeError(`the window would start (${since}) after it ends (${asOf})`);
  } else {
    const days = options.days ?? DEFAULT_REPORT_DAYS;
    if (!Number.isInteger(days) || days < 1) throw new RangeError('the window needs at least 1 day');
    since = addDays(asOf, -(days - 1));
  }
  return { since, asOf, days: daysBetween(since, asOf) + 1, baselineDate: addDays(since, -1) };
}

/**
 * The first day whose changes the report needs from the history: the
 * window's first day, or earlier for the trends' oldest week.
 */
export function historySince(window: ReportWindow): string {
  const trends = trendHistorySince(window.asOf);
  return trends < window.since ? trends : window.since;
}

/** Exclusive upper bound for timestamps and dates: the day after `asOf`. ISO strings compare correctly against it. */
export function windowEnd(window: ReportWindow): string {
  return addDays(window.asOf, 1);
}

// ---------------------------------------------------------------- inputs (what the store returns)

export interface ReportAccount {
  id: number;
  name: string;
  owner: string | null;
  tier: string | null;
  position: string;
  stage: string;
  level: string;
  createdAt: string;
  /** Last change of the record (an edit, or an assessment updating it). */
  updatedAt: string;
}

/** The key results of one assessment (the columns, plus answers.buyingDriver). */
export interface AssessmentKeys {
  assessedAt: string;
  stage: string | null;
  level: string | null;
  position: string | null;
  criteriaFit: string | null;
  riskLevel: string | null;
  experienceProfile: string | null;
  satisfaction: number | null;
  buyingDriver: string | null;
}

/** The two assessments of one account the attention rules compare (both up to the end of `asOf`). */
export interface AccountAssessments {
  /** Newest up to asOf. */
  latest: AssessmentKeys | null;
  /** The one before `latest`. */
  previous: AssessmentKeys | null;
}

/** One change of a key result (the store's history): `at` is its timestamp. */
export interface FieldChange {
  accountId: number;
  field: ChangeKey;
  from: string | null;
  to: string | null;
  at: string;
}

/** Contact aggregates per account (contacts existing at the end of asOf), by the rules of definitions.ts. */
export interface CoverageAggregate {
  contacts: number;
  /** Contacts that are strong (isStrongContact). */
  strongContacts: number;
  /** Distinct known departments; only 0, 1 or "2 or more" matter, so the store may cap it at 2. */
  departments: number;
  /** Some contact is an executive contact (isExecutiveContact). */
  hasExecutive: boolean;
}

export interface ActivityAggregate {
  /** Newest activity date up to asOf. */
  lastActivity: string | null;
  /** Newest order up to asOf. */
  lastOrder: string | null;
  /** Newest "last contacted" date of a contact, up to asOf. */
  lastContacted?: string | null;
}

export interface OverdueAction {
  id: number;
  accountId: number;
  text: string;
  /** The action's owner, else the account's. */
  owner: string | null;
  due: string;
}

/** An account's first open action at the end of the window (by due date): what to do next. */
export interface NextAction {
  accountId: number;
  text: string;
  due: string | null;
  play: string | null;
}

export interface ReportInput {
  window: ReportWindow;
  accounts: readonly ReportAccount[];
  assessments: ReadonlyMap<number, AccountAssessments>;
  coverage: ReadonlyMap<number, CoverageAggregate>;
  activity: ReadonlyMap<number, ActivityAggregate>;
  overdue: readonly OverdueAction[];
  /** Every change dated on or after `historySince(window)` (after the window too), oldest first. */
  changes?: readonly FieldChange[];
  /**
   * When an account's risk last changed before the end of the window. Asked only for the high-risk
   * items a report shows, so the store answers it per account (docs/domain.md §7: "high risk since").
   */
  riskChangedAt?: (accountId: number) => string | undefined;
  /** An account's first open action at the end of the window; asked only for the priorities shown. */
  nextAction?: (accountId: number) => NextAction | undefined;
  options?: Partial<ReportOptions>;
}

export interface ReportOptions {
  /** Only this owner's accounts (case-insensitive), and the overdue actions this person owns. */
  owner: string | null;
  staleDays: number;
  unassessedDays: number;
  /** Days of silence after an order before the gap after delivery counts (setting order-silence-days). */
  orderSilenceDays: number;
  /**
   * At most this many entries in each list (priorities, "also", what moved, each attention group), the
   * most severe kept; 0 keeps all. Only the entries kept are put into words, so a capped report of a
   * large portfolio costs what it shows.
   */
  limit: number;
}

/** How many entries each list had before the limit cut it. */
export interface ReportTotals {
  priorities: number;
  also: number;
  moved: number;
  attention: Record<AttentionGroup, number>;
}

// ---------------------------------------------------------------- the model (JSON output: stable camelCase)

export interface Count {
  start: number;
  end: number;
  change: number;
}

export interface Distribution extends Count {
  value: string;
}

export interface Portfolio {
  accounts: Count;
  stages: Distribution[];
  levels: Distribution[];
  /** low, medium, high, then unassessed. */
  risk: Distribution[];
}

export const MOVED_FIELDS = ['stage', 'level', 'position', 'criteriaFit', 'risk', 'experience'] as const;
export type MovedField = (typeof MOVED_FIELDS)[number];

export interface Move {
  accountId: number;
  account: string;
  owner: string | null;
  field: MovedField;
  from: string;
  to: string;
  /** better / worse for the relationship; `changed` when neither applies. */
  direction: 'better' | 'worse' | 'changed';
  /** Date of the last change of this field inside the window. */
  date: string;
}

/** The attention lists, in the order the report shows them. */
export const ATTENTION_GROUPS = [
  'risk',
  'threads',
  'experience',
  'satisfaction',
  'overdue',
  'stale',
  'unassessed',
] as const;
export type AttentionGroup = (typeof ATTENTION_GROUPS)[number];

export const ATTENTION_RULES = {
  'risk-rose': 'risk',
  'risk-high': 'risk',
  'criteria-alarm': 'risk',
  'single-threaded': 'threads',
  'no-executive': 'threads',
  'experience-shift': 'experience',
  'purchasing-took-over': 'experience',
  'satisfaction-low': 'satisfaction',
  'satisfaction-dropped': 'satisfaction',
  'overdue-actions': 'overdue',
  'no-contact': 'stale',
  'quiet-after-order': 'stale',
  'not-assessed': 'unassessed',
  'never-assessed': 'unassessed',
} as const satisfies Record<string, AttentionGroup>;
export type AttentionRule = keyof typeof ATTENTION_RULES;

export interface AttentionItem {
  group: AttentionGroup;
  rule: AttentionRule;
  accountId: number;
  account: string;
  /** The account owner; for overdue actions, the action owner. */
  owner: string | null;
  reason: string;
  from: string | number | null;
  to: string | number | null;
  /** The date the reason refers to (assessment, last contact, oldest due date). */
  date: string | null;
  /** Days since `date`, where that is the point. */
  days: number | null;
  /** Overdue actions: how many. */
  count: number | null;
}

export interface OwnerSummary {
  owner: string | null;
  accounts: number;
  highRisk: number;
  overdueActions: number;
  /** Accounts with at least one attention item. */
  needAttention: number;
}

/** One account that needs someone this week: all its reasons merged, ranked by severity. */
export interface Priority {
  /** 1..n in the order shown. */
  rank: number;
  accountId: number;
  account: string;
  owner: string | null;
  keyAccount: boolean;
  /** Higher is more urgent (see severityOf). */
  severity: number;
  rules: AttentionRule[];
  /** The reasons, most severe first. */
  reasons: string[];
  /** What to do next: the first open action, else the command to run. */
  next: string;
}

/** An account with nothing but minor reasons: listed compactly, after the priorities. */
export interface MinorItem {
  accountId: number;
  account: string;
  owner: string | null;
  rules: AttentionRule[];
}

export interface ReportModel {
  window: ReportWindow;
  owner: string | null;
  staleDays: number;
  unassessedDays: number;
  /** The cap on each list (0: none); `totals` says how many there were. */
  limit: number;
  totals: ReportTotals;
  portfolio: Portfolio;
  moved: Move[];
  /** What needs me this week, most severe first. */
  priorities: Priority[];
  /** Accounts with only minor reasons. */
  also: MinorItem[];
  attention: AttentionItem[];
  owners: OwnerSummary[];
  /** Counts by stage and risk at the end of each of the last 8 weeks, for the portfolio and per owner. */
  trends: ReportTrends;
}

// ---------------------------------------------------------------- computing

const direction = (field: MovedField, from: string, to: string): Move['direction'] => changeDirection(field, from, to);

/** An account's key results at one moment; null: none (never assessed, or not yet existing). */
type State = Record<MovedField, string | null>;

/**
 * The state at the end of the window: the record with the changes dated
 * after the window undone; the assessed results from the latest assessment
 * up to then. `changes` are the account's, oldest first.
 */
function stateAtEnd(
  account: ReportAccount,
  latest: AssessmentKeys | null,
  changes: readonly FieldChange[],
  end: string,
): State {
  const state: State = {
    stage: account.stage,
    level: account.level,
    position: account.position,
    criteriaFit: latest?.criteriaFit ?? null,
    risk: latest?.riskLevel ?? null,
    experience: latest?.experienceProfile ?? null,
  };
  if (changes.length === 0) return state;
  const undone = new Set<MovedField>();
  for (const change of changes) {
    if (change.at < end || undone.has(change.field) || !isRecordField(change.field)) continue;
    state[change.field] = change.from;
    undone.add(change.field);
  }
  return state;
}

const isRecordField = (field: MovedField): boolean => field === 'stage' || field === 'level' || field === 'position';

/** `end` with the changes inside [since, end) undone, and the date each field last changed in there. */
function stateAtStart(
  endState: State,
  changes: readonly FieldChange[],
  since: string,
  end: string,
): { state: State; changedOn: ReadonlyMap<MovedField, string> } {
  // Most accounts did not change: the same state, nothing to undo.
  if (changes.length === 0) return { state: endState, changedOn: NOTHING_CHANGED };
  const state = { ...endState };
  const changedOn = new Map<MovedField, string>();
  for (const change of changes) {
    if (change.at < since || change.at >= end) continue;
    if (!changedOn.has(change.field)) state[change.field] = change.from;
    changedOn.set(change.field, day(change.at));
  }
  return { state, changedOn };
}

const NOTHING_CHANGED: ReadonlyMap<MovedField, string> = new Map();

/** Code-point order: fast, and the same on every machine (no locale). */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const day = (timestamp: string): string => timestamp.slice(0, 10);
const sameOwner = (a: string | null, b: string): boolean => (a ?? '').toLowerCase() === b.toLowerCase();
const ownerKey = (owner: string | null): string => owner ?? '';

const NO_ASSESSMENTS: AccountAssessments = Object.freeze({ latest: null, previous: null });
const NO_CHANGES: readonly FieldChange[] = Object.freeze([]);
const NO_COVERAGE: CoverageAggregate = Object.freeze({
  contacts: 0,
  strongContacts: 0,
  departments: 0,
  hasExecutive: false,
});

function distribution(values: readonly string[], start: Map<string, number>, end: Map<string, number>): Distribution[] {
  const extra = [...new Set([...start.keys(), ...end.keys()])].filter((value) => !values.includes(value)).sort();
  return [...values, ...extra].map((value) => {
    const a = start.get(value) ?? 0;
    const b = end.get(value) ?? 0;
    return { value, start: a, end: b, change: b - a };
  });
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function buildReport(input: ReportInput): ReportModel {
  const { window } = input;
  const options: ReportOptions = {
    owner: input.options?.owner ?? null,
    staleDays: input.options?.staleDays ?? DEFAULT_STALE_DAYS,
    unassessedDays: input.options?.unassessedDays ?? DEFAULT_UNASSESSED_DAYS,
    orderSilenceDays: input.options?.orderSilenceDays ?? DEFAULT_ORDER_SILENCE_DAYS,
    limit: input.options?.limit ?? 0,
  };
  const end = windowEnd(window);
  const owner = options.owner;
  const keyed: { account: ReportAccount; key: string }[] = [];
  for (let i = 0; i < input.accounts.length; i++) {
    const account = input.accounts[i]!;
    if (account.createdAt >= end || (owner !== null && !sameOwner(account.owner, owner))) continue;
    keyed.push({ account, key: account.name.toLowerCase() });
  }
  keyed.sort((a, b) => compareText(a.key, b.key) || a.account.id - b.account.id);
  const accounts = keyed.map((entry) => entry.account);
  // Each account's place in that order, indexed by id: ids are small integers, and an array is
  // cheaper than a Map for the lookups every finding, action and move makes (bench/RESULTS-report.md).
  const positionOf: number[] = [];
  for (let i = 0; i < accounts.length; i++) positionOf[accounts[i]!.id] = i;
  const orderOf = (accountId: number): number => positionOf[accountId] ?? accounts.length;
  const accountOf = (accountId: number): ReportAccount | undefined => {
    const at = positionOf[accountId];
    return at === undefined ? undefined : accounts[at];
  };

  // Portfolio at a glance.
  const startStages = new Map<string, number>();
  const endStages = new Map<string, number>();
  const startLevels = new Map<string, number>();
  const endLevels = new Map<string, number>();
  const startRisk = new Map<string, number>();
  const endRisk = new Map<string, number>();
  let startCount = 0;
  const moved: Move[] = [];
  const findings: Finding[] = [];
  const trends = new TrendCollector(window.asOf);

  const changesOf = new Map<number, FieldChange[]>();
  for (const change of input.changes ?? NO_CHANGES) {
    const list = changesOf.get(change.accountId);
    if (list) list.push(change);
    else changesOf.set(change.accountId, [change]);
  }

  // Indexed loops over accounts: this runs once per account, mostly before V8 optimises it.
  for (let i = 0; i < accounts.length; i++) {
    const account = accounts[i]!;
    const a = input.assessments.get(account.id) ?? NO_ASSESSMENTS;
    const changes = changesOf.get(account.id) ?? NO_CHANGES;
    const existedAtStart = account.createdAt < window.since;
    const endState = stateAtEnd(account, a.latest, changes, end);
    const { state: startState, changedOn } = stateAtStart(endState, changes, window.since, end);
    if (existedAtStart) {
      startCount += 1;
      bump(startStages, startState.stage ?? account.stage);
      bump(startLevels, startState.level ?? account.level);
      bump(startRisk, startState.risk ?? 'unassessed');
    }
    bump(endStages, endState.stage ?? account.stage);
    bump(endLevels, endState.level ?? account.level);
    bump(endRisk, endState.risk ?? 'unassessed');
    trends.add(
      account.owner,
      account.createdAt,
      { stage: endState.stage ?? account.stage, risk: endState.risk },
      changes,
    );

    // What moved: every field changed inside the window, start against end, whatever changed it.
    if (existedAtStart && changedOn.size > 0) {
      for (const field of MOVED_FIELDS) {
        const date = changedOn.get(field);
        if (date === undefined) continue;
        const from = startState[field] ?? (field === 'risk' ? 'unassessed' : null);
        const to = endState[field] ?? (field === 'risk' ? 'unassessed' : null);
        if (from === null || to === null || from === to) continue;
        moved.push({
          accountId: account.id,
          account: account.name,
          owner: account.owner,
          field,
          from,
          to,
          direction: direction(field, from, to),
          date,
        });
      }
    }

    accountAttention(findings, account, endState.position ?? account.position, a, input, options, window);
  }

  // Overdue actions, grouped per account and action owner.
  const overdueGroups = new Map<string, OverdueAction[]>();
  for (const action of input.overdue) {
    if (action.due >= window.asOf) continue;
    const account = owner === null ? accountOf(action.accountId) : undefined;
    const include = owner === null ? account !== undefined : sameOwner(action.owner, owner);
    if (!include) continue;
    const key = `${ownerKey(action.owner)}\u0000${action.accountId}`;
    const group = overdueGroups.get(key);
    if (group) group.push(action);
    else overdueGroups.set(key, [action]);
  }
  // An action of this owner's on someone else's account (--owner) names an account the report does not list.
  let everyName: Map<number, string> | undefined;
  const nameOf = (accountId: number): string | undefined =>
    accountOf(accountId)?.name ??
    (everyName ??= new Map(input.accounts.map((account) => [account.id, account.name]))).get(accountId);
  const overdueFindings: Finding[] = [];
  for (const actions of overdueGroups.values()) {
    const first = actions[0]!;
    const oldest = actions.reduce((min, action) => (action.due < min ? action.due : min), first.due);
    const days = daysFrom(oldest, window.asOf);
    overdueFindings.push(
      finding(
        first.accountId,
        nameOf(first.accountId) ?? `#${first.accountId}`,
        first.owner,
        'overdue-actions',
        actions.length === 1 ? 'report.overdue.one' : 'report.overdue.many',
        actions.length === 1 ? { days, text: first.text } : { count: actions.length, days },
        { date: oldest, days, count: actions.length },
      ),
    );
  }

  // Findings were made in account order, rules in their listed order; only the overdue list is sorted by owner.
  overdueFindings.sort(
    (x, y) =>
      compareText(ownerKey(x.owner).toLowerCase(), ownerKey(y.owner).toLowerCase()) ||
      orderOf(x.accountId) - orderOf(y.accountId) ||
      compareText(x.account, y.account),
  );
  const buckets = new Map<AttentionGroup, Finding[]>(ATTENTION_GROUPS.map((group) => [group, []]));
  for (const entry of findings) buckets.get(entry.group)!.push(entry);
  buckets.set('overdue', overdueFindings);
  const sorted = ATTENTION_GROUPS.flatMap((group) => buckets.get(group)!);
  const attentionTotals = Object.fromEntries(
    ATTENTION_GROUPS.map((group) => [group, buckets.get(group)!.length]),
  ) as Record<AttentionGroup, number>;
  // Each list keeps its most severe items up to the limit, in its own order; only those are put into words.
  const attention = ATTENTION_GROUPS.flatMap((group) =>
    mostSevere(buckets.get(group)!, options.limit, (f) => f.severity).map((f) => toItem(f, input)),
  );
  const fieldRank = (move: Move) => MOVED_FIELDS.indexOf(move.field);
  moved.sort((x, y) => orderOf(x.accountId) - orderOf(y.accountId) || fieldRank(x) - fieldRank(y));

  const { priorities, also, totals } = prioritise(sorted, accountOf, orderOf, input, options.limit);
  return {
    window,
    owner,
    staleDays: options.staleDays,
    unassessedDays: options.unassessedDays,
    limit: options.limit,
    totals: { ...totals, moved: moved.length, attention: attentionTotals },
    portfolio: {
      accounts: { start: startCount, end: accounts.length, change: accounts.length - startCount },
      stages: distribution(STAGES, startStages, endStages),
      levels: distribution(LEVELS, startLevels, endLevels),
      risk: distribution([...RISK_LEVELS, 'unassessed'], startRisk, endRisk),
    },
    moved: mostSevere(moved, options.limit, (move) => MOVE_WEIGHT[move.direction]),
    priorities,
    also,
    attention,
    owners: ownerSummaries(accounts, input, sorted, owner),
    trends: trends.result(),
  };
}

/** Which moves a capped list keeps first: those for the worse, then neutral changes, then the better. */
const MOVE_WEIGHT: Record<Move['direction'], number> = { worse: 2, changed: 1, better: 0 };

/**
 * The `limit` entries of `list` that weigh most (ties: the earlier), in the
 * list's own order; all of them when `limit` is 0 or the list is short.
 */
export function mostSevere<T>(list: readonly T[], limit: number, weight: (entry: T) => number): T[] {
  if (limit <= 0 || list.length <= limit) return [...list];
  const kept = list
    .map((entry, index) => ({ index, weight: weight(entry) }))
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .slice(0, limit)
    .sort((a, b) => a.index - b.index);
  return kept.map((entry) => list[entry.index]!);
}

/**
 * An attention rule that fired for an account, before it is put into words:
 * ranking needs only the rule and its numbers, so only the items a report
 * shows are worded.
 */
interface Finding {
  group: AttentionGroup;
  rule: AttentionRule;
  accountId: number;
  account: string;
  /** The account owner; for overdue actions, the action owner. */
  owner: string | null;
  /** The reason: its words key and parameters. */
  key: string;
  params: WordParams;
  from: string | number | null;
  to: string | number | null;
  date: string | null;
  days: number | null;
  count: number | null;
  severity: number;
}

type FindingExtra = Partial<Pick<Finding, 'from' | 'to' | 'date' | 'days' | 'count'>>;

function finding(
  accountId: number,
  account: string,
  owner: string | null,
  rule: AttentionRule,
  key: string,
  params: WordParams,
  extra: FindingExtra = {},
): Finding {
  const found: Finding = {
    group: ATTENTION_RULES[rule],
    rule,
    accountId,
    account,
    owner,
    key,
    params,
    from: extra.from ?? null,
    to: extra.to ?? null,
    date: extra.date ?? null,
    days: extra.days ?? null,
    count: extra.count ?? null,
    severity: 0,
  };
  found.severity = severityOf(found);
  return found;
}

/** An account's finding (its owner is the account's). */
const found = (
  account: ReportAccount,
  rule: AttentionRule,
  key: string,
  params: WordParams = {},
  extra: FindingExtra = {},
): Finding => finding(account.id, account.name, account.owner, rule, key, params, extra);

/**
 * High risk since the risk became high and stayed so: its last change, from the history, else the
 * date of the assessment that found it.
 */
function highRiskSince(f: Finding, input: ReportInput): Finding {
  const changedAt = input.riskChangedAt?.(f.accountId);
  if (changedAt === undefined) return f;
  const since = day(changedAt);
  return { ...f, date: since, params: { date: since } };
}

/** A finding the report shows, in words. */
function toItem(shown: Finding, input: ReportInput): AttentionItem {
  const f = shown.rule === 'risk-high' ? highRiskSince(shown, input) : shown;
  return {
    group: f.group,
    rule: f.rule,
    accountId: f.accountId,
    account: f.account,
    owner: f.owner,
    reason: words(f.key, f.params),
    from: f.from,
    to: f.to,
    date: f.date,
    days: f.days,
    count: f.count,
  };
}

/** Appends the account's findings to `items`, rules in their listed order. */
function accountAttention(
  items: Finding[],
  account: ReportAccount,
  position: string,
  a: AccountAssessments,
  input: ReportInput,
  options: ReportOptions,
  window: ReportWindow,
): void {
  const { latest, previous } = a;
  const latestDate = latest ? day(latest.assessedAt) : null;

  // Risk rose; or it is high, and stays on the list every week until an assessment lowers it.
  let rose = false;
  if (latest && previous && latest.riskLevel && previous.riskLevel) {
    if (changeDirection('risk', previous.riskLevel, latest.riskLevel) === 'worse') {
      rose = true;
      items.push(
        found(
          account,
          'risk-rose',
          'report.riskRose',
          { from: previous.riskLevel, to: latest.riskLevel },
          { from: previous.riskLevel, to: latest.riskLevel, date: latestDate },
        ),
      );
    }
  }
  if (!rose && isHighRisk(latest?.riskLevel)) {
    // Since when is asked only for the items shown (highRiskSince); the assessment's date until then.
    items.push(
      found(
        account,
        'risk-high',
        'report.riskHigh',
        { date: latestDate ?? '' },
        { from: previous?.riskLevel ?? null, to: 'high', date: latestDate },
      ),
    );
  }
  // Criteria fit is alarm.
  if (latest?.criteriaFit === 'alarm') {
    items.push(
      found(
        account,
        'criteria-alarm',
        'report.criteriaAlarm',
        {},
        { from: previous?.criteriaFit ?? null, to: 'alarm', date: latestDate },
      ),
    );
  }

  // Single-threaded (only where we have business), tier A without an executive (bow-tie, not diamond).
  const coverage = input.coverage.get(account.id) ?? NO_COVERAGE;
  if (hasBusiness(position)) {
    const causes = singleThreadCauses(coverage.strongContacts, coverage.departments);
    if (causes.length > 0) {
      items.push(
        found(
          account,
          'single-threaded',
          'report.singleThreaded',
          { contacts: coverage.contacts, causes },
          { count: coverage.contacts },
        ),
      );
    }
  }
  if (account.tier === 'A' && !coverage.hasExecutive) {
    items.push(found(account, 'no-executive', 'report.noExecutive', {}, { count: coverage.contacts }));
  }

  // Experience shift under way.
  if (latest && previous) {
    const from = previous.experienceProfile;
    const to = latest.experienceProfile;
    if (from && to && changeDirection('experience', from, to) === 'worse') {
      items.push(
        found(account, 'experience-shift', 'report.experienceShift', { from, to }, { from, to, date: latestDate }),
      );
    }
    if (latest.buyingDriver === 'purchasing' && previous.buyingDriver !== 'purchasing') {
      items.push(
        found(
          account,
          'purchasing-took-over',
          'report.purchasingTookOver',
          { was: previous.buyingDriver ?? '' },
          { from: previous.buyingDriver, to: 'purchasing', date: latestDate },
        ),
      );
    }
  }

  // Satisfaction neutral or worse, or dropped since the previous assessment.
  if (latest && latest.satisfaction !== null) {
    const score = latest.satisfaction;
    const before = previous?.satisfaction ?? null;
    if (score <= 3) {
      items.push(
        found(
          account,
          'satisfaction-low',
          'report.satisfactionLow',
          { score },
          { from: before, to: score, date: latestDate },
        ),
      );
    }
    if (before !== null && score < before) {
      items.push(
        found(
          account,
          'satisfaction-dropped',
          'report.satisfactionDropped',
          { from: before, to: score },
          { from: before, to: score, date: latestDate },
        ),
      );
    }
  }

  // The gap after an order (the assessment's postDeliveryGap), else no contact for N days: one fact, said once.
  const activity = input.activity.get(account.id);
  const last = lastContactDate([activity?.lastActivity, activity?.lastContacted], window.asOf);
  const gap = quietAfterOrder(activity?.lastOrder ?? null, last, window.asOf, options.orderSilenceDays);
  if (gap !== null) {
    items.push(
      found(
        account,
        'quiet-after-order',
        'report.quietAfterOrder',
        { date: gap.orderDate, days: gap.days },
        { date: gap.orderDate, days: gap.days },
      ),
    );
  } else if (last === null) {
    items.push(found(account, 'no-contact', 'report.noContactYet'));
  } else if (isStale(last, window.asOf, options.staleDays)) {
    const days = daysFrom(last, window.asOf);
    items.push(found(account, 'no-contact', 'report.noContact', { days }, { date: last, days }));
  }

  // Not assessed for N days; key accounts never assessed.
  if (latestDate === null) {
    if (isKeyAccount(account.tier, position)) {
      // Named by the position when that makes it a key account, else by tier A (the catalogue says which).
      const by = position === 'primary' || position === 'sole' ? position : '';
      items.push(found(account, 'never-assessed', 'report.neverAssessed', { position: by }));
    }
  } else {
    const days = daysFrom(latestDate, window.asOf);
    if (days >= options.unassessedDays) {
      items.push(found(account, 'not-assessed', 'report.notAssessed', { days }, { date: latestDate, days }));
    }
  }
}

function ownerSummaries(
  accounts: readonly ReportAccount[],
  input: ReportInput,
  attention: readonly Pick<AttentionItem, 'group' | 'rule' | 'accountId' | 'owner' | 'count'>[],
  owner: string | null,
): OwnerSummary[] {
  const rows = new Map<string, OwnerSummary>();
  const row = (name: string | null): OwnerSummary => {
    const key = ownerKey(name).toLowerCase();
    let found = rows.get(key);
    if (!found) {
      found = { owner: name, accounts: 0, highRisk: 0, overdueActions: 0, needAttention: 0 };
      rows.set(key, found);
    }
    return found;
  };
  // Flagged accounts by id (an array: see positionOf in buildReport).
  const flagged: boolean[] = [];
  for (const item of attention) if (item.group !== 'overdue') flagged[item.accountId] = true;
  for (let i = 0; i < accounts.length; i++) {
    const account = accounts[i]!;
    const summary = row(account.owner);
    summary.accounts += 1;
    if (input.assessments.get(account.id)?.latest?.riskLevel === 'high') summary.highRisk += 1;
    if (flagged[account.id]) summary.needAttention += 1;
  }
  for (const item of attention) if (item.rule === 'overdue-actions') row(item.owner).overdueActions += item.count ?? 0;
  const summaries = [...rows.values()].filter((s) => owner === null || sameOwner(s.owner, owner));
  if (owner !== null && summaries.length === 0)
    summaries.push({ owner, accounts: 0, highRisk: 0, overdueActions: 0, needAttention: 0 });
  return summaries.sort((a, b) => {
    if (a.owner === null) return 1;
    if (b.owner === null) return -1;
    return compareText(a.owner.toLowerCase(), b.owner.toLowerCase()) || compareText(a.owner, b.owner);
  });
}

// ---------------------------------------------------------------- priorities

/**
 * How much each reason weighs when ranking the accounts that need someone
 * this week: risk first (a rise most), then criteria alarm, the buyer
 * shifting and unhappy customers, overdue work, silence, then the gaps in
 * coverage and upkeep. Minor reasons alone do not put an account on the
 * list: it goes to the compact "also" line.
 */
export const RULE_SEVERITY: Readonly<Record<AttentionRule, number>> = {
  'risk-rose': 50,
  'risk-high': 40,
  'criteria-alarm': 35,
  'experience-shift': 20,
  'purchasing-took-over': 15,
  'satisfaction-low': 20,
  'satisfaction-dropped': 15,
  'overdue-actions': 15,
  'quiet-after-order': 20,
  'no-contact': 10,
  'single-threaded': 8,
  'no-executive': 5,
  'not-assessed': 5,
  'never-assessed': 12,
};

/** Reasons that alone leave an account on the "also" line, unless it is a key account. */
const MINOR_RULES: ReadonlySet<AttentionRule> = new Set([
  'single-threaded',
  'no-executive',
  'not-assessed',
  'no-contact',
]);

/** A key account's reasons weigh this much more. */
const KEY_ACCOUNT_FACTOR = 1.5;

/** One reason's severity: its rule's weight, more for a rise to high, and for every week overdue or silent. */
export function severityOf(item: Pick<AttentionItem, 'rule' | 'to' | 'days'>): number {
  let points = RULE_SEVERITY[item.rule];
  if (item.rule === 'risk-rose' && item.to === 'high') points += 10;
  if ((item.rule === 'overdue-actions' || item.rule === 'no-contact' || item.rule === 'quiet-after-order') && item.days)
    points += Math.min(10, Math.floor(item.days / 7));
  return points;
}

/** The command line for an account name, quoted when it needs to be. */
function commandName(name: string): string {
  return /^[\p{L}\p{N}._-]+$/u.test(name) ? name : `"${name.replace(/(["\\$`])/g, '\\$1')}"`;
}

function nextStep(rules: readonly AttentionRule[], account: string, next: NextAction | undefined): string {
  if (next) return words('report.next.action', { text: next.text, due: next.due ?? '' });
  const name = commandName(account);
  const top = rules[0];
  switch (top) {
    case 'not-assessed':
    case 'never-assessed':
      return words('report.next.assess', { name });
    case 'no-contact':
    case 'quiet-after-order':
      return words('report.next.call', { name });
    case 'single-threaded':
    case 'no-executive':
      return words('report.next.contact', { name });
    default:
      return words('report.next.plan', { name });
  }
}

function prioritise(
  attention: readonly Finding[],
  accountOf: (accountId: number) => ReportAccount | undefined,
  orderOf: (accountId: number) => number,
  input: ReportInput,
  limit: number,
): { priorities: Priority[]; also: MinorItem[]; totals: { priorities: number; also: number } } {
  // Each listed account's findings, by its place in the report's order (an array, as positionOf).
  const perAccount: Finding[][] = [];
  for (const item of attention) {
    if (accountOf(item.accountId) === undefined) continue;
    const at = orderOf(item.accountId);
    const list = perAccount[at];
    if (list) list.push(item);
    else perAccount[at] = [item];
  }
  // Ranking needs only the severities; reasons are worded for the accounts kept.
  const ranked: { account: ReportAccount; items: Finding[]; key: boolean; severity: number }[] = [];
  const minor: { account: ReportAccount; items: Finding[] }[] = [];
  for (const items of perAccount) {
    if (items === undefined) continue;
    const account = accountOf(items[0]!.accountId)!;
    const latest = input.assessments.get(account.id)?.latest ?? null;
    const key = isKeyAccount(account.tier, latest?.position ?? account.position);
    let total = 0;
    let minorOnly = !key;
    for (let i = 0; i < items.length; i++) {
      total += items[i]!.severity;
      if (minorOnly && !MINOR_RULES.has(items[i]!.rule)) minorOnly = false;
    }
    if (minorOnly) minor.push({ account, items });
    else ranked.push({ account, items, key, severity: Math.round(total * (key ? KEY_ACCOUNT_FACTOR : 1)) });
  }
  ranked.sort((a, b) => b.severity - a.severity || orderOf(a.account.id) - orderOf(b.account.id));
  minor.sort((a, b) => orderOf(a.account.id) - orderOf(b.account.id));
  const cap = <T>(list: T[]): T[] => (limit > 0 ? list.slice(0, limit) : list);

  const priorities = cap(ranked).map(({ account, items, key, severity }, index): Priority => {
    const reasons = mostSevereFirst(items).map((item) =>
      item.rule === 'risk-high' ? highRiskSince(item, input) : item,
    );
    const rules = [...new Set(reasons.map((item) => item.rule))];
    return {
      rank: index + 1,
      accountId: account.id,
      account: account.name,
      owner: account.owner,
      keyAccount: key,
      severity,
      rules,
      reasons: [...new Set(reasons.map((item) => words(item.key, item.params)))],
      next: nextStep(rules, account.name, input.nextAction?.(account.id)),
    };
  });
  const also = cap(minor).map(({ account, items }): MinorItem => ({
    accountId: account.id,
    account: account.name,
    owner: account.owner,
    rules: [...new Set(mostSevereFirst(items).map((item) => item.rule))],
  }));
  return { priorities, also, totals: { priorities: ranked.length, also: minor.length } };
}

/** An account's findings, most severe first (ties: in the order of the attention groups). */
function mostSevereFirst(items: readonly Finding[]): Finding[] {
  return [...items].sort(
    (a, b) => b.severity - a.severity || ATTENTION_GROUPS.indexOf(a.group) - ATTENTION_GROUPS.indexOf(b.group),
  );
}
