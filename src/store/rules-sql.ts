/**
 * The domain's contact rules (src/domain/definitions.ts) as SQL expressions,
 * for the statements that aggregate contacts: the report's as-of path and
 * the rollup triggers (migration 6). Built from the domain's constants, so
 * SQL holds no second copy of a rule; the rollup records the signature of
 * the rules it was built with, and the report reads it only while that
 * signature still matches (src/store/report.ts).
 */
import { EXECUTIVE_ROLES, EXECUTIVE_SENIORITIES, STRONG_CONTACT_STRENGTH } from '../domain/definitions.js';

/** A quoted SQL string literal (the values are our own vocabulary, but quote them properly anyway). */
const literal = (value: string): string => `'${value.replace(/'/g, "''")}'`;
const list = (values: readonly string[]): string => values.map(literal).join(', ');

/** isStrongContact over contact row `c`, as 0/1. */
export function strongContactSql(c: string): string {
  return `(coalesce(${c}.strength, 0) >= ${Number(STRONG_CONTACT_STRENGTH)})`;
}

/** isExecutiveContact over contact row `c`, as 0/1. */
export function executiveContactSql(c: string): string {
  return `(coalesce(${c}.seniority IN (${list(EXECUTIVE_SENIORITIES)}), 0) OR coalesce(${c}.role IN (${list(EXECUTIVE_ROLES)}), 0))`;
}

/** The contact rules the rollup's strong / has_executive columns were computed with. */
export function contactRulesSignature(): string {
  return JSON.stringify({
    strong: STRONG_CONTACT_STRENGTH,
    seniorities: EXECUTIVE_SENIORITIES,
    roles: EXECUTIVE_ROLES,
  });
}
