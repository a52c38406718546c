/**
 * PostgreSQL's dialect: SQLite-flavoured SQL rewritten for PostgreSQL 14+
 * (docs/postgres.md, "Dialects"). The rewrite is textual and covers the
 * forms acct's statements use, not SQL at large:
 *
 * - parameters: `?` and named `@id`/`:id`/`$id` become `$1`, `$2`…;
 * - `INSERT OR IGNORE` becomes `INSERT … ON CONFLICT DO NOTHING`;
 * - `INDEXED BY x` and `NOT INDEXED` (SQLite's planner hints) go;
 * - `iif`, `group_concat`, `json_extract`, `json_each` (of an array), `char`, `instr`, `ifnull`,
 *   two-argument `min`/`max` become CASE, string_agg, #>>, json_array_elements_text, chr, strpos,
 *   coalesce, LEAST/GREATEST;
 * - `a IS b` / `a IS NOT b` between values become IS [NOT] DISTINCT FROM;
 * - `LIKE` becomes `ILIKE` (SQLite's LIKE ignores ASCII case);
 * - a mixed-case alias (`AS externalId`) is quoted, so PostgreSQL keeps its case.
 *
 * String literals and quoted identifiers are never touched.
 */
import type { Dialect } from '../dialect.js';

export interface Translated {
  text: string;
  /** For named parameters: the name of each `$n`, in order; empty for positional ones. */
  names: string[];
  /** How many positional parameters (`?`) the text had. */
  positional: number;
}

const PLACEHOLDER = /\u0000(\d+)\u0000/g;

/** Replaces string literals, quoted identifiers and comments with markers; returns the code and the pieces. */
function mask(sql: string): { code: string; pieces: string[] } {
  const pieces: string[] = [];
  let code = '';
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i]!;
    if (ch === "'" || ch === '"') {
      let j = i + 1;
      for (;;) {
        if (j >= sql.length) break;
        if (sql[j] === ch) {
          if (sql[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      pieces.push(sql.slice(i, j + 1));
      code += `\u0000${pieces.length - 1}\u0000`;
      i = j + 1;
    } else if (ch === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      i = end === -1 ? sql.length : end;
    } else {
      code += ch;
      i++;
    }
  }
  return { code, pieces };
}

const unmask = (code: string, pieces: string[]): string =>
  code.replace(PLACEHOLDER, (_, n: string) => pieces[Number(n)]!);

/** The arguments of the call whose `(` is at `open`, split at top-level commas, and the index after `)`. */
function callArgs(code: string, open: number): { args: string[]; end: number } | undefined {
  let depth = 0;
  let start = open + 1;
  const args: string[] = [];
  for (let i = open; i < code.length; i++) {
    const ch = code[i];
    if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth === 0) {
        args.push(code.slice(start, i).trim());
        return { args, end: i + 1 };
      }
    } else if (ch === ',' && depth === 1) {
      args.push(code.slice(start, i).trim());
      start = i + 1;
    }
  }
  return undefined;
}

/** A JSON path like `$.a.b` or `$.a[0]` as PostgreSQL's text-array path `{a,b}` / `{a,0}`. */
function jsonPath(literal: string): string | undefined {
  const path = /^'\$((?:\.[A-Za-z_]\w*|\[\d+\])*)'$/.exec(literal)?.[1];
  if (path === undefined) return undefined;
  const keys = [...path.matchAll(/\.([A-Za-z_]\w*)|\[(\d+)\]/g)].map((m) => m[1] ?? m[2]);
  return `'{${keys.join(',')}}'`;
}

type Rewrite = (args: string[], pieces: string[]) => string | undefined;

const FUNCTIONS: Record<string, Rewrite> = {
  iif: (args) => (args.length === 3 ? `(CASE WHEN ${args[0]} THEN ${args[1]} ELSE ${args[2]} END)` : undefined),
  group_concat: (args) =>
    args.length === 1
      ? `string_agg((${args[0]})::text, ',')`
      : args.length === 2
        ? `string_agg((${args[0]})::text, ${args[1]})`
        : undefined,
  json_extract: (args, pieces) => {
    if (args.length !== 2) return undefined;
    const literal = /^\u0000(\d+)\u0000$/.exec(args[1]!);
    const path = literal ? jsonPath(pieces[Number(literal[1])]!) : undefined;
    return path ? `((${args[0]})::jsonb #>> ${path})` : undefined;
  },
  json_each: (args) => (args.length === 1 ? `json_array_elements_text(${args[0]})` : undefined),
  char: (args) => (args.length === 1 ? `chr(${args[0]})` : undefined),
  instr: (args) => (args.length === 2 ? `strpos(${args[0]}, ${args[1]})` : undefined),
  ifnull: (args) => (args.length === 2 ? `coalesce(${args[0]}, ${args[1]})` : undefined),
  min: (args) => (args.length > 1 ? `LEAST(${args.join(', ')})` : undefined),
  max: (args) => (args.length > 1 ? `GREATEST(${args.join(', ')})` : undefined),
};

