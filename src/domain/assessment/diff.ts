/**
 * What changed between two assessments: stage, level, supplier position,
 * criteria fit, risk, experience profile, satisfaction, for `acct history`.
 * Tolerates results stored by older versions
 * (missing fields are skipped).
 */
import { changeDirection, type ChangeKey } from '../definitions.js';
import type { AssessmentResult } from './types.js';
import { words } from '../words.js';

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

/** Which way a change points is the shared rule (docs/domain.md §7), as in the weekly report. */
function compare(field: ChangeField, key: ChangeKey, from: string | undefined, to: string | undefined): Change | null {
  if (from === undefined || to === undefined || from === to) return null;
  return {
    field,
    from,
    to,
    direction: changeDirection(key, from, to),
    text: words('change.value', { field, from, to }),
  };
}

export function diffResults(prev: MaybeResult, next: MaybeResult): Change[] {
  if (!prev || !next) return [];
  const changes: (Change | null)[] = [
    compare('stage', 'stage', prev.stage, next.stage),
    compare('relationshipLevel', 'level', prev.relationshipLevel, next.relationshipLevel),
    compare('supplierPosition', 'position', prev.supplierPosition, next.supplierPosition),
    compare('criteriaFit', 'criteriaFit', prev.criteriaFit, next.criteriaFit),
    compare('risk', 'risk', prev.risk?.level, next.risk?.level),
    compare('experience', 'experience', prev.experience?.profile, next.experience?.profile),
  ];
  const before = prev.satisfaction?.score ?? null;
  const after = next.satisfaction?.score ?? null;
  if (prev.satisfaction && next.satisfaction && before !== after) {
    const direction = before === null || after === null ? 'changed' : after > before ? 'better' : 'worse';
    changes.push({
      field: 'satisfaction',
      from: before,
      to: after,
      direction,
      text: words('change.satisfaction', { from: before ?? '', to: after ?? '' }),
    });
  }
  return changes.filter((change): change is Change => change !== null);
}
