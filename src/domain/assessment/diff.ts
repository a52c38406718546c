/**
 * What changed between two assessments: stage, level, supplier position,
 * criteria fit, risk, experience profile, satisfaction, for `acct history`.
 * Tolerates results stored by older versions
 * (missing fields are skipped).
 */
import { KNOWN_CRITERIA_FITS, EXPERIENCE_PROFILES, LEVELS, RISK_LEVELS, STAGES, SUPPLIER_POSITIONS } from '../enums.js';
import type { AssessmentResult } from './types.js';

export type ChangeField =
  'stage' | 'relationshipLevel' | 'supplierPosition' | 'criteriaFit' | 'risk' | 'experience' | 'satisfaction';

export interface Change {
  field: ChangeField;
  from: string | number | null;
  to: string | number | null;
  /** better / worse for the relationship; `changed` when neither applies. */
  direction: 'better' | 'worse' | 'changed';
  text: string;
}

type MaybeResult = Partial<AssessmentResult> | null | undefined;

/** `order` lists values from worst to best for the relationship. */
function compare(
  field: ChangeField,
  label: string,
  order: readonly string[],
  from: string | undefined,
  to: string | undefined,
): Change | null {
  if (from === undefined || to === undefined || from === to) return null;
  const a = order.indexOf(from);
  const b = order.indexOf(to);
  const direction = a < 0 || b < 0 ? 'changed' : b > a ? 'better' : 'worse';
  return { field, from, to, direction, text: `${label}: ${from} → ${to}` };
}

export function diffResults(prev: MaybeResult, next: MaybeResult): Change[] {
  if (!prev || !next) return [];
  const changes: (Change | null)[] = [
    compare('stage', 'stage', STAGES, prev.stage, next.stage),
    compare('relationshipLevel', 'relationship level', LEVELS, prev.relationshipLevel, next.relationshipLevel),
    compare('supplierPosition', 'supplier position', SUPPLIER_POSITIONS, prev.supplierPosition, next.supplierPosition),
    compare(
      'criteriaFit',
      'purchase-criteria fit',
      [...KNOWN_CRITERIA_FITS].reverse(),
      prev.criteriaFit,
      next.criteriaFit,
    ),
    compare('risk', 'risk', [...RISK_LEVELS].reverse(), prev.risk?.level, next.risk?.level),
    // Moving toward specialist is a warning, so "better" is toward generalist.
    compare(
      'experience',
      'experience profile',
      [...EXPERIENCE_PROFILES].reverse(),
      prev.experience?.profile,
      next.experience?.profile,
    ),
  ];
  const before = prev.satisfaction?.score ?? null;
  const after = next.satisfaction?.score ?? null;
  if (prev.satisfaction && next.satisfaction && before !== after) {
    const direction = before === null || after === null ? 'changed' : after > before ? 'better' : 'worse';
    const show = (score: number | null, label: string | undefined): string =>
      score === null ? 'not surveyed' : `${score}/5 ${label ?? ''}`.trim();
    changes.push({
      field: 'satisfaction',
      from: before,
      to: after,
      direction,
      text: `satisfaction: ${show(before, prev.satisfaction.label)} → ${show(after, next.satisfaction.label)}`,
    });
  }
  return changes.filter((change): change is Change => change !== null);
}
