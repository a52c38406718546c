/**
 * Records as the domain sees them: plain data, camelCase, no SQL shapes.
 * Dates are ISO strings: calendar dates as `YYYY-MM-DD`, instants as full
 * ISO 8601 UTC timestamps. The store maps rows to and from these types.
 */
import type {
  ActionStatus,
  OwnerRole,
  ActivityType,
  Attitude,
  BuyingRole,
  Department,
  Level,
  Seniority,
  Stage,
  SupplierPosition,
  Tier,
} from './enums.js';

export interface Account {
  id: number;
  name: string;
  externalId: string | null;
  industry: string | null;
  owner: string | null;
  tier: Tier | null;
  city: string | null;
  address: string | null;
  revenue: number | null;
  currency: string | null;
  share: number | null;
  position: SupplierPosition;
  stage: Stage;
  level: Level;
  targetLevel: Level | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Contact {
  id: number;
  accountId: number;
  name: string;
  title: string | null;
  department: Department | null;
  role: BuyingRole | null;
  attitude: Attitude | null;
  strength: number | null;
  seniority: Seniority | null;
  email: string | null;
  phone: string | null;
  birthday: string | null;
  preferences: string | null;
  lastContacted: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Activity {
  id: number;
  accountId: number;
  date: string;
  type: ActivityType;
  note: string;
  contactIds: number[];
  /** An order's value (docs/domain.md §4); null for other activities and orders logged without one. */
  amount: number | null;
  /** ISO 4217 code of amount; null when unknown. */
  currency: string | null;
  createdAt: string;
}

export interface Action {
  id: number;
  accountId: number;
  text: string;
  playbook: string | null;
  play: string | null;
  owner: string | null;
  due: string | null;
  status: ActionStatus;
  createdAt: string;
  closedAt: string | null;
  /** The assessment whose plan the action was accepted from; null for actions added by hand. */
  assessmentId: number | null;
  /** The play's role (rep, manager, service, executive); kept when the account owner stands in for it. */
  ownerRole: OwnerRole | null;
  /** The play's why, steps and because lines, as accepted; empty for actions added by hand. */
  why: string | null;
  steps: string[];
  because: string[];
}
