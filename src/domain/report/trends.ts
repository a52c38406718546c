/**
 * Trends for the weekly review (docs/domain.md §7): how many accounts were in
 * each stage and at each risk level at the end of each of the last
 * `TREND_WEEKS` weeks up to the as-of day, for the whole portfolio and for
 * each owner.
 *
 * Replayed from the change history in one pass per account: start from the
 * state at the end of the window and walk the account's changes backwards,
 * undoing those dated after each week's end (not one full replay per week).
 * An account counts from the week its record was created; one never
 * assessed by then counts as `unassessed`. Accounts are grouped under their
 * owner as it is now (owner changes have no history). Pure: nothing here
 * reads the clock.
 */
import { addDays } from '../dates.js';
import { RISK_LEVELS, STAGES } from '../enums.js';
import type { FieldChange } from '../report.js';

export const TREND_WEEKS = 8;

/** One value's count at the end of each week, oldest first. */
export interface TrendLine {
  value: string;
  counts: number[];
}

export interface TrendSeries {
  /** Accounts existing at the end of each week. */
  accounts: number[];
  /** Every stage in order (then any unknown value), zeros included: the shape does not depend on the data. */
  stages: TrendLine[];
  /** low, medium, high, then unassessed. */
  risk: TrendLine[];
}

export interface OwnerTrend extends TrendSeries {
  owner: string | null;
}

export interface ReportTrends {
  /** The last day of each week, oldest first; the last one is the as-of day. */
  weeks: string[];
  portfolio: TrendSeries;
  /** One per owner, in the order of the per-owner summary (by name, no owner last). */
  owners: OwnerTrend[];
}

/** The last day of each of the `weeks` weeks up to `asOf`, oldest first. */
export function trendWeeks(asOf: string, weeks = TREND_WEEKS): string[] {
  return Array.from({ length: weeks }, (_, i) => addDays(asOf, -7 * (weeks - 1 - i)));
}

/** The first day whose changes the trends need undone: the day after the oldest week's end. */
export function trendHistorySince(asOf: string, weeks = TREND_WEEKS): string {
  return addDays(trendWeeks(asOf, weeks)[0]!, 1);
}

/** One account's values at the end of the window (null risk: never assessed). */
export interface TrendState {
  stage: string;
  risk: string | null;
}

const RISK_VALUES: readonly string[] = [...RISK_LEVELS, 'unassessed'];

interface Counter {
  owner: string | null;
  accounts: number[];
  stages: Map<string, number[]>;
  risk: Map<string, number[]>;
}

/**
 * Collects the trends account by account (`add`), then gives the model
 * (`result`). The caller passes each account once, with its changes oldest
 * first, including every change dated from `trendHistorySince(asOf)` on.
 */
export class TrendCollector {
  readonly weeks: string[];
  /** Exclusive end of each week as a day, newest first (the day after its last day). */
  private readonly ends: string[];
  private readonly portfolio: Counter;
  private readonly owners = new Map<string, Counter>();

  constructor(asOf: string, weeks = TREND_WEEKS) {
    this.weeks = trendWeeks(asOf, weeks);
    this.ends = this.weeks.map((day) => addDays(day, 1)).reverse();
    this.portfolio = this.counter(null);
  }

  private counter(owner: string | null): Counter {
    const stages = new Map<string, number[]>();
    for (const stage of STAGES) stages.set(stage, this.zeros());
    const risk = new Map<string, number[]>();
    for (const value of RISK_VALUES) risk.set(value, this.zeros());
    return { owner, accounts: this.zeros(), stages, risk };
  }

  private zeros(): number[] {
    return new Array<number>(this.weeks.length).fill(0);
  }

  private ownerCounter(owner: string | null): Counter {
    const key = (owner ?? '').toLowerCase();
    let found = this.owners.get(key);
    if (!found) {
      found = this.counter(owner);
      this.owners.set(key, found);
    }
    return found;
  }

  /**
   * One account: `end` is its state at the end of the window (the newest
   * week's end), `changes` its history, oldest first.
   */
  add(owner: string | null, createdAt: string, end: TrendState, changes: readonly FieldChange[]): void {
    const byOwner = this.ownerCounter(owner);
    const { ends } = this;
    const last = ends.length - 1;
    let i = changes.length - 1;
    // Changes after the window are already undone in `end`.
    while (i >= 0 && changes[i]!.at >= ends[0]!) i--;
    // Most accounts neither changed nor were created in these weeks: the same values every week.
    if ((i < 0 || changes[i]!.at < ends[last]!) && createdAt < ends[last]!) {
      const risk = end.risk ?? 'unassessed';
      this.addWeeks(this.portfolio, end.stage, risk, 0, last);
      this.addWeeks(byOwner, end.stage, risk, 0, last);
      return;
    }
    let stage = end.stage;
    let risk = end.risk;
    for (let k = 0; k <= last; k++) {
      const weekEnd = ends[k]!;
      // Undo, newest first, the changes dated after this week's end: the oldest undone gives the value then.
      while (i >= 0 && changes[i]!.at >= weekEnd) {
        const change = changes[i]!;
        if (change.field === 'stage' && change.from !== null) stage = change.from;
        else if (change.field === 'risk') risk = change.from;
        i--;
      }
      if (createdAt >= weekEnd) break; // not created yet, nor in any earlier week
      const week = last - k;
      const riskValue = risk ?? 'unassessed';
      this.addWeeks(this.portfolio, stage, riskValue, week, week);
      this.addWeeks(byOwner, stage, riskValue, week, week);
    }
  }

  /** Counts one account in the weeks `from..to` (indexes, oldest first). */
  private addWeeks(counter: Counter, stage: string, risk: string, from: number, to: number): void {
    const stages = countsOf(counter.stages, stage, this.weeks.length);
    const risks = countsOf(counter.risk, risk, this.weeks.length);
    const { accounts } = counter;
    for (let week = from; week <= to; week++) {
      accounts[week]! += 1;
      stages[week]! += 1;
      risks[week]! += 1;
    }
  }

  /** The trends of the accounts added so far. */
  result(): ReportTrends {
    const owners = [...this.owners.values()].sort((a, b) => {
      if (a.owner === null) return 1;
      if (b.owner === null) return -1;
      const x = a.owner.toLowerCase();
      const y = b.owner.toLowerCase();
      return x < y ? -1 : x > y ? 1 : a.owner < b.owner ? -1 : a.owner > b.owner ? 1 : 0;
    });
    return {
      weeks: [...this.weeks],
      portfolio: series(this.portfolio),
      owners: owners.map((counter) => ({ owner: counter.owner, ...series(counter) })),
    };
  }
}

function countsOf(map: Map<string, number[]>, value: string, weeks: number): number[] {
  let counts = map.get(value);
  if (!counts) {
    counts = new Array<number>(weeks).fill(0);
    map.set(value, counts);
  }
  return counts;
}

/** Known values in their order, then unknown ones (from older data) alphabetically. */
function lines(map: Map<string, number[]>, known: readonly string[]): TrendLine[] {
  const extra = [...map.keys()].filter((value) => !known.includes(value)).sort();
  return [...known, ...extra].map((value) => ({ value, counts: [...map.get(value)!] }));
}

function series(counter: Counter): TrendSeries {
  return {
    accounts: [...counter.accounts],
    stages: lines(counter.stages, STAGES),
    risk: lines(counter.risk, RISK_VALUES),
  };
}
