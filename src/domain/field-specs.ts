/**
 * The fields of each record type as plain data: flag names, kinds, allowed
 * values. Kept apart from the validators (fields.ts) so the command tree can
 * build its flags without loading them at start-up.
 */
import {
  ACTION_STATUSES,
  ACTIVITY_TYPES,
  ATTITUDES,
  BUYING_ROLES,
  CRITERIA_FITS,
  DEPARTMENTS,
  EXPERIENCE_PROFILES,
  LEVELS,
  RISK_LEVELS,
  SENIORITIES,
  STAGES,
  SUPPLIER_POSITIONS,
  TIERS,
} from './enums.js';
import type { Vocabulary } from './vocabulary.js';

/** The record types `acct import` reads and `acct export` writes, in dependency order. */
export const IMPORT_TYPES = ['accounts', 'contacts', 'activities', 'actions', 'assessments'] as const;
export type ImportType = (typeof IMPORT_TYPES)[number];

export type FieldKind =
  | 'text'
  | 'enum'
  | 'money'
  | 'percent'
  | 'int'
  | 'date'
  | 'email'
  | 'currency'
  // Import-only kinds: any decimal, a JSON object, true/false, a date or an ISO timestamp.
  | 'decimal'
  | 'json'
  | 'boolean'
  | 'instant';

export interface FieldSpec {
  key: string;
  kind: FieldKind;
  /** Words a user may type for this field in `--key` form, kebab-case. */
  flag: string;
  description: string;
  values?: readonly string[];
  /** enum: the vocabulary whose labels and synonyms, in either language, are accepted too (vocabulary.ts). */
  vocabulary?: Vocabulary;
  min?: number;
  max?: number;
  /** decimal: whole numbers only. */
  integer?: boolean;
  required?: boolean;
}

const text = (key: string, flag: string, description: string, required = false): FieldSpec => ({
  key,
  kind: 'text',
  flag,
  description,
  required,
});
const choice = (
  key: string,
  flag: string,
  description: string,
  values: readonly string[],
  vocabulary: Vocabulary,
): FieldSpec => ({
  key,
  kind: 'enum',
  flag,
  description,
  values,
  vocabulary,
});

export const ACCOUNT_FIELDS: readonly FieldSpec[] = [
  text('name', 'name', 'account name', true),
  text('externalId', 'external-id', 'id in your CRM or ERP (unique)'),
  text('industry', 'industry', 'industry'),
  text('owner', 'owner', 'responsible rep'),
  choice('tier', 'tier', 'value grade', TIERS, 'tier'),
  text('city', 'city', 'city'),
  text('address', 'address', 'address'),
  { key: 'revenue', kind: 'money', flag: 'revenue', description: 'annual revenue, e.g. 1.2m, 120万, "EUR 3m"', min: 0 },
  { key: 'currency', kind: 'currency', flag: 'currency', description: 'ISO currency code of revenue, e.g. CNY' },
  {
    key: 'share',
    kind: 'percent',
    flag: 'share',
    description: 'our share of wallet in percent (0-100)',
    min: 0,
    max: 100,
  },
  choice('position', 'position', 'our supplier position', SUPPLIER_POSITIONS, 'position'),
  choice('stage', 'stage', 'development stage', STAGES, 'stage'),
  choice('level', 'level', 'relationship level', LEVELS, 'level'),
  choice('targetLevel', 'target-level', 'relationship level we aim for', LEVELS, 'level'),
  text('notes', 'notes', 'free notes'),
];

export const CONTACT_FIELDS: readonly FieldSpec[] = [
  text('name', 'name', 'contact name', true),
  text('title', 'title', 'job title'),
  choice('department', 'department', 'department', DEPARTMENTS, 'department'),
  choice('role', 'role', 'buying role', BUYING_ROLES, 'buyingRole'),
  choice('attitude', 'attitude', 'attitude towards us', ATTITUDES, 'attitude'),
  { key: 'strength', kind: 'int', flag: 'strength', description: 'relationship strength 1-5', min: 1, max: 5 },
  choice('seniority', 'seniority', 'seniority', SENIORITIES, 'seniority'),
  { key: 'email', kind: 'email', flag: 'email', description: 'email address' },
  text('phone', 'phone', 'phone'),
  { key: 'birthday', kind: 'date', flag: 'birthday', description: 'birthday (YYYY-MM-DD)' },
  text('preferences', 'preferences', 'personal notes and preferences'),
  { key: 'lastContacted', kind: 'date', flag: 'last-contacted', description: 'date of last contact' },
];

