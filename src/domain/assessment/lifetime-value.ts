/**
 * Orders to date and a lifetime-value estimate from the logged orders
 * (docs/domain.md §4, seed 002: think in lifetime value). The estimate is
 * repeat purchases over the expected length of the relationship:
 * average order × orders per year × expected years, each input shown.
 */
import { daysBetween } from '../dates.js';
import type { Activity } from '../types.js';

export interface OrdersToDate {
  count: number;
  /** Orders logged with an amount. */
  priced: number;
  /** Sum of the amounts, per currency (null: currency unknown), largest first. */
  totals: { currency: string | null; amount: number }[];
  first: string | null;
  last: string | null;
}

export interface LifetimeValue {
  currency: string | null;
  /** Mean amount of the priced orders in that currency. */
  averageOrder: number;
  /** Orders logged per year since the first one (a first year counts as a whole year). */
  ordersPerYear: number;
  /** Setting relationship-years. */
  expectedYears: number;
  /** averageOrder × ordersPerYear × expectedYears, rounded. */
  estimate: number;
}

export const DEFAULT_RELATIONSHIP_YEARS = 5;

const round1 = (value: number): number => Math.round(value * 10) / 10;

/**
 * The currency an order's amount is in: the one written with it, else the
 * account's own (an amount typed bare is in the customer's money); none
 * without an amount. `acct log` and the import both call this.
 */
export function orderCurrency(
  amount: number | null,
  written: string | null | undefined,
  accountCurrency: string | null,
): string | null {
  if (amount === null) return null;
  return written ?? accountCurrency;
}

export function ordersToDate(activities: readonly Activity[], today: string): OrdersToDate {
  const orders = activities.filter((activity) => activity.type === 'order' && activity.date.slice(0, 10) <= today);
  const dates = orders.map((order) => order.date.slice(0, 10)).sort();
  const totals = new Map<string | null, number>();
  for (const order of orders) {
    if (order.amount === null) continue;
    totals.set(order.currency, (totals.get(order.currency) ?? 0) + order.amount);
  }
  return {
    count: orders.length,
    priced: orders.filter((order) => order.amount !== null).length,
    totals: [...totals]
      .map(([currency, amount]) => ({ currency, amount }))
      .sort((a, b) => b.amount - a.amount || String(a.currency).localeCompare(String(b.currency))),
    first: dates[0] ?? null,
    last: dates.at(-1) ?? null,
  };
}

/**
 * The estimate, or null without a priced order. Orders in several
 * currencies are not added up: the estimate uses the currency most priced
 * orders are in.
 */
export function lifetimeValue(
  activities: readonly Activity[],
  today: string,
  expectedYears = DEFAULT_RELATIONSHIP_YEARS,
): LifetimeValue | null {
  const orders = activities.filter((activity) => activity.type === 'order' && activity.date.slice(0, 10) <= today);
  const priced = orders.filter((order) => order.amount !== null);
  if (priced.length === 0) return null;
  const byCurrency = new Map<string | null, number[]>();
  for (const order of priced)
    byCurrency.set(order.currency, [...(byCurrency.get(order.currency) ?? []), order.amount!]);
  const [currency, amounts] = [...byCurrency].sort(
    (a, b) => b[1].length - a[1].length || b[1].reduce((x, y) => x + y) - a[1].reduce((x, y) => x + y),
  )[0]!;
  const averageOrder = amounts.reduce((sum, amount) => sum + amount, 0) / amounts.length;
  const first = orders.map((order) => order.date.slice(0, 10)).sort()[0]!;
  const years = Math.max(1, daysBetween(first, today) / 365.25);
  const ordersPerYear = round1(orders.length / years);
  return {
    currency,
    averageOrder: Math.round(averageOrder),
    ordersPerYear,
    expectedYears,
    estimate: Math.round(averageOrder * ordersPerYear * expectedYears),
  };
}

/** 4200000 -> "4,200,000": whole units, grouped. */
export function formatAmount(amount: number): string {
  return new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(amount);
}

/** "4,200,000 CNY" (the currency when known). */
export function moneyText(amount: number, currency: string | null): string {
  return `${formatAmount(amount)}${currency ? ` ${currency}` : ''}`;
}
