/**
 * The condition language used by playbook plays (`when`), playbooks
 * (`applies_when`) and questionnaire questions (`when`). Declarative and
 * evaluated by a small interpreter: no eval, no Function.
 *
 * A condition is one of
 *   { fact: name, op: OP, value?: scalar | scalar[] }
 *   { all: [cond, ...] }   every one holds (an empty list holds)
 *   { any: [cond, ...] }   at least one holds (an empty list does not)
 *   { not: cond }
 * or the shorthand string "fact op value", e.g. "shareOfWallet lt 30",
 * "triggers has supplier-review", "stage in [development, initial-cooperation]",
 * "singleThreaded true".
 *
 * Operators (facts that are unanswered are `undefined`/`null`, "unset"):
 *   eq, ne        equal / not equal (an unset fact is never eq, always ne)
 *   in, nin       value is a list; for a list fact: any element / no element in the list
 *   gt gte lt lte numeric comparisons; false when the fact is unset
 *   has           list fact contains value
 *   true, false   fact is truthy / fact is falsy or unset (no value)
 *   set, unset    fact has been answered / derived or not (no value)
 */

export const OPS = ['eq', 'ne', 'in', 'nin', 'gt', 'gte', 'lt', 'lte', 'has', 'true', 'false', 'set', 'unset'] as const;
export type Op = (typeof OPS)[number];

/** Operators that take no `value`. */
export const UNARY_OPS: readonly Op[] = ['true', 'false', 'set', 'unset'];

export type Scalar = string | number | boolean;

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

function parseScalar(text: string): Scalar {
  const trimmed = text.trim();
  if (trimmed === 'true') return true;
  if (trimmed === 'false') return false;
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  return trimmed.replace(/^["'](.*)["']$/, '$1');
}

/**
 * Parses the shorthand "fact op value". Returns the structured condition or
 * an error message. Lists are written `[a, b, c]`.
 */
export function parseShorthand(text: string): { ok: true; condition: FactCondition } | { ok: false; message: string } {
  const match = /^\s*([A-Za-z][A-Za-z0-9]*)\s+([a-z]+)\s*(.*?)\s*$/.exec(text);
  if (!match) {
    return { ok: false, message: `cannot read condition "${text}"; write "fact op value", e.g. "shareOfWallet lt 30"` };
  }
  const [, fact, opText, rest] = match as unknown as [string, string, string, string];
  if (!(OPS as readonly string[]).includes(opText)) {
    return { ok: false, message: `unknown operator "${opText}" in "${text}"; use one of ${OPS.join(', ')}` };
  }
  const op = opText as Op;
  if (UNARY_OPS.includes(op)) {
    if (rest !== '') return { ok: false, message: `operator "${op}" takes no value in "${text}"` };
    return { ok: true, condition: { fact, op } };
  }
  if (rest === '') return { ok: false, message: `operator "${op}" needs a value in "${text}"` };
  if (rest.startsWith('[')) {
    if (!rest.endsWith(']')) return { ok: false, message: `unclosed list in "${text}"` };
    const inner = rest.slice(1, -1).trim();
    const value = inner === '' ? [] : inner.split(',').map(parseScalar);
    return { ok: true, condition: { fact, op, value } };
  }
  return { ok: true, condition: { fact, op, value: parseScalar(rest) } };
}
