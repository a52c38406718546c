/**
 * Semantic checks of a condition against a fact catalogue: unknown fact
 * names, operators that do not suit the fact's type, values outside a fact's
 * vocabulary. Works on the raw (YAML-parsed) value so every problem carries
 * the path of the offending node.
 */
import { closestMatches } from '../names.js';
import type { FactCatalogue } from './catalogue.js';
import { OPS, UNARY_OPS, parseShorthand, type Condition, type Op, type Scalar } from './conditions.js';

export type Path = (string | number)[];
export interface ConditionProblem {
  path: Path;
  message: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkFact(
  fact: string,
  op: Op,
  value: unknown,
  catalogue: FactCatalogue,
  path: Path,
  shorthand: boolean,
): ConditionProblem[] {
  const at = (key: string): Path => (shorthand ? path : [...path, key]);
  const spec = catalogue[fact];
  if (!spec) {
    const suggestions = closestMatches(fact, Object.keys(catalogue));
    const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((name) => `"${name}"`).join(' or ')}?` : '';
    return [{ path: at('fact'), message: `unknown fact "${fact}"${hint}` }];
  }
  const problems: ConditionProblem[] = [];
  if (UNARY_OPS.includes(op)) {
    if (value !== undefined) problems.push({ path: at('value'), message: `operator "${op}" takes no value` });
    return problems;
  }
  if (value === undefined) return [{ path: at('value'), message: `operator "${op}" needs a value` }];
  const items: unknown[] = Array.isArray(value) ? value : [value];
  switch (op) {
    case 'in':
    case 'nin':
      if (!Array.isArray(value))
        problems.push({ path: at('value'), message: `operator "${op}" needs a list value, e.g. [a, b]` });
      break;
    case 'has':
      if (spec.type !== 'list')
        problems.push({ path: at('op'), message: `operator "has" needs a list fact; "${fact}" is a ${spec.type}` });
      if (Array.isArray(value))
        problems.push({ path: at('value'), message: 'operator "has" takes one value, not a list' });
      break;
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      if (spec.type !== 'number')
        problems.push({ path: at('op'), message: `operator "${op}" needs a number fact; "${fact}" is a ${spec.type}` });
      if (typeof value !== 'number')
        problems.push({ path: at('value'), message: `operator "${op}" needs a number value` });
      return problems;
    case 'eq':
    case 'ne':
      if (Array.isArray(value))
        problems.push({ path: at('value'), message: `operator "${op}" takes one value; use "in" for a list` });
      if (spec.type === 'list')
        problems.push({ path: at('op'), message: `"${fact}" is a list; use "has", "in" or "nin"` });
      break;
  }
  for (const [index, item] of items.entries()) {
    const itemPath = shorthand ? path : Array.isArray(value) ? [...path, 'value', index] : [...path, 'value'];
    if (spec.type === 'boolean' && typeof item !== 'boolean') {
      problems.push({ path: itemPath, message: `"${fact}" is true or false, not ${JSON.stringify(item)}` });
    } else if (spec.type === 'number' && typeof item !== 'number') {
      problems.push({ path: itemPath, message: `"${fact}" is a number, not ${JSON.stringify(item)}` });
    } else if ((spec.type === 'string' || spec.type === 'list') && spec.values && !spec.values.includes(String(item))) {
      problems.push({
        path: itemPath,
        message: `${JSON.stringify(item)} is not a value of "${fact}"; allowed: ${spec.values.join(', ')}`,
      });
    }
  }
  return problems;
}

const SHAPE_HELP =
  'a condition is {fact, op, value}, {all: [...]}, {any: [...]}, {not: ...} or a "fact op value" string';

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
  const walk = (node: unknown, at: Path): Condition | null => {
    if (typeof node === 'string') {
      const parsed = parseShorthand(node);
      if (!parsed.ok) {
        problems.push({ path: at, message: parsed.message });
        return null;
      }
      if (catalogue)
        problems.push(
          ...checkFact(parsed.condition.fact, parsed.condition.op, parsed.condition.value, catalogue, at, true),
        );
      return parsed.condition;
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
      const items = list.map((item, index) => walk(item, [...at, group, index]));
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
      const inner = walk(node.not, [...at, 'not']);
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
        message: `unknown key "${extra[0]}" in condition; use fact, op and value`,
      });
      return null;
    }
    if (typeof node.fact !== 'string' || node.fact === '') {
      problems.push({ path: [...at, 'fact'], message: '"fact" must be a fact name' });
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
        message: `unknown operator ${JSON.stringify(opRaw)}; use one of ${OPS.join(', ')}`,
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
    if (catalogue) problems.push(...checkFact(node.fact, op, value, catalogue, at, false));
    return value === undefined ? { fact: node.fact, op } : { fact: node.fact, op, value: value as Scalar | Scalar[] };
  };
  const condition = walk(raw, path);
  return { condition: problems.length > 0 ? null : condition, problems };
}
