/**
 * Tables and key/value blocks that fit the terminal. On a terminal, columns
 * are measured by display width (string-width: a Chinese character takes two
 * columns) and, when the row is wider than the terminal, the widest column
 * gives way first, free-text columns (`wrap: true`) before the others, the
 * way gh's table printer truncates its widest column. A free-text column
 * wraps inside its cell; any other column is cut with an ellipsis. Nothing
 * ever wraps into column 0. Piped, rows are tab-separated, so `cut -f` and
 * `awk -F'\t'` work, and nothing is cut.
 *
 * Every cell goes through `visible` before it is measured and coloured:
 * control characters and escape sequences show as `\x1b` and the like, and a
 * TAB or line break inside a value shows as `\t` / `\n`, so a row stays one
 * line and a plain record keeps its fields (src/render/safe-text.ts).
 */
import { createRequire } from 'node:module';
import { REQUIRE_ESM } from '../load-later.js';
import type { ChalkInstance } from 'chalk';
import type { Output } from './output.js';
import { markColour, stripMarkedColour, unmarkColour, visible, visibleLines } from './safe-text.js';

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
  /**
   * Optional colour for the terminal table, given the (possibly shortened)
   * plain text. It must only colour: every word is in `value`, so the table
   * reads the same without colour (NO_COLOR, --no-color, piped).
   */
  style?: (text: string, row: T, chalk: ChalkInstance) => string;
  align?: 'left' | 'right';
  /** Free text (notes, action texts, reasons): gives way first and wraps inside its cell. */
  wrap?: boolean;
}

/** Space between two columns. */
const GAP = 2;
/** A free-text column keeps at least this many columns before the others give way. */
const WRAP_FLOOR = 12;
/** A wide column that does not wrap (a name) keeps this many before free text narrows further. */
const MID_FLOOR = 16;
/** Any other column keeps its header, and at least this many columns, before the last resort. */
const CUT_FLOOR = 4;

export function cellText(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

export function tsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(visible).join('\t')).join('\n');
}

/**
 * string-width and wrap-ansi build an Intl.Segmenter and Unicode tables as
 * they load, a good part of `acct list`'s start-up (issue 10): they are
 * loaded, synchronously through require, when first needed. A Node without
 * require() of ES modules (before 20.19) loads them here, as it always did.
 */
interface WidthLibraries {
  stringWidth: typeof import('string-width').default;
  wrapAnsi: typeof import('wrap-ansi').default;
}
let libraries: WidthLibraries | undefined = REQUIRE_ESM
  ? undefined
  : { stringWidth: (await import('string-width')).default, wrapAnsi: (await import('wrap-ansi')).default };

function widthLibraries(): WidthLibraries {
  if (!libraries) {
    const require = createRequire(import.meta.url);
    libraries = {
      stringWidth: (require('string-width') as typeof import('string-width')).default,
      wrapAnsi: (require('wrap-ansi') as typeof import('wrap-ansi')).default,
    };
  }
  return libraries;
}

let segmenter: Intl.Segmenter | undefined;

/** Printable ASCII: one column per character, no need to measure. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * The width of text made only of printable ASCII, Latin-1, the symbols
 * acct draws with (arrows, bars, stars) and the common Chinese, Japanese and
 * Korean blocks, counted without string-width; -1 when some
 * character needs it (marks, emoji, controls, anything else). Loading
 * string-width and its first call cost ~130 ms, most of a table of Chinese
 * names (bench/RESULTS-report.md); a test checks every character counted
 * here against string-width.
 */
export function plainCjkWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (
      (code >= 0x20 && code <= 0x7e) ||
      (code >= 0xa1 && code <= 0xff && code !== 0xad) || // Latin-1 letters and signs (not the soft hyphen)
      (code >= 0x2010 && code <= 0x2027) || // dashes, quotes, bullets, …
      (code >= 0x2190 && code <= 0x2193) || // ← ↑ → ↓
      (code >= 0x2500 && code <= 0x259f) || // box drawing and the blocks of bars and sparklines
      code === 0x2605 ||
      code === 0x2606 // ★ ☆
    )
      width += 1;
    else if (
      (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
      (code >= 0x3400 && code <= 0x4dbf) || // extension A
      (code >= 0x3000 && code <= 0x3029) || // CJK punctuation (not its marks, not 〰 or 〽)
      (code >= 0x3041 && code <= 0x3096) || // hiragana
      (code >= 0x30a1 && code <= 0x30fa) || // katakana
      (code >= 0xac00 && code <= 0xd7a3) || // hangul syllables
      (code >= 0xff01 && code <= 0xff60) // fullwidth forms
    )
      width += 2;
    else return -1;
  }
  return width;
}