export const ACTIVITY_FIELDS: readonly FieldSpec[] = [
  { key: 'date', kind: 'date', flag: 'date', description: 'when it happened (default today)' },
  choice('type', 'type', 'kind of activity', ACTIVITY_TYPES, 'activityType'),
  text('note', 'note', 'what happened', true),
  {
    key: 'amount',
    kind: 'money',
    flag: 'amount',
    description: 'order value (orders only), e.g. 420万, 4200000, "EUR 3m"',
    min: 0,
  },
  { key: 'currency', kind: 'currency', flag: 'currency', description: 'ISO currency code of amount, e.g. CNY' },
];

export const ACTION_FIELDS: readonly FieldSpec[] = [
  text('text', 'text', 'what to do', true),
  text('playbook', 'playbook', 'playbook id it came from'),
  text('play', 'play', 'play id it came from'),
  text('owner', 'owner', 'who does it'),
  { key: 'due', kind: 'date', flag: 'due', description: 'due date' },
  choice('status', 'status', 'open, done or dropped', ACTION_STATUSES, 'actionStatus'),
];

/** A time from the source system (a date, or an ISO timestamp kept to the millisecond). */
const instant = (key: string, description: string, required = false): FieldSpec => ({
  key,
  kind: 'instant',
  flag: key,
  description,
  required,
});

/** Account columns of a CSV file: the fields, and when the source system opened the account. */
export const ACCOUNT_IMPORT_FIELDS: readonly FieldSpec[] = [
  ...ACCOUNT_FIELDS,
  instant('createdAt', 'when the account was opened in the source system'),
];

/** Action columns of a CSV file: the fields, and when the action was created and closed. */
export const ACTION_IMPORT_FIELDS: readonly FieldSpec[] = [
  ...ACTION_FIELDS,
  instant('createdAt', 'when the action was created'),
  instant('closedAt', 'when the action was done or dropped'),
];

/** Assessment columns of a CSV file (what `acct export --type assessments` writes). */
export const ASSESSMENT_FIELDS: readonly FieldSpec[] = [
  instant('assessedAt', 'when the assessment was made', true),
  { key: 'answers', kind: 'json', flag: 'answers', description: 'answers by question id', required: true },
  choice('stage', 'stage', 'development stage', STAGES, 'stage'),
  choice('level', 'level', 'relationship level', LEVELS, 'level'),
  choice('position', 'position', 'our supplier position', SUPPLIER_POSITIONS, 'position'),
  { key: 'share', kind: 'decimal', flag: 'share', description: 'our share of wallet in percent' },
  choice('criteriaFit', 'criteriaFit', 'how the purchase criteria fit us', CRITERIA_FITS, 'criteriaFit'),
  choice('riskLevel', 'riskLevel', 'risk of losing the account', RISK_LEVELS, 'risk'),
  choice(
    'experienceProfile',
    'experienceProfile',
    "the buyer's experience profile",
    EXPERIENCE_PROFILES,
    'experienceProfile',
  ),
  { key: 'experienceScore', kind: 'decimal', flag: 'experienceScore', description: 'experience score' },
  { key: 'satisfaction', kind: 'decimal', flag: 'satisfaction', description: 'satisfaction score', integer: true },
  { key: 'singleThreaded', kind: 'boolean', flag: 'singleThreaded', description: 'one contact carries the account' },
  choice('targetLevel', 'targetLevel', 'relationship level we aim for', LEVELS, 'level'),
  { key: 'result', kind: 'json', flag: 'result', description: 'the derived result' },
  { key: 'playbookVersions', kind: 'json', flag: 'playbookVersions', description: 'playbook versions used' },
];

/** The columns `acct import` validates for each record type (account references and contact lists aside). */
export const IMPORT_FIELDS: Readonly<Record<ImportType, readonly FieldSpec[]>> = {
  accounts: ACCOUNT_IMPORT_FIELDS,
  contacts: CONTACT_FIELDS,
  activities: ACTIVITY_FIELDS,
  actions: ACTION_IMPORT_FIELDS,
  assessments: ASSESSMENT_FIELDS,
};
