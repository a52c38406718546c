/**
 * Semantic checks of a condition against a fact catalogue: unknown fact
 * names, operators that do not suit the fact's type, values outside a fact's
 * vocabulary. Works on the raw (YAML-parsed) value so every problem carries
 * the path of the offending node. Which operator suits which fact type is
 * documented in conditions.ts and docs/playbooks.md §Operators.
 *
 * Messages quote what the file says only through excerpt(): a hostile or
 * broken file can make acct name the offending text, never echo all of it.
 */
import { closestMatches } from '../names.js';
import type { FactCatalogue, FactType } from './catalogue.js';
import { MAX_CONDITION_DEPTH, OPS, UNARY_OPS, type Condition, type Op, type Scalar } from './conditions.js';

export type Path = (string | number)[];
export interface ConditionProblem {
  path: Path;
  message: string;
}

/** Ends an "unknown fact" message that has no close name to suggest. */
export const FACTS_HINT = '; `acct playbook facts` lists them';

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

/** At most `max` items of a vocabulary, for "allowed: ..." hints. */
function listSome(values: readonly string[], max = 12): string {
  const shown = values.slice(0, max).map((value) => (value.length > 40 ? excerpt(value) : value));
  return values.length > max ? `${shown.join(', ')} and ${values.length - max} more` : shown.join(', ');
}

const FACT_NAME = /^[A-Za-z][A-Za-z0-9]*$/;
/** Longer names get no "did you mean": edit distance is quadratic in the length. */
const SUGGEST_MAX_LENGTH = 64;

const TYPE_WORDS: Record<FactType, string> = {
  string: 'a text fact',
  number: 'a number fact',
  boolean: 'a yes/no fact',
  list: 'a list fact',
};

/** Which operators suit each fact type; one way to say each thing (docs/playbooks.md §Operators). */
export const OPS_BY_TYPE: Readonly<Record<FactType, readonly Op[]>> = {
  string: ['eq', 'ne', 'in', 'nin', 'set', 'unset'],
  number: ['eq', 'ne', 'in', 'nin', 'gt', 'gte', 'lt', 'lte', 'set', 'unset'],
  boolean: ['true', 'false', 'eq', 'ne', 'set', 'unset'],
  list: ['has', 'true', 'false', 'set', 'unset'],
};

/** What to write instead of an operator that does not suit the fact's type. */
function insteadHint(op: Op, type: FactType): string {
  if (type === 'list' && (op === 'in' || op === 'nin'))
    return `; "has" takes one value: write { any: [...] } of "has" conditions for "any of", and put it under { not: ... } for "none of"`;
  if (type === 'list' && (op === 'eq' || op === 'ne'))
    return '; use "has" for one value, "true"/"false" for not empty/empty';
  if (type === 'boolean' && (op === 'in' || op === 'nin')) return '; use op: "true" or op: "false"';
  if ((type === 'string' || type === 'number') && op === 'has') return '; use "eq" for one value or "in" for a list';
  if ((type === 'string' || type === 'number') && (op === 'true' || op === 'false'))
    return '; use "set"/"unset", or "eq" with a value';
  return '';
}

