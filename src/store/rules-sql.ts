/**
 * The domain's contact rules (src/domain/definitions.ts) as SQL expressions,
 * for the statements that aggregate contacts: the report's as-of path and
 * the rollup triggers (migration 6). Built from the domain's constants, so
 * SQL holds no second copy of a rule; the rollup records the signature of
 * the rules it was built with, and the report reads it only while that
 * signature still matches (src/store/report.ts).
 */
import { EXECUTIVE_ROLES, EXECUTIVE_SENIORITIES, STRONG_CONTACT_STRENGTH } from '../domain/definitions.js';
import { sqliteDialect, type Dialect } from './dialect.js';

/** A quoted SQL string literal (the values are our own vocabulary, but quote them properly anyway). */
const literal = (value: string): string => `'${value.replace(/'/g, "''")}'`;
const list = (values: readonly string[]): string => values.map(literal).join(', ');

/** isStrongContact over contact row `c`, as 0/1. */
export function strongContactSql(c: string, dialect: Dialect = sqliteDialect): string {
  return dialect.asInt(`(coalesce(${c}.strength, 0) >= ${Number(STRONG_CONTACT_STRENGTH)})`);
}

/** isExecutiveContact over contact row `c`, as 0/1. */
export function executiveContactSql(c: string, dialect: Dialect = sqliteDialect): string {
  const no = dialect.false;
  return dialect.asInt(
    `(coalesce(${c}.seniority IN (${list(EXECUTIVE_SENIORITIES)}), ${no}) OR coalesce(${c}.role IN (${list(EXECUTIVE_ROLES)}), ${no}))`,
  );
}

/** The contact rules the rollup's strong / has_executive columns were computed with. */
export function contactRulesSignature(): string {
  return JSON.stringify({
    strong: STRONG_CONTACT_STRENGTH,
    seniorities: EXECUTIVE_SENIORITIES,
    roles: EXECUTIVE_ROLES,
  });
}
