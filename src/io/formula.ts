/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a cell that starts
 * with = + - or @ is run as a formula by Excel. Export prefixes such cells
 * with an apostrophe, which spreadsheets show as text; import removes it.
 * Cells that already start with apostrophes before such a character get one
 * more, so the mapping is reversible for every string:
 * unneutralise(neutralise(s)) === s.
 */

const RISKY = /^'*[=+\-@]/;

export function neutralise(cell: string): string {
  return RISKY.test(cell) ? `'${cell}` : cell;
}

export function unneutralise(cell: string): string {
  return cell.charCodeAt(0) === 39 /* ' */ && RISKY.test(cell) && cell.length > 1 ? cell.slice(1) : cell;
}
