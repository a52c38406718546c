/**
 * The one-screen briefing before a sales call, as data: where the account
 * stands, what the last assessment found, open and overdue actions, contact
 * coverage and how long since we were in touch. Pure; render/assessment.ts
 * draws it.
 */
import { daysBetween } from '../dates.js';
import type { Account, Action, Activity, Contact } from '../types.js';
import { isOverdue } from '../definitions.js';
import { computeCoverage } from './coverage.js';
import type { Coverage, StoredAssessment, StoredResult } from './types.js';
import { lastContactOf, postDeliveryGap } from './facts.js';
import { lifetimeValue, ordersToDate, type LifetimeValue, type OrdersToDate } from './lifetime-value.js';

export interface Briefing {
  account: Pick<Account, 'id' | 'name' | 'owner' | 'tier' | 'stage' | 'level' | 'targetLevel' | 'position' | 'share'>;
  lastAssessment: (Omit<LastAssessment, 'result'> & { riskReasons: string[]; planSize: number }) | null;
  actions: {
    open: number;
    overdue: number;
    next: { id: number; text: string; due: string | null; overdue: boolean; play: string | null }[];
  };
  coverage: Coverage;
  lastContact: string | null;
  daysSinceContact: number | null;
  /** The gap after delivery as the records show it (docs/domain.md §7): the last order and the days of silence since. */
  postDeliveryGap: { orderDate: string; days: number } | null;
  /** Orders logged and what the relationship is worth (docs/domain.md §4). */
  orders: OrdersToDate;
  lifetimeValue: LifetimeValue | null;
}

/** The stored assessment the briefing looks back at. */
export type LastAssessment = Pick<
  StoredAssessment,
  | 'id'
  | 'assessedAt'
  | 'stage'
  | 'level'
  | 'position'
  | 'share'
  | 'criteriaFit'
  | 'riskLevel'
  | 'experienceProfile'
  | 'satisfaction'
  | 'result'
>;

export interface BriefingInput {
  account: Account;
  contacts: readonly Contact[];
  activities: readonly Activity[];
  openActions: readonly Action[];
  last: LastAssessment | undefined;
  today: string;
  /** Setting order-silence-days; default 30. */
  orderSilenceDays?: number;
  /** Setting relationship-years; default 5. */
  relationshipYears?: number;
}

export function buildBriefing(input: BriefingInput): Briefing {
  const { account, today, last } = input;
  const open = input.openActions.filter((action) => action.status === 'open');
  const overdue = (action: Action): boolean => isOverdue(action, today);
  const lastContact = lastContactOf(input.activities, input.contacts, today);
  const result: StoredResult = last?.result ?? {};
  return {
    account: {
      id: account.id,
      name: account.name,
      owner: account.owner,
      tier: account.tier,
      stage: account.stage,
      level: account.level,
      targetLevel: account.targetLevel,
      position: account.position,
      share: account.share,
    },
    lastAssessment: last
      ? {
          id: last.id,
          assessedAt: last.assessedAt,
          stage: last.stage,
          level: last.level,
          position: last.position,
          share: last.share,
          criteriaFit: last.criteriaFit,
          riskLevel: last.riskLevel,
          riskReasons: result.risk?.reasons ?? [],
          experienceProfile: last.experienceProfile,
          satisfaction: last.satisfaction,
          planSize: result.plan?.length ?? 0,
        }
      : null,
    actions: {
      open: open.length,
      overdue: open.filter(overdue).length,
      next: open.slice(0, 5).map((action) => ({
        id: action.id,
        text: action.text,
        due: action.due,
        overdue: overdue(action),
        play: action.play,
      })),
    },
    coverage: computeCoverage(input.contacts),
    lastContact,
    daysSinceContact: lastContact === null ? null : daysBetween(lastContact, today),
    postDeliveryGap: postDeliveryGap(input.activities, input.contacts, today, input.orderSilenceDays),
    orders: ordersToDate(input.activities, today),
    lifetimeValue: lifetimeValue(input.activities, today, input.relationshipYears),
  };
}