/** Columns `text` takes on a terminal (wide East Asian characters count two; colour codes none). */
export function displayWidth(text: string): number {
  const plain = stripMarkedColour(text);
  if (PRINTABLE_ASCII.test(plain)) return plain.length;
  const counted = plainCjkWidth(plain);
  if (counted >= 0) return counted;
  if (plain.length <= MEASURED_PIECE) return widthLibraries().stringWidth(plain);
  // string-width slows down far faster than the text grows (a 70,000-character line: 11 s), and
  // widths add up across a space, so a long line is measured a piece at a time.
  let width = 0;
  let piece = '';
  for (const word of plain.split(/(?<= )/)) {
    if (piece.length + word.length > MEASURED_PIECE && piece !== '') {
      width += widthLibraries().stringWidth(piece);
      piece = '';
    }
    piece += word;
  }
  return width + widthLibraries().stringWidth(piece);
}

/** Text up to this long is measured whole (see displayWidth). */
const MEASURED_PIECE = 512;

/** `text` cut to at most `width` columns, ending in "…" when something was cut. Plain text only. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  segmenter ??= new Intl.Segmenter();
  for (const { segment } of segmenter.segment(text)) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** A line in at most one colour: the opening code, the text, the closing code. */
const ONE_COLOUR = /^(\x1b\[[0-9;]*m)?([^\x1b]*?)(\x1b\[[0-9;]*m)?$/;

/**
 * wrap-ansi's `{ hard: true, trim: true }` wrapping of a line whose text
 * plainCjkWidth can count and whose words all fit, done without loading
 * string-width (a long "also" line: 165 ms through wrap-ansi, see
 * bench/RESULTS-report.md); null for any other line. The steps follow
 * wrap-ansi's own, and a test compares the two on many lines.
 */
export function wrapPlainLine(line: string, columns: number): string | null {
  const parts = ONE_COLOUR.exec(line);
  if (!parts) return null;
  const open = parts[1] ?? '';
  const text = parts[2]!;
  const close = parts[3] ?? '';
  if (plainCjkWidth(text) < 0 || columns < 1) return null;
  if (text.trim() === '') return open === '' && close === '' ? '' : null;
  const rows = [''];
  let rowLength = 0;
  // wrap-ansi's first row starts with the opening code, which is not white space: it is never trimmed.
  let trimmedRow = open === '' ? -1 : 0;
  const words = text.split(' ');
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const width = plainCjkWidth(word);
    if (width > columns) return null; // broken inside the word: wrap-ansi's rules
    const last = rows.length - 1;
    if (trimmedRow !== last) {
      const trimmed = rows[last]!.trimStart();
      if (trimmed.length !== rows[last]!.length) {
        rows[last] = trimmed;
        rowLength = plainCjkWidth(trimmed);
      }
      if (trimmed.length > 0) trimmedRow = last;
    }
    if (i > 0 && rowLength > 0) {
      rows[rows.length - 1] += ' ';
      rowLength++;
    }
    if (rowLength + width > columns && rowLength > 0 && width > 0) {
      rows.push('');
      rowLength = 0;
    }
    rows[rows.length - 1] += word;
    rowLength += width;
  }
  return rows.map((row) => open + row.replace(/ +$/, '') + close).join('\n');
}

/**
 * Plain text wrapped to `width` columns by display width, at spaces where it
 * can, inside a word only when the word alone is wider (Chinese text has no
 * spaces). Line breaks in the text are kept. Returns the lines.
 */
export function wrapLines(text: string, width: number): string[] {
  // Controls from data escaped first, so every escape wrap-ansi sees is acct's own colour (safe-text.ts).
  const safe = unmarkColour(visibleLines(text));
  if (width <= 0) return [markColour(safe)];
  return safe.split('\n').flatMap((line) => {
    // Leading spaces (an aligned number) are kept, and continuation lines hang under them.
    const lead = /^ */.exec(line)![0].slice(0, Math.max(0, width - 1));
    const rest = line.slice(lead.length);
    const wrapped =
      wrapPlainLine(rest, width - lead.length) ??
      widthLibraries().wrapAnsi(rest, width - lead.length, { hard: true, trim: true });
    return markColour(wrapped)
      .split('\n')
      .map((part) => lead + part);
  });
}

/**
 * The last guard for a terminal (Output.data): a line of prose wider than
 * `width` (a hint naming a long account, a footer) wraps at its spaces,
 * keeping its indentation. Tables and blocks already fit and pass unchanged.
 */
export function fitToWidth(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) =>
      // A column holds at most two per UTF-16 unit: short lines need no measuring.
      line.length * 2 <= width || displayWidth(line) <= width ? line : wrapLines(line, width).join('\n'),
    )
    .join('\n');
}

