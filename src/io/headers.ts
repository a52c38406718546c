/**
 * Maps the columns of an imported file to our record fields.
 *
 * Headers in the wild differ from our field names in case, spacing,
 * punctuation, width (full-width Ｎａｍｅ from Chinese IMEs) and language, so
 * matching normalises both sides and consults a caller-supplied alias table,
 * then applies the user's `--map column=field` / `--mapping FILE` overrides.
 * Columns that map to nothing and fields claimed twice are returned so the
 * importer can report them instead of guessing.
 */

import { createRequire } from 'node:module';
import { t } from '../i18n/index.js';

/**
 * The YAML library, loaded on the first --mapping file: an import without one
 * does not compile it (~60 ms of start-up, issue 10 point 3). yaml is a
 * CommonJS package, so require() loads it synchronously.
 */
let yaml: typeof import('yaml') | undefined;
function parseYaml(text: string): unknown {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return yaml.parse(text);
}

/** field → aliases (any spelling; they are normalised on use). */
export type AliasTable = Readonly<Record<string, readonly string[]>>;

/** A column explicitly ignored via `--map "Column="` or `Column: null` / `"-"` in a mapping file. */
export const IGNORE = null;

/** column (as written by the user) → field, or null to ignore the column. */
export type MappingOverrides = Readonly<Record<string, string | null>>;

export interface HeaderDuplicate {
  field: string;
  /** Header names (as in the file) that all map to `field`. */
  columns: string[];
  /** Their 0-based indexes. */
  indexes: number[];
}

export interface HeaderMatch {
  /** Per column: the field it feeds, or null. */
  mapping: (string | null)[];
  /** Columns that map to nothing and were not explicitly ignored (to be reported). */
  unknown: string[];
  /** Columns the user ignored on purpose. */
  ignored: string[];
  /** Fields fed by two or more columns: a problem; only the first column is kept in `mapping`. */
  duplicates: HeaderDuplicate[];
  /** Override keys that matched no column, or named a field the type does not have. */
  badOverrides: string[];
  /**
   * Columns whose header names two fields (see AmbiguousTable): `mapping`
   * holds the first; resolveAmbiguous settles them by the column's values.
   */
  ambiguous: { index: number; candidates: readonly string[] }[];
}

/** header → the fields it may mean, most likely first (any spelling; normalised on use). */
export type AmbiguousTable = Readonly<Record<string, readonly string[]>>;

/** Normalise a header or alias: NFKC, lower-case, trimmed, spaces/underscores/hyphens/dots removed. */
export function normalizeHeader(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.\u00a0\u3000]+/g, '');
}

const lookupCache = new WeakMap<AliasTable, Map<string, string>>();

/** normalised alias → field for one table (field names match themselves). */
export function aliasLookup(table: AliasTable): Map<string, string> {
  let map = lookupCache.get(table);
  if (map) return map;
  map = new Map();
  // Field names first so an alias can never steal a field's own name.
  for (const field of Object.keys(table)) map.set(normalizeHeader(field), field);
  for (const [field, aliases] of Object.entries(table)) {
    for (const a of aliases) {
      const key = normalizeHeader(a);
      if (!map.has(key)) map.set(key, field);
    }
  }
  lookupCache.set(table, map);
  return map;
}

/**
 * Match header names against an alias table plus overrides.
 * Overrides are keyed by column name (matched normalised) and win over aliases;
 * their values must be field names of the table (or null to ignore).
 */
