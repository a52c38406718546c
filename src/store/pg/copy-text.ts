/**
 * COPY's text format (docs/postgres.md, "Bulk writes"): one line a row,
 * columns separated by tabs, NULL as `\N`; a backslash, tab, line feed or
 * carriage return inside a value is escaped, so any text survives (an empty
 * string stays empty, not NULL). Numbers go as JavaScript writes them,
 * which PostgreSQL's float8 and integer input read back exactly.
 */

const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One value as a COPY text field. */
export function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') return SPECIAL.test(value) ? value.replace(SPECIALS, (c) => ESCAPES[c]!) : value;
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

/** One row as a COPY text line, with its line feed. */
export function copyLine(values: readonly unknown[]): string {
  let line = copyField(values[0]);
  for (let i = 1; i < values.length; i++) line += '\t' + copyField(values[i]);
  return line + '\n';
}
