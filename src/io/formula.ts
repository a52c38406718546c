/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a cell that starts
 * with = + - @, a tab or a carriage return may be run as a formula by Excel
 * or LibreOffice. Where `;` is the list separator (much of Europe), a
 * spreadsheet also splits "a;=cmd" into two cells, so every `;`-separated
 * piece of a cell counts as a start, after optional spaces.
 *
 * Export puts an apostrophe before the risky character of each such piece
 * (spreadsheets show the piece as text); import removes it. A piece that
 * already has apostrophes before a risky character gets one more, so the
 * mapping is reversible for every string: unneutralise(neutralise(s)) === s.
 * Legitimate values such as "-5" or "+86 21 ..." are neutralised too and
 * come back exactly on import; `acct export --raw` leaves cells as they are.
 */

const SPACE = 32;
const APOSTROPHE = 39;

/** = + - @ tab CR: what a spreadsheet may take as the start of a formula. */
function isRisky(code: number): boolean {
  return code === 61 || code === 43 || code === 45 || code === 64 || code === 9 || code === 13;
}

/**
 * Where each piece of `cell` that starts (after spaces) with apostrophes and
 * a risky character has its first apostrophe or risky character; with
 * `marked`, only pieces that have at least one apostrophe there. A hand-
 * written scan: this runs on every cell of a million-row export or import.
 */
function riskyPieceStarts(cell: string, marked: boolean): number[] | null {
  let found: number[] | null = null;
  let start = 0;
  while (start <= cell.length) {
    let end = cell.indexOf(';', start);
    if (end === -1) end = cell.length;
    let i = start;
    while (i < end && cell.charCodeAt(i) === SPACE) i++;
    let j = i;
    while (j < end && cell.charCodeAt(j) === APOSTROPHE) j++;
    if (j < end && isRisky(cell.charCodeAt(j)) && (!marked || j > i)) (found ??= []).push(i);
    start = end + 1;
  }
  return found;
}

/** Cheap test for the common cell that needs no work at all. */
function mayNeedWork(cell: string): boolean {
  if (cell === '') return false;
  const first = cell.charCodeAt(0);
  return first === SPACE || first === APOSTROPHE || isRisky(first) || cell.indexOf(';') !== -1;
}

export function neutralise(cell: string): string {
  const at = mayNeedWork(cell) ? riskyPieceStarts(cell, false) : null;
  if (!at) return cell;
  let out = '';
  let from = 0;
  for (const index of at) {
    out += `${cell.slice(from, index)}'`;
    from = index;
  }
  return out + cell.slice(from);
}

export function unneutralise(cell: string): string {
  const at = mayNeedWork(cell) ? riskyPieceStarts(cell, true) : null;
  if (!at) return cell;
  let out = '';
  let from = 0;
  for (const index of at) {
    out += cell.slice(from, index);
    from = index + 1;
  }
  return out + cell.slice(from);
}