/** `text` wrapped to the terminal's width, every line starting with `indent`. */
export function wrapText(text: string, width: number, indent = ''): string {
  const room = Math.max(width - displayWidth(indent), 10);
  return wrapLines(text, room)
    .map((line) => `${indent}${line}`)
    .join('\n');
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * Column widths that fit `available`. `floors[i][pass]` is how narrow column
 * i may get in each pass; each pass takes one column at a time from the
 * widest column still above its floor, until the row fits.
 */
export function fitWidths(
  natural: readonly number[],
  floors: readonly (readonly number[])[],
  available: number,
): number[] {
  const widths = [...natural];
  const total = () => widths.reduce((sum, w) => sum + w, 0) + GAP * Math.max(0, widths.length - 1);
  const passes = Math.max(0, ...floors.map((f) => f.length));
  for (let pass = 0; pass < passes; pass++) {
    while (total() > available) {
      let widest = -1;
      for (let i = 0; i < widths.length; i++) {
        if (widths[i]! > floors[i]![pass]! && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
      }
      if (widest < 0) break;
      widths[widest]! -= 1;
    }
  }
  return widths;
}

export function renderTable<T>(output: Output, columns: readonly Column<T>[], rows: readonly T[]): string {
  if (output.mode !== 'table') {
    return tsv(rows.map((row) => columns.map((column) => cellText(column.value(row)))));
  }
  const cells = rows.map((row) => columns.map((column) => visible(cellText(column.value(row)))));
  const headers = columns.map((column) => visible(column.header));
  const natural = columns.map((_, i) =>
    Math.max(displayWidth(headers[i]!), ...cells.map((row) => displayWidth(row[i]!))),
  );
  // Free text gives way first, wrapping down to a quarter of the screen (more lines lose
  // nothing); then wide columns are cut to MID_FLOOR, free text wraps down to WRAP_FLOOR,
  // other columns are cut to their header, free text too, and as a last resort anything to 1.
  const floors = columns.map((column, i): number[] => {
    const keep = Math.min(natural[i]!, Math.max(displayWidth(headers[i]!), CUT_FLOOR));
    if (!column.wrap) {
      const mid = Math.min(natural[i]!, Math.max(keep, MID_FLOOR));
      return [natural[i]!, mid, mid, keep, keep, 1];
    }
    const quarter = Math.min(natural[i]!, Math.max(keep, Math.floor(output.width / 4)));
    const narrow = Math.min(natural[i]!, Math.max(keep, WRAP_FLOOR));
    return [quarter, quarter, narrow, narrow, keep, 1];
  });
  const widths = fitWidths(natural, floors, output.width);
  const line = (parts: string[]) => parts.join(' '.repeat(GAP)).replace(/ +$/, '');
  const lines: string[] = [
    line(
      headers.map((header, i) => {
        const text = pad(truncate(header, widths[i]!), widths[i]!, columns[i]!.align ?? 'left');
        return output.color ? output.chalk.bold(text) : text;
      }),
    ),
  ];
  rows.forEach((row, r) => {
    // A cell is one or more lines: wrapped free text, or the text cut to fit.
    const blocks = columns.map((column, i) => {
      const text = cells[r]![i]!;
      return column.wrap && displayWidth(text) > widths[i]!
        ? wrapLines(text, widths[i]!)
        : [truncate(text, widths[i]!)];
    });
    const height = Math.max(...blocks.map((block) => block.length));
    for (let k = 0; k < height; k++) {
      lines.push(
        line(
          columns.map((column, i) => {
            const text = blocks[i]![k] ?? '';
            const padded = pad(text, widths[i]!, column.align ?? 'left');
            if (!column.style || !output.color || text === '') return padded;
            // Colour the text, not the padding, so the width stays what was measured.
            const styled = column.style(text, row, output.chalk);
            return column.align === 'right'
              ? padded.slice(0, padded.length - text.length) + styled
              : styled + padded.slice(text.length);
          }),
        ),
      );
    }
  });
  return lines.join('\n');
}

/**
 * "key: value" lines for a single record; aligned on a terminal and wrapped
 * to its width, the value's continuation lines indented under the value;
 * tab-separated when piped. A multi-line value (notes) keeps its line
 * breaks; every other control in it is made visible. A pair with an empty
 * key continues the value above it (a list under one key).
 */
export function renderFields(
  output: Output,
  pairs: readonly (readonly [string, string | number | null | undefined])[],
): string {
  const present = pairs.filter(([, value]) => value !== null && value !== undefined && value !== '');
  if (output.mode !== 'table') {
    return tsv(present.filter(([key]) => key !== '').map(([key, value]) => [key, cellText(value)]));
  }
  if (present.length === 0) return '';
  const keyWidth = Math.min(
    Math.max(...present.map(([key]) => displayWidth(visible(key)))),
    Math.max(8, Math.floor(output.width / 3)),
  );
  const indent = ' '.repeat(keyWidth + GAP);
  const room = Math.max(output.width - keyWidth - GAP, 10);
  return present
    .map(([key, value]) => {
      const text = visibleLines(cellText(value)).replace(/\t/g, '\\t');
      const [first = '', ...rest] = wrapLines(text, room);
      const label = pad(truncate(visible(key), keyWidth), keyWidth, 'left');
      return [
        `${output.color ? output.chalk.dim(label) : label}${' '.repeat(GAP)}${first}`,
        ...rest.map((l) => indent + l),
      ]
        .join('\n')
        .replace(/ +$/gm, '');
    })
    .join('\n');
}

/**
 * A section heading, wrapped to the terminal's width rather than cut: a title
 * such as `acct today`'s carries its counts at the end. Its text (often a
 * name) is made visible before it is styled.
 */
export function heading(output: Output, text: string): string {
  if (output.mode !== 'table') return `# ${visible(text)}`;
  const lines = wrapLines(visible(text), output.width);
  return lines.map((line) => (output.color ? output.chalk.bold.underline(line) : line)).join('\n');
}