export function matchHeaders(
  headers: readonly string[],
  aliases: AliasTable,
  overrides: MappingOverrides = {},
  ambiguousHeaders: AmbiguousTable = {},
): HeaderMatch {
  const lookup = aliasLookup(aliases);
  const twoWay = new Map(Object.entries(ambiguousHeaders).map(([header, fields]) => [normalizeHeader(header), fields]));
  const ambiguous: HeaderMatch['ambiguous'] = [];
  const fields = new Map(Object.keys(aliases).map((f) => [normalizeHeader(f), f]));
  const ov = new Map<string, { key: string; field: string | null; used: boolean }>();
  const badOverrides: string[] = [];
  for (const [column, target] of Object.entries(overrides)) {
    let field: string | null = null;
    if (target !== null && target.trim() !== '' && target.trim() !== '-') {
      const f = fields.get(normalizeHeader(target)) ?? lookup.get(normalizeHeader(target));
      if (!f) {
        badOverrides.push(column);
        continue;
      }
      field = f;
    }
    ov.set(normalizeHeader(column), { key: column, field, used: false });
  }

  const mapping: (string | null)[] = [];
  const unknown: string[] = [];
  const ignored: string[] = [];
  headers.forEach((h, i) => {
    const key = normalizeHeader(h);
    const o = ov.get(key);
    let field: string | null;
    if (o) {
      o.used = true;
      field = o.field;
      if (field === null) ignored.push(h);
    } else if (twoWay.has(key)) {
      const candidates = twoWay.get(key)!;
      field = candidates[0]!;
      ambiguous.push({ index: i, candidates });
    } else {
      field = lookup.get(key) ?? null;
      if (field === null) unknown.push(h);
    }
    mapping.push(field);
  });
  for (const o of ov.values()) if (!o.used) badOverrides.push(o.key);
  return settleMatch(headers, mapping, unknown, ignored, badOverrides, ambiguous);
}

/** The duplicates of a mapping: fields fed by two or more columns (only the first keeps it). */
function settleMatch(
  headers: readonly string[],
  mapping: (string | null)[],
  unknown: string[],
  ignored: string[],
  badOverrides: string[],
  ambiguous: HeaderMatch['ambiguous'],
): HeaderMatch {
  const byField = new Map<string, number[]>();
  // A two-way column (等级 beside 关系层级) is not a duplicate yet: resolveAmbiguous gives it a free field.
  const unsettled = new Set(ambiguous.map((column) => column.index));
  mapping.forEach((field, i) => {
    if (field === null || unsettled.has(i)) return;
    const list = byField.get(field);
    if (list) list.push(i);
    else byField.set(field, [i]);
  });
  const duplicates: HeaderDuplicate[] = [];
  for (const [field, indexes] of byField) {
    if (indexes.length < 2) continue;
    duplicates.push({ field, indexes, columns: indexes.map((i) => headers[i]!) });
    for (const i of indexes.slice(1)) mapping[i] = null;
  }
  return { mapping, unknown, ignored, duplicates, badOverrides, ambiguous };
}

/**
 * Settles the ambiguous columns of a match by their values: each takes the
 * candidate field that `fits` most of the sampled values (the first
 * candidate on a tie), skipping fields another column already feeds; a
 * column none of whose values fits any candidate (or whose every candidate
 * another column feeds) is left unknown, to be reported rather than refused
 * row by row. `samples` are rows of the file.
 */
export function resolveAmbiguous(
  headers: readonly string[],
  match: HeaderMatch,
  samples: readonly (readonly string[])[],
  fits: (field: string, value: string) => boolean,
): HeaderMatch {
  if (match.ambiguous.length === 0) return match;
  const mapping = [...match.mapping];
  const unknown = [...match.unknown];
  const ambiguousAt = new Set(match.ambiguous.map((column) => column.index));
  const taken = new Set(mapping.filter((field, i): field is string => field !== null && !ambiguousAt.has(i)));
  for (const { index, candidates } of match.ambiguous) {
    const values = samples.map((row) => row[index]?.trim() ?? '').filter((value) => value !== '');
    const free = candidates.filter((field) => !taken.has(field));
    let best: string | null = free[0] ?? null;
    if (values.length > 0) {
      let bestCount = 0;
      best = null;
      for (const field of free) {
        const count = values.filter((value) => fits(field, value)).length;
        if (count > bestCount) [best, bestCount] = [field, count];
      }
    }
    mapping[index] = best;
    if (best === null) unknown.push(headers[index]!);
    else taken.add(best);
  }
  // Only free fields were chosen, so no new duplicates: the match's own stand.
  return { ...match, mapping, unknown, ambiguous: [] };
}

/** Edits (insert, delete, replace, swap of neighbours) from a to b: "Emial" is one typo from "email". */
function typoDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The field an unknown column most likely means: the field whose name or
 * alias is fewest edits away from the header (both normalised), within a
 * third of its length (a typo, not a different word), or null.
 */