function checkFact(fact: string, op: Op, value: unknown, catalogue: FactCatalogue, path: Path): ConditionProblem[] {
  const at = (key: string): Path => [...path, key];
  const spec = catalogue[fact];
  if (!spec) {
    const suggestions = fact.length <= SUGGEST_MAX_LENGTH ? closestMatches(fact, Object.keys(catalogue)) : [];
    const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((name) => `"${name}"`).join(' or ')}?` : '';
    return [
      {
        path: at('fact'),
        message: `unknown fact ${excerpt(fact)}${hint || FACTS_HINT}`,
      },
    ];
  }
  if (!OPS_BY_TYPE[spec.type].includes(op)) {
    return [
      {
        path: at('op'),
        message: `operator "${op}" does not suit "${fact}", ${TYPE_WORDS[spec.type]}; it takes ${OPS_BY_TYPE[spec.type].join(', ')}${insteadHint(op, spec.type)}`,
      },
    ];
  }
  if (UNARY_OPS.includes(op)) {
    return value === undefined ? [] : [{ path: at('value'), message: `operator "${op}" takes no value` }];
  }
  if (value === undefined) return [{ path: at('value'), message: `operator "${op}" needs a value` }];
  if ((op === 'in' || op === 'nin') && !Array.isArray(value))
    return [{ path: at('value'), message: `operator "${op}" needs a list value, e.g. [a, b]` }];
  if (op !== 'in' && op !== 'nin' && Array.isArray(value)) {
    const hint = op === 'has' ? '; for "any of", write { any: [...] } of "has" conditions' : '; use "in" for a list';
    return [{ path: at('value'), message: `operator "${op}" takes one value, not a list${hint}` }];
  }
  const problems: ConditionProblem[] = [];
  const items: unknown[] = Array.isArray(value) ? value : [value];
  for (const [index, item] of items.entries()) {
    const itemPath = Array.isArray(value) ? [...path, 'value', index] : [...path, 'value'];
    if (spec.type === 'boolean' && typeof item !== 'boolean') {
      problems.push({ path: itemPath, message: `"${fact}" is true or false, not ${excerpt(item)}` });
    } else if (spec.type === 'number' && typeof item !== 'number') {
      problems.push({ path: itemPath, message: `"${fact}" is a number, not ${excerpt(item)}` });
    } else if ((spec.type === 'string' || spec.type === 'list') && typeof item !== 'string') {
      problems.push({ path: itemPath, message: `"${fact}" holds text, not ${excerpt(item)}` });
    } else if ((spec.type === 'string' || spec.type === 'list') && spec.values && !spec.values.includes(String(item))) {
      problems.push({
        path: itemPath,
        message: `${excerpt(item)} is not a value of "${fact}"; allowed: ${listSome(spec.values)}`,
      });
    }
  }
  return problems;
}

const SHAPE_HELP = 'a condition is {fact, op, value}, {all: [...]}, {any: [...]} or {not: ...}';

/** The message for a condition written as text, the form acct no longer reads. */
function textConditionMessage(text: string): string {
  const docs = 'see docs/playbooks.md';
  // Only a short text gets a rewrite; splitting is linear either way.
  const words = text.length <= 200 ? text.trim().split(/\s+/) : [];
  const [fact, op, ...rest] = words;
  if (fact && op && FACT_NAME.test(fact) && (OPS as readonly string[]).includes(op)) {
    const value = rest.length > 0 ? `, value: ${rest.join(' ')}` : '';
    return `a condition is not text: write { fact: ${fact}, op: ${op}${value} } (${docs})`;
  }
  return `a condition is not text (${excerpt(text)}): write { fact: ..., op: ..., value: ... } (${docs})`;
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
      problems.push({ path: at, message: `condition nested more than ${MAX_CONDITION_DEPTH} levels deep` });
      return null;
    }
    if (typeof node === 'string') {
      problems.push({ path: at, message: textConditionMessage(node) });
      return null;
    }
    if (!isRecord(node)) {
      problems.push({ path: at, message: SHAPE_HELP });
      return null;
    }
    const keys = Object.keys(node);
    for (const group of ['all', 'any'] as const) {
      if (!(group in node)) continue;
      if (keys.length !== 1) {
        problems.push({
          path: at,
          message: `"${group}" must stand alone in its condition; found also ${keys.filter((key) => key !== group).join(', ')}`,
        });
        return null;
      }
      const list = node[group];
      if (!Array.isArray(list)) {
        problems.push({ path: [...at, group], message: `"${group}" takes a list of conditions` });
        return null;
      }
      const items = list.map((item, index) => walk(item, [...at, group, index], depth + 1));
      if (items.some((item) => item === null)) return null;
      return group === 'all' ? { all: items as Condition[] } : { any: items as Condition[] };
    }
    if ('not' in node) {
      if (keys.length !== 1) {
        problems.push({
          path: at,
          message: `"not" must stand alone in its condition; found also ${keys.filter((key) => key !== 'not').join(', ')}`,
        });
        return null;
      }
      const inner = walk(node.not, [...at, 'not'], depth + 1);
      return inner === null ? null : { not: inner };
    }
    if (!('fact' in node)) {
      problems.push({ path: at, message: SHAPE_HELP });
      return null;
    }
    const extra = keys.filter((key) => !['fact', 'op', 'value'].includes(key));
    if (extra.length > 0) {
      problems.push({
        path: [...at, extra[0]!],
        message: `unknown key ${excerpt(extra[0])} in condition; use fact, op and value`,
      });
      return null;
    }
    if (typeof node.fact !== 'string' || !FACT_NAME.test(node.fact)) {
      problems.push({
        path: [...at, 'fact'],
        message: `"fact" must be a fact name such as shareOfWallet, not ${excerpt(node.fact)}`,
      });
      return null;
    }
    // `op: true` unquoted in YAML arrives as a boolean; accept it as the operator name.
    const opRaw: unknown = typeof node.op === 'boolean' ? String(node.op) : node.op;
    if (opRaw === undefined) {
      problems.push({ path: at, message: `missing "op"; use one of ${OPS.join(', ')}` });
      return null;
    }
    if (typeof opRaw !== 'string' || !(OPS as readonly string[]).includes(opRaw)) {
      problems.push({
        path: [...at, 'op'],
        message: `unknown operator ${excerpt(opRaw)}; use one of ${OPS.join(', ')}`,
      });
      return null;
    }
    const value = node.value;
    if (value !== undefined && !isScalar(value) && !(Array.isArray(value) && value.every(isScalar))) {
      problems.push({
        path: [...at, 'value'],
        message: 'value must be a string, number, true/false or a list of those',
      });
      return null;
    }
    const op = opRaw as Op;
    if (catalogue) problems.push(...checkFact(node.fact, op, value, catalogue, at));
    return value === undefined ? { fact: node.fact, op } : { fact: node.fact, op, value: value as Scalar | Scalar[] };
  };
  const condition = walk(raw, path, 1);
  return { condition: problems.length > 0 ? null : condition, problems };
}
