/**
 * Semantic checks of a condition against a fact catalogue: unknown fact
 * names, operators that do not suit the fact's type, values outside a fact's
 * vocabulary. Works on the raw (YAML-parsed) value so every problem carries
 * the path of the offending node. Which operator suits which fact type is
 * documented in conditions.ts and docs/playbooks.md §Operators.
 *
 * Messages quote what the file says only through excerpt(): a hostile or
 * broken file can make acct name the offending text, never echo all of it.
 * Their words are the catalogue's (`words.condition.*`, docs/i18n.md): a
 * problem names its key and parameters, and carries the text in the run's
 * language.
 */
import { closestMatches } from '../names.js';
import type { FactCatalogue, FactType } from './catalogue.js';
import { MAX_CONDITION_DEPTH, OPS, UNARY_OPS, type Condition, type Op, type Scalar } from './conditions.js';
import { words, type WordParams } from '../words.js';

export type Path = (string | number)[];
export interface ConditionProblem {
  path: Path;
  /** The catalogue key, without `words.condition.`, and its parameters. */
  key: string;
  params: WordParams;
  message: string;
}

function problem(path: Path, key: string, params: WordParams = {}): ConditionProblem {
  return { path, key, params, message: words(`condition.${key}`, params) };
}

/** How much of a value from a file an error message may quote. */
export const EXCERPT_LIMIT = 80;

/**
 * A value from a file, quoted for an error message: JSON-quoted, control
 * characters escaped, cut to EXCERPT_LIMIT characters of the original.
 */
