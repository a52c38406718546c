/**
 * The fields of each record type as plain data: flag names, kinds, allowed
 * values. Kept apart from the validators (fields.ts) so the command tree can
 * build its flags without loading them at start-up. Their help lines are
 * words, so they live in the help catalogue (help.field.<record>.<key>).
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
  values?: readonly string[];
  /** enum: the vocabulary whose labels and synonyms, in either language, are accepted too (vocabulary.ts). */
  vocabulary?: Vocabulary;
  min?: number;
  max?: number;
  /** decimal: whole numbers only. */
  integer?: boolean;
  required?: boolean;
}

const text = (key: string, flag: string, required = false): FieldSpec => ({ key, kind: 'text', flag, required });
const choice = (key: string, flag: string, values: readonly string[], vocabulary: Vocabulary): FieldSpec => ({
  key,
  kind: 'enum',
  flag,
  values,
  vocabulary,
});

export const ACCOUNT_FIELDS: readonly FieldSpec[] = [
  text('name', 'name', true),
  text('externalId', 'external-id'),
  text('industry', 'industry'),
  text('owner', 'owner'),
  choice('tier', 'tier', TIERS, 'tier'),
  text('city', 'city'),
  text('address', 'address'),
  { key: 'revenue', kind: 'money', flag: 'revenue', min: 0 },
  { key: 'currency', kind: 'currency', flag: 'currency' },
  {
    key: 'share',
    kind: 'percent',
    flag: 'share',
    min: 0,
    max: 100,
  },
  choice('position', 'position', SUPPLIER_POSITIONS, 'position'),
  choice('stage', 'stage', STAGES, 'stage'),
  choice('level', 'level', LEVELS, 'level'),
  choice('targetLevel', 'target-level', LEVELS, 'level'),
  text('notes', 'notes'),
];

export const CONTACT_FIELDS: readonly FieldSpec[] = [
  text('name', 'name', true),
  text('title', 'title'),
  choice('department', 'department', DEPARTMENTS, 'department'),
  choice('role', 'role', BUYING_ROLES, 'buyingRole'),
  choice('attitude', 'attitude', ATTITUDES, 'attitude'),
  { key: 'strength', kind: 'int', flag: 'strength', min: 1, max: 5 },
  choice('seniority', 'seniority', SENIORITIES, 'seniority'),
  { key: 'email', kind: 'email', flag: 'email' },
  text('phone', 'phone'),
  { key: 'birthday', kind: 'date', flag: 'birthday' },
  text('preferences', 'preferences'),
  { key: 'lastContacted', kind: 'date', flag: 'last-contacted' },
];

export const ACTIVITY_FIELDS: readonly FieldSpec[] = [
  { key: 'date', kind: 'date', flag: 'date' },
  choice('type', 'type', ACTIVITY_TYPES, 'activityType'),
  text('note', 'note', true),
  {
    key: 'amount',
    kind: 'money',
    flag: 'amount',
    min: 0,
  },
  { key: 'currency', kind: 'currency', flag: 'currency' },
];

export const ACTION_FIELDS: readonly FieldSpec[] = [
  text('text', 'text', true),
  text('playbook', 'playbook'),
  text('play', 'play'),
  text('owner', 'owner'),
  { key: 'due', kind: 'date', flag: 'due' },
  choice('status', 'status', ACTION_STATUSES, 'actionStatus'),
];

/** A time from the source system (a date, or an ISO timestamp kept to the millisecond). */
const instant = (key: string, required = false): FieldSpec => ({ key, kind: 'instant', flag: key, required });

/** Account columns of a CSV file: the fields, and when the source system opened the account. */
export const ACCOUNT_IMPORT_FIELDS: readonly FieldSpec[] = [...ACCOUNT_FIELDS, instant('createdAt')];

/** Action columns of a CSV file: the fields, and when the action was created and closed. */
export const ACTION_IMPORT_FIELDS: readonly FieldSpec[] = [...ACTION_FIELDS, instant('createdAt'), instant('closedAt')];

/** Assessment columns of a CSV file (what `acct export --type assessments` writes). */
export const ASSESSMENT_FIELDS: readonly FieldSpec[] = [
  instant('assessedAt', true),
  { key: 'answers', kind: 'json', flag: 'answers', required: true },
  choice('stage', 'stage', STAGES, 'stage'),
  choice('level', 'level', LEVELS, 'level'),
  choice('position', 'position', SUPPLIER_POSITIONS, 'position'),
  { key: 'share', kind: 'decimal', flag: 'share' },
  choice('criteriaFit', 'criteriaFit', CRITERIA_FITS, 'criteriaFit'),
  choice('riskLevel', 'riskLevel', RISK_LEVELS, 'risk'),
  choice('experienceProfile', 'experienceProfile', EXPERIENCE_PROFILES, 'experienceProfile'),
  { key: 'experienceScore', kind: 'decimal', flag: 'experienceScore' },
  { key: 'satisfaction', kind: 'decimal', flag: 'satisfaction', integer: true },
  { key: 'singleThreaded', kind: 'boolean', flag: 'singleThreaded' },
  choice('targetLevel', 'targetLevel', LEVELS, 'level'),
  { key: 'result', kind: 'json', flag: 'result' },
  { key: 'playbookVersions', kind: 'json', flag: 'playbookVersions' },
];

/** The columns `acct import` validates for each record type (account references and contact lists aside). */
export const IMPORT_FIELDS: Readonly<Record<ImportType, readonly FieldSpec[]>> = {
  accounts: ACCOUNT_IMPORT_FIELDS,
  contacts: CONTACT_FIELDS,
  activities: ACTIVITY_FIELDS,
  actions: ACTION_IMPORT_FIELDS,
  assessments: ASSESSMENT_FIELDS,
};