const FUNCTION_NAMES = `\\b(${Object.keys(FUNCTIONS).join('|')})\\s*\\(`;

/** Rewrites the calls FUNCTIONS knows, innermost arguments included. */
function rewriteFunctions(code: string, pieces: string[]): string {
  let out = '';
  let i = 0;
  // One RegExp per call: the recursion below must not move this loop's lastIndex.
  const FUNCTION_CALL = new RegExp(FUNCTION_NAMES, 'gi');
  for (let m = FUNCTION_CALL.exec(code); m; m = FUNCTION_CALL.exec(code)) {
    // A column or alias named like a function (`t.max(`) is not a call of it.
    if (m.index > 0 && /[\w.]/.test(code[m.index - 1]!)) continue;
    const open = m.index + m[0].length - 1;
    const call = callArgs(code, open);
    if (!call) continue;
    const args = call.args.map((arg) => rewriteFunctions(arg, pieces));
    const rewritten = FUNCTIONS[m[1]!.toLowerCase()]!(args, pieces);
    if (rewritten === undefined) continue;
    out += code.slice(i, m.index) + rewritten;
    i = call.end;
    FUNCTION_CALL.lastIndex = call.end;
  }
  return out + code.slice(i);
}

const CLAUSE_WORDS = new Set(
  'WHERE GROUP ORDER LIMIT UNION JOIN LEFT RIGHT INNER CROSS FULL ON HAVING WINDOW EXCEPT INTERSECT'.split(' '),
);

/** PostgreSQL before 16 wants an alias on every subquery in FROM; SQLite does not. */
function aliasSubqueries(code: string): string {
  let out = code;
  let n = 0;
  const pattern = /\b(?:FROM|JOIN)\s*\(\s*(?:SELECT|WITH)\b/gi;
  for (let m = pattern.exec(out); m; m = pattern.exec(out)) {
    const open = out.indexOf('(', m.index);
    const call = callArgs(out, open);
    if (!call) break;
    const next = /^\s*([A-Za-z_]\w*)?/.exec(out.slice(call.end))![1];
    if (next === undefined || CLAUSE_WORDS.has(next.toUpperCase())) {
      out = `${out.slice(0, call.end)} AS _q${++n}${out.slice(call.end)}`;
    }
    pattern.lastIndex = open + 1;
  }
  return out;
}

/** Splits at top-level semicolons (statements of a script). */
function statements(code: string): string[] {
  return code
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function translateStatement(code: string, pieces: string[], params: { names: string[]; positional: number }): string {
  let sql = code;
  let ignore = false;
  sql = sql.replace(/\bINSERT\s+OR\s+IGNORE\s+INTO\b/i, () => {
    ignore = true;
    return 'INSERT INTO';
  });
  sql = sql.replace(/\bINDEXED\s+BY\s+\w+/gi, '').replace(/\bNOT\s+INDEXED\b/gi, '');
  sql = rewriteFunctions(sql, pieces);
  sql = aliasSubqueries(sql);
  sql = sql.replace(/\bIS\s+NOT\s+(?!NULL\b|DISTINCT\b|TRUE\b|FALSE\b)/gi, 'IS DISTINCT FROM ');
  sql = sql.replace(/\bIS\s+(?!NOT\b|NULL\b|DISTINCT\b|TRUE\b|FALSE\b)/gi, 'IS NOT DISTINCT FROM ');
  sql = sql.replace(/\bLIKE\b/gi, 'ILIKE');
  // PostgreSQL folds an unquoted alias to lower case; SQLite keeps `AS externalId` as written.
  sql = sql.replace(/\bAS\s+((?=\w*[a-z])(?=\w*[A-Z])[A-Za-z_]\w*)\b/g, 'AS "$1"');
  sql = sql.replace(/(?<![:\w$])(?:\?|[@:$]([A-Za-z_]\w*))/g, (_, name: string | undefined) => {
    if (name === undefined) return `$${++params.positional}`;
    let index = params.names.indexOf(name);
    if (index === -1) index = params.names.push(name) - 1;
    return `$${index + 1}`;
  });
  if (ignore) {
    const returning = /\bRETURNING\b/i.exec(sql);
    sql = returning
      ? `${sql.slice(0, returning.index)}ON CONFLICT DO NOTHING ${sql.slice(returning.index)}`
      : `${sql} ON CONFLICT DO NOTHING`;
  }
  return sql;
}

/** Rewrites one statement or a script of them; a script must not take parameters. */
export function translate(sql: string): Translated {
  const { code, pieces } = mask(sql);
  const params = { names: [] as string[], positional: 0 };
  const parts = statements(code).map((statement) => translateStatement(statement, pieces, params));
  if (params.names.length > 0 && params.positional > 0) {
    throw new Error('a statement mixes ? and named parameters');
  }
  return { text: unmask(parts.join(';\n'), pieces), names: params.names, positional: params.positional };
}

export const postgresDialect: Dialect = {
  name: 'postgres',
  asInt: (expr) => `(${expr})::int`,
  asText: (expr) => `(${expr})::text`,
  false: 'false',
};
