/**
 * CSV out, for `acct export` and rejects files: RFC 4180 with `,` and `"`,
 * quoting a cell that holds a comma, a quote or a line break, and one that
 * starts or ends with white space (so the space survives a re-import, which
 * trims unquoted cells). Hand-written for the export's hot loop; it writes
 * what csv-stringify wrote before (test/io/csv-write.test.ts compares them).
 */

/** A cell needs quotes: a comma, quote or line break anywhere, or white space at either end. */
const NEEDS_QUOTES = /[",\n\r]|^\s|\s$/;
const QUOTES = /"/g;

export function csvCell(text: string): string {
  if (text === '' || !NEEDS_QUOTES.test(text)) return text;
  return `"${text.indexOf('"') === -1 ? text : text.replace(QUOTES, '""')}"`;
}

/** One record without its line ending. */
export function csvLine(cells: readonly string[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += i === 0 ? csvCell(cells[i]!) : `,${csvCell(cells[i]!)}`;
  return line;
}
