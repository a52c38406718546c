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

/** Spaces, then a (possibly already neutralised) risky character: the apostrophe goes after the spaces. */
const RISKY_PIECE = /^( *)(?='*[=+\-@\t\r])/;
/** A neutralised piece: spaces, our apostrophe, then what neutralise saw. */
const NEUTRALISED_PIECE = /^( *)'(?='*[=+\-@\t\r])/;
/** Cheap test for the common cell that needs no work at all. */
const MAY_NEED_WORK = /^[ '=+\-@\t\r]|;/;

export function neutralise(cell: string): string {
  if (!MAY_NEED_WORK.test(cell)) return cell;
  return cell
    .split(';')
    .map((piece) => piece.replace(RISKY_PIECE, (_, spaces: string) => `${spaces}'`))
    .join(';');
}

export function unneutralise(cell: string): string {
  if (!MAY_NEED_WORK.test(cell)) return cell;
  return cell
    .split(';')
    .map((piece) => piece.replace(NEUTRALISED_PIECE, (_, spaces: string) => spaces))
    .join(';');
}