export function closestField(header: string, aliases: AliasTable, ambiguous: AmbiguousTable = {}): string | null {
  const wanted = normalizeHeader(header);
  // A two-way header whose values fit neither field is still closest to the first it may mean.
  for (const [name, fields] of Object.entries(ambiguous)) if (normalizeHeader(name) === wanted) return fields[0]!;
  let best: string | null = null;
  let bestScore = 1 / 3;
  for (const [key, field] of aliasLookup(aliases)) {
    const score = typoDistance(wanted, key) / Math.max(wanted.length, key.length, 1);
    if (score <= bestScore && (best === null || score < bestScore)) {
      best = field;
      bestScore = score;
    }
  }
  return best;
}

/**
 * One line per unknown column (each named once, even when the file repeats
 * it), with the closest field and the --map that would use or silence it.
 */
export function unknownColumnWarnings(
  label: string,
  unknown: readonly string[],
  aliases: AliasTable,
  ambiguous: AmbiguousTable = {},
): string[] {
  return [...new Set(unknown)].map((column) => {
    const field = closestField(column, aliases, ambiguous);
    return t('io.headers.unknownColumn', { label, column, field });
  });
}

/** Parse one `--map column=field` value (split at the last '='; empty or '-' field = ignore). */
export function parseMapOption(spec: string): [column: string, field: string | null] {
  const at = spec.lastIndexOf('=');
  if (at <= 0) throw new Error(t('io.map.bad', { spec }));
  const column = spec.slice(0, at).trim();
  const field = spec.slice(at + 1).trim();
  if (!column) throw new Error(t('io.map.bad', { spec }));
  return [column, field === '' || field === '-' ? null : field];
}

/** Combine repeated `--map` options into overrides (later ones win). */
export function parseMapOptions(specs: readonly string[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const s of specs) {
    const [c, f] = parseMapOption(s);
    out[c] = f;
  }
  return out;
}

/**
 * Parse the text of a `--mapping FILE` (YAML or JSON; JSON is YAML): an
 * object of column → field, where null, '' or '-' ignores the column.
 * Throws Error with a readable message on anything else.
 */
export function parseMappingText(text: string): Record<string, string | null> {
  let data: unknown;
  try {
    data = parseYaml(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new Error(t('io.mapping.badYaml', { reason: (e as Error).message.split('\n')[0]! }));
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(t('io.mapping.notObject'));
  }
  const out: Record<string, string | null> = {};
  for (const [column, field] of Object.entries(data as Record<string, unknown>)) {
    if (field === null || field === '' || field === '-' || field === false) out[column] = null;
    else if (typeof field === 'string') out[column] = field.trim();
    else throw new Error(t('io.mapping.badField', { column, value: JSON.stringify(field) }));
  }
  return out;
}

/**
 * Guess the record type of a file from its headers: the type whose alias
 * table recognises the most distinct fields wins. A tie goes to the one tied
 * type whose required columns are all there (`required`: groups of fields,
 * one of each group needed), so "account, name" reads as contacts, not as an
 * activity log whose contact column is also called "name". Null when
 * nothing matches or the tie stands.
 */
export function guessType<T extends string>(
  headers: readonly string[],
  aliasTablesByType: Readonly<Record<T, AliasTable>>,
  required?: Readonly<Record<T, readonly (readonly string[])[]>>,
): T | null {
  const found = new Map<T, Set<string>>();
  for (const type of Object.keys(aliasTablesByType) as T[]) {
    const lookup = aliasLookup(aliasTablesByType[type]);
    const seen = new Set<string>();
    for (const h of headers) {
      const f = lookup.get(normalizeHeader(h));
      if (f) seen.add(f);
    }
    found.set(type, seen);
  }
  const best = Math.max(0, ...[...found.values()].map((seen) => seen.size));
  if (best === 0) return null;
  let top = [...found].filter(([, seen]) => seen.size === best);
  if (top.length > 1 && required) {
    top = top.filter(([type, seen]) => required[type].every((group) => group.some((field) => seen.has(field))));
  }
  return top.length === 1 ? top[0]![0] : null;
}
