/**
 * Every closed vocabulary acct speaks, in one place. The arrays are the
 * source of truth: types, zod schemas, prompts and error messages derive
 * from them, so adding a value here is the only change a new option needs.
 */

export const TIERS = ['A', 'B', 'C'] as const;
export type Tier = (typeof TIERS)[number];

/** Where we stand in the customer's supplier list (docs/domain.md §6). */
export const SUPPLIER_POSITIONS = ['none', 'candidate', 'secondary', 'primary', 'sole'] as const;
export type SupplierPosition = (typeof SUPPLIER_POSITIONS)[number];

/** Development stage of the relationship (docs/domain.md §1). Ordered. */
export const STAGES = [
  'development',
  'initial-cooperation',
  'primary-supplier',
  'partnership',
  'strategic-alliance',
] as const;
export type Stage = (typeof STAGES)[number];

/** Relationship level (docs/domain.md §1). Ordered. */
export const LEVELS = ['transactional', 'preferred-supplier', 'partner', 'strategic-alliance'] as const;
export type Level = (typeof LEVELS)[number];

export const DEPARTMENTS = ['purchasing', 'management', 'technical', 'user', 'finance', 'quality', 'other'] as const;
export type Department = (typeof DEPARTMENTS)[number];

export const BUYING_ROLES = ['decision-maker', 'purchasing', 'technical', 'user', 'coach'] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];

export const ATTITUDES = ['supporter', 'neutral', 'opponent'] as const;
export type Attitude = (typeof ATTITUDES)[number];

export const SENIORITIES = ['executive', 'manager', 'staff'] as const;
export type Seniority = (typeof SENIORITIES)[number];

export const ACTIVITY_TYPES = ['visit', 'call', 'email', 'meeting', 'gift', 'complaint', 'order', 'other'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const OWNER_ROLES = ['rep', 'manager', 'service', 'executive'] as const;
export type OwnerRole = (typeof OWNER_ROLES)[number];

/**
 * Purchase-criteria fit (docs/domain.md §3, §7): safe / alert / alarm when we
 * know the criteria, `unknown` when we do not. Unknown is not a position on
 * the scale, so it is left out of KNOWN_CRITERIA_FITS, which orders moves.
 */
export const CRITERIA_FITS = ['safe', 'alert', 'alarm', 'unknown'] as const;
export type CriteriaFit = (typeof CRITERIA_FITS)[number];
/** The fits that say where we stand, best first; a move to or from `unknown` is neither better nor worse. */
export const KNOWN_CRITERIA_FITS = ['safe', 'alert', 'alarm'] as const;

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const EXPERIENCE_PROFILES = ['generalist', 'shifting', 'specialist'] as const;
export type ExperienceProfile = (typeof EXPERIENCE_PROFILES)[number];

/** Who drives the buying decision (the assessment's answer `buyingDriver`). */
export const BUYING_DRIVERS = ['senior-management', 'engineering', 'purchasing'] as const;

/** Position of `value` in an ordered vocabulary, for "moved up / down" comparisons. */
export function rank<T extends string>(values: readonly T[], value: T): number {
  return values.indexOf(value);
}

/** Accepts "Initial Cooperation", "initial_cooperation", "INITIAL-cooperation"... */
export function canonicalEnumInput(raw: string): string {
  return raw
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/** The five-point satisfaction scale (docs/domain.md §5), worded once for the assessment and the report. */
export const SATISFACTION_LABELS = [
  'very dissatisfied',
  'somewhat dissatisfied',
  'neutral',
  'satisfied',
  'highly satisfied',
] as const;

export function satisfactionLabel(score: 1 | 2 | 3 | 4 | 5): (typeof SATISFACTION_LABELS)[number] {
  return SATISFACTION_LABELS[score - 1]!;
}