export function excerpt(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const cut = text.length > EXCERPT_LIMIT ? `${text.slice(0, EXCERPT_LIMIT)}…` : text;
  // JSON.stringify escapes C0 controls and quotes; DEL, C1 controls and the invisible
  // format characters (bidi overrides, zero-width) are escaped too.
  return JSON.stringify(cut).replace(
    /[\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** At most `max` items of a vocabulary, for "allowed: ..." hints, and how many more there are. */
function listSome(values: readonly string[], max = 12): { allowed: string[]; more: number } {
  const allowed = values.slice(0, max).map((value) => (value.length > 40 ? excerpt(value) : value));
  return { allowed, more: Math.max(0, values.length - max) };
}

const FACT_NAME = /^[A-Za-z][A-Za-z0-9]*$/;
/** Longer names get no "did you mean": edit distance is quadratic in the length. */
const SUGGEST_MAX_LENGTH = 64;

/** Which operators suit each fact type; one way to say each thing (docs/playbooks.md §Operators). */
export const OPS_BY_TYPE: Readonly<Record<FactType, readonly Op[]>> = {
  string: ['eq', 'ne', 'in', 'nin', 'set', 'unset'],
  number: ['eq', 'ne', 'in', 'nin', 'gt', 'gte', 'lt', 'lte', 'set', 'unset'],
  boolean: ['true', 'false', 'eq', 'ne', 'set', 'unset'],
  list: ['has', 'true', 'false', 'set', 'unset'],
};

/** Which hint says what to write instead of an operator that does not suit the fact's type ('' for none). */
function insteadHint(op: Op, type: FactType): string {
  if (type === 'list' && (op === 'in' || op === 'nin')) return 'list-in';
  if (type === 'list' && (op === 'eq' || op === 'ne')) return 'list-eq';
  if (type === 'boolean' && (op === 'in' || op === 'nin')) return 'boolean-in';
  if ((type === 'string' || type === 'number') && op === 'has') return 'scalar-has';
  if ((type === 'string' || type === 'number') && (op === 'true' || op === 'false')) return 'scalar-true';
  return '';
}

function checkFact(fact: string, op: Op, value: unknown, catalogue: FactCatalogue, path: Path): ConditionProblem[] {
  const at = (key: string): Path => [...path, key];
  const spec = catalogue[fact];
  if (!spec) {
    const suggestions = fact.length <= SUGGEST_MAX_LENGTH ? closestMatches(fact, Object.keys(catalogue)) : [];
    // `listed`: with no name to suggest, point at `acct playbook facts`.
    return [problem(at('fact'), 'unknownFact', { fact: excerpt(fact), suggestions, listed: 1 })];
  }
  if (!OPS_BY_TYPE[spec.type].includes(op)) {
    return [
      problem(at('op'), 'opType', {
        op,
        fact,
        type: spec.type,
        ops: OPS_BY_TYPE[spec.type],
        instead: insteadHint(op, spec.type),
      }),
    ];
  }
  if (UNARY_OPS.includes(op)) {
    return value === undefined ? [] : [problem(at('value'), 'noValue', { op })];
  }
  if (value === undefined) return [problem(at('value'), 'needsValue', { op })];
  if ((op === 'in' || op === 'nin') && !Array.isArray(value)) return [problem(at('value'), 'needsList', { op })];
  if (op !== 'in' && op !== 'nin' && Array.isArray(value)) return [problem(at('value'), 'oneValue', { op })];
  const problems: ConditionProblem[] = [];
  const items: unknown[] = Array.isArray(value) ? value : [value];
  for (const [index, item] of items.entries()) {
    const itemPath = Array.isArray(value) ? [...path, 'value', index] : [...path, 'value'];
    if (spec.type === 'boolean' && typeof item !== 'boolean') {
      problems.push(problem(itemPath, 'notBoolean', { fact, value: excerpt(item) }));
    } else if (spec.type === 'number' && typeof item !== 'number') {
      problems.push(problem(itemPath, 'notNumber', { fact, value: excerpt(item) }));
    } else if ((spec.type === 'string' || spec.type === 'list') && typeof item !== 'string') {
      problems.push(problem(itemPath, 'notText', { fact, value: excerpt(item) }));
    } else if ((spec.type === 'string' || spec.type === 'list') && spec.values && !spec.values.includes(String(item))) {
      problems.push(problem(itemPath, 'notAllowed', { value: excerpt(item), fact, ...listSome(spec.values) }));
    }
  }
  return problems;
}

/** The problem for a condition written as text, the form acct no longer reads: with a rewrite when it is short. */
function textCondition(text: string, at: Path): ConditionProblem {
  // Only a short text gets a rewrite; splitting is linear either way.
  const parts = text.length <= 200 ? text.trim().split(/\s+/) : [];
  const [fact, op, ...rest] = parts;
  if (fact && op && FACT_NAME.test(fact) && (OPS as readonly string[]).includes(op)) {
    return problem(at, 'text.rewrite', { fact, op, value: rest.join(' ') });
  }
  return problem(at, 'text.plain', { text: excerpt(text) });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isScalar(value: unknown): value is Scalar {
  return (
    typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean'
  );
}

/**
 * Reads a raw (YAML-parsed) condition: checks its shape and, when a
 * catalogue is given, its fact names, operators and values. Returns the
 * structured condition (null when the shape is unreadable) and every problem
 * with the path of the offending node, relative to `path`.
 */
export function parseCondition(
  raw: unknown,
  catalogue: FactCatalogue | null,
  path: Path = [],
): { condition: Condition | null; problems: ConditionProblem[] } {
  const problems: ConditionProblem[] = [];
  const walk = (node: unknown, at: Path, depth: number): Condition | null => {
    if (depth > MAX_CONDITION_DEPTH) {
      problems.push(problem(at, 'tooDeep', { depth: MAX_CONDITION_DEPTH }));
      return null;
    }
    if (typeof node === 'string') {
      problems.push(textCondition(node, at));
      return null;
    }
    if (!isRecord(node)) {
      problems.push(problem(at, 'shape'));
      return null;
    }
    const keys = Object.keys(node);
    for (const group of ['all', 'any'] as const) {
      if (!(group in node)) continue;
      if (keys.length !== 1) {
        problems.push(problem(at, 'alone', { group, others: keys.filter((key) => key !== group) }));
        return null;
      }
      const list = node[group];
      if (!Array.isArray(list)) {
        problems.push(problem([...at, group], 'groupList', { group }));
        return null;
      }
      const items = list.map((item, index) => walk(item, [...at, group, index], depth + 1));
      if (items.some((item) => item === null)) return null;
      return group === 'all' ? { all: items as Condition[] } : { any: items as Condition[] };
    }
    if ('not' in node) {
      if (keys.length !== 1) {
        problems.push(problem(at, 'alone', { group: 'not', others: keys.filter((key) => key !== 'not') }));
        return null;
      }
      const inner = walk(node.not, [...at, 'not'], depth + 1);
      return inner === null ? null : { not: inner };
    }
    if (!('fact' in node)) {
      problems.push(problem(at, 'shape'));
      return null;
    }
    const extra = keys.filter((key) => !['fact', 'op', 'value'].includes(key));
    if (extra.length > 0) {
      problems.push(problem([...at, extra[0]!], 'unknownKey', { key: excerpt(extra[0]) }));
      return null;
    }
    if (typeof node.fact !== 'string' || !FACT_NAME.test(node.fact)) {
      problems.push(problem([...at, 'fact'], 'factName', { value: excerpt(node.fact) }));
      return null;
    }
    // `op: true` unquoted in YAML arrives as a boolean; accept it as the operator name.
    const opRaw: unknown = typeof node.op === 'boolean' ? String(node.op) : node.op;
    if (opRaw === undefined) {
      problems.push(problem(at, 'missingOp', { ops: OPS }));
      return null;
    }
    if (typeof opRaw !== 'string' || !(OPS as readonly string[]).includes(opRaw)) {
      problems.push(problem([...at, 'op'], 'unknownOp', { op: excerpt(opRaw), ops: OPS }));
      return null;
    }
    const value = node.value;
    if (value !== undefined && !isScalar(value) && !(Array.isArray(value) && value.every(isScalar))) {
      problems.push(problem([...at, 'value'], 'valueType'));
      return null;
    }
    const op = opRaw as Op;
    if (catalogue) problems.push(...checkFact(node.fact, op, value, catalogue, at));
    return value === undefined ? { fact: node.fact, op } : { fact: node.fact, op, value: value as Scalar | Scalar[] };
  };
  const condition = walk(raw, path, 1);
  return { condition: problems.length > 0 ? null : condition, problems };
}
