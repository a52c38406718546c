/**
 * The condition language used by playbook plays (`when`), playbooks
 * (`applies_when`) and questionnaire questions (`when`). Declarative and
 * evaluated by a small interpreter: no eval, no Function.
 *
 * A condition is one of (docs/playbooks.md §Conditions teaches them)
 *   { fact: name, op: OP, value?: scalar | scalar[] }
 *   { all: [cond, ...] }   every one holds (an empty list holds)
 *   { any: [cond, ...] }   at least one holds (an empty list does not)
 *   { not: cond }
 * There is no string form: one way to write a condition, checked with a path
 * to the offending node (check-condition.ts).
 *
 * Operators by the fact's type (facts that are unanswered are
 * `undefined`/`null`, "unset"); check-condition.ts refuses any other pairing,
 * so no two operators say the same thing about the same kind of fact:
 *   eq, ne        text, number, yes/no: equal / not equal (an unset fact is never eq, always ne)
 *   in, nin       text, number: the value is one of a list / none of it (unset: never in, always nin)
 *   gt gte lt lte number: comparisons; false when the fact is unset
 *   has           list: contains the value (an unset list contains nothing)
 *   true, false   yes/no: yes / no or unset; list: not empty / empty or unset
 *                 (so `false` differs from `eq false`, which an unanswered fact never meets)
 *   set, unset    any: has been answered or derived / not
 * The interpreter is a plain recursive walk over the tree, so a caller can
 * tell which leaves decided the result (for "because" lines).
 */

export const OPS = ['eq', 'ne', 'in', 'nin', 'gt', 'gte', 'lt', 'lte', 'has', 'true', 'false', 'set', 'unset'] as const;
export type Op = (typeof OPS)[number];

/** What each operator means, for `acct playbook facts`, the JSON Schema and docs/playbooks.md. */
export const OP_DOCS: Readonly<Record<Op, string>> = {
  eq: 'equals the value (never holds for an unanswered fact)',
  ne: 'does not equal the value (holds for an unanswered fact)',
  in: 'is one of the values in the list (text and number facts; never holds for an unanswered fact)',
  nin: 'is none of the values in the list (text and number facts; holds for an unanswered fact)',
  gt: 'is greater than the number (never holds for an unanswered fact)',
  gte: 'is at least the number (never holds for an unanswered fact)',
  lt: 'is less than the number (never holds for an unanswered fact)',
  lte: 'is at most the number (never holds for an unanswered fact)',
  has: 'the list contains the value (list facts; one value)',
  true: 'yes, or a list that is not empty (no value)',
  false: 'no, unanswered, or an empty list (no value)',
  set: 'has been answered or derived (no value)',
  unset: 'has not been answered or derived (no value)',
};

/** Operators that take no `value`. */
export const UNARY_OPS: readonly Op[] = ['true', 'false', 'set', 'unset'];

export type Scalar = string | number | boolean;

/** Deeper nesting than this is refused when a condition is read: no real condition needs it. */
export const MAX_CONDITION_DEPTH = 32;

export interface FactCondition {
  fact: string;
  op: Op;
  value?: Scalar | Scalar[];
}
export interface AllCondition {
  all: Condition[];
}
export interface AnyCondition {
  any: Condition[];
}
export interface NotCondition {
  not: Condition;
}
export type Condition = FactCondition | AllCondition | AnyCondition | NotCondition;

export type FactValue = string | number | boolean | string[] | null | undefined;
export type Facts = Readonly<Record<string, FactValue>>;

function isUnset(value: FactValue): value is null | undefined {
  return value === null || value === undefined;
}

function scalarEquals(a: FactValue, b: Scalar | Scalar[] | undefined): boolean {
  if (Array.isArray(b) || b === undefined) return false;
  if (Array.isArray(a)) return false;
  return a === b;
}

function evaluateFact(condition: FactCondition, facts: Facts): boolean {
  const actual = Object.prototype.hasOwnProperty.call(facts, condition.fact) ? facts[condition.fact] : undefined;
  const { op, value } = condition;
  switch (op) {
    case 'set':
      return !isUnset(actual);
    case 'unset':
      return isUnset(actual);
    case 'true':
      return Array.isArray(actual) ? actual.length > 0 : Boolean(actual);
    case 'false':
      return Array.isArray(actual) ? actual.length === 0 : !actual;
    case 'eq':
      return !isUnset(actual) && scalarEquals(actual, value);
    case 'ne':
      return isUnset(actual) || !scalarEquals(actual, value);
    case 'in':
    case 'nin': {
      const list: Scalar[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
      let hit: boolean;
      if (isUnset(actual)) hit = false;
      else if (Array.isArray(actual)) hit = actual.some((item) => list.includes(item));
      else hit = list.includes(actual);
      return op === 'in' ? hit : !hit;
    }
    case 'has':
      return Array.isArray(actual) && typeof value === 'string' && actual.includes(value);
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      if (typeof actual !== 'number' || typeof value !== 'number') return false;
      if (op === 'gt') return actual > value;
      if (op === 'gte') return actual >= value;
      if (op === 'lt') return actual < value;
      return actual <= value;
    }
  }
}

/** Evaluates a condition; `undefined` (no condition) always holds. */
export function evaluate(condition: Condition | undefined, facts: Facts): boolean {
  if (condition === undefined) return true;
  if ('all' in condition) return condition.all.every((item) => evaluate(item, facts));
  if ('any' in condition) return condition.any.some((item) => evaluate(item, facts));
  if ('not' in condition) return !evaluate(condition.not, facts);
  return evaluateFact(condition, facts);
}

/** Every fact name a condition reads, deduplicated, in order of appearance. */
export function conditionFacts(condition: Condition | undefined): string[] {
  const names: string[] = [];
  const walk = (node: Condition): void => {
    if ('all' in node) node.all.forEach(walk);
    else if ('any' in node) node.any.forEach(walk);
    else if ('not' in node) walk(node.not);
    else if (!names.includes(node.fact)) names.push(node.fact);
  };
  if (condition) walk(condition);
  return names;
}

/** One leaf of a condition as evaluated: `holds` false means it counted by being false (under a `not`). */
export interface DecidingLeaf {
  fact: string;
  op: Op;
  value?: Scalar | Scalar[];
  actual: FactValue;
  holds: boolean;
}

/**
 * The leaves that made a condition come out `want` (true by default), or
 * null when it does not: `all` true gives every leaf, `any` true its true
 * branches, `not` the inner leaves that were false. Used for "because" lines
 * (docs/playbooks.md §because).
 */
export function decidingLeaves(condition: Condition | undefined, facts: Facts, want = true): DecidingLeaf[] | null {
  if (condition === undefined) return want ? [] : null;
  if ('not' in condition) return decidingLeaves(condition.not, facts, !want);
  if ('all' in condition || 'any' in condition) {
    const every = 'all' in condition === want;
    const items = 'all' in condition ? condition.all : condition.any;
    const found = items.map((item) => decidingLeaves(item, facts, want));
    if (every) return found.some((leaves) => leaves === null) ? null : (found.flat() as DecidingLeaf[]);
    const hits = found.filter((leaves): leaves is DecidingLeaf[] => leaves !== null);
    return hits.length === 0 ? null : hits.flat();
  }
  if (evaluateFact(condition, facts) !== want) return null;
  const actual = Object.prototype.hasOwnProperty.call(facts, condition.fact) ? facts[condition.fact] : undefined;
  return [
    {
      fact: condition.fact,
      op: condition.op,
      ...(condition.value !== undefined ? { value: condition.value } : {}),
      actual,
      holds: want,
    },
  ];
}
