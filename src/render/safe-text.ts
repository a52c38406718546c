/**
 * Text from data or arguments never reaches a terminal as a control
 * sequence (docs/domain.md is the data; this is how it is shown). Names,
 * notes, file names, values echoed in errors can hold ESC, BEL, 8-bit C1
 * controls or bidi overrides ("Trojan Source"); printed raw they would clear
 * the screen, set the window title, write the clipboard (OSC 52), plant
 * hyperlinks (OSC 8) or reorder what the reader sees. Here they become
 * visible escapes instead: ESC -> `\x1b`, U+009B -> `\x9b`, U+202E -> `\u202e`.
 *
 * Where each function is used:
 * - `visible`: one-line places: table cells, tab-separated fields, key/value
 *   values, headings, messages and error lines, prompt texts. TAB, LF and CR
 *   become `\t`, `\n`, `\r` too, so a value never breaks a row, a record of
 *   plain output or an error line, and a CR cannot overwrite what came before.
 * - `visibleLines`: blocks that may span lines (multi-line notes shown on a
 *   terminal, commander's messages): LF and TAB stay, CRLF becomes LF, every
 *   other control is escaped.
 * - `terminalSafe`: the last guard at Output.data, after rendering: keeps LF
 *   and TAB and escapes every other control, ESC included, so even a value a
 *   renderer forgot to make visible cannot act on the terminal, colour codes
 *   in it too. acct's own colour survives because it is not written as ESC
 *   while rendering: Output's chalk writes a per-process random mark in place
 *   of ESC (`markColour`), data cannot know the mark, and only after the
 *   escaping does `terminalSafe` turn marked SGR codes back into ESC.
 * - `safeJson`: JSON that parses to exactly the same data but carries DEL, C1
 *   and bidi controls as \u escapes (JSON.stringify escapes only U+0000–U+001F).
 * - `escapeHtml`: for HTML output: controls made visible (LF, TAB kept), then
 *   & < > " ' as entities.
 *
 * A backslash in data is shown as it is: `visible` is for reading, not a
 * reversible encoding (ask for --json or a CSV export for exact values).
 */

/** C0 controls, DEL, C1 controls, bidi embeddings/overrides/isolates, line/paragraph separators. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const UNSAFE_EXCEPT_LINES = /\r\n|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
/** Every control but LF and TAB, ESC included: what terminalSafe escapes. */
const UNSAFE_BUT_LF_TAB = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * Stands for ESC in acct's own colour codes until the output is written:
 * four private-use characters chosen at random per process, so text from
 * data cannot contain it by design, only by a 1-in-2^50 accident.
 */
const MARK = Array.from(crypto.getRandomValues(new Uint16Array(4)), (n) =>
  String.fromCharCode(0xe000 + (n % 0x1900)),
).join('');
/** A marked Select Graphic Rendition code, `MARK [ params m`: colour, bold, dim, underline. */
const MARKED_SGR = new RegExp(`${MARK}(\\[[0-9;]*m)`, 'g');
const NOT_JSON_ESCAPED = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
/** Non-global twins for the common case, text with nothing to escape: a test is much cheaper than a replace. */
const HAS_UNSAFE = new RegExp(UNSAFE.source);
const HAS_NOT_JSON_ESCAPED = new RegExp(NOT_JSON_ESCAPED.source);

const SHORT: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

const hex = (code: number, digits: number): string => code.toString(16).padStart(digits, '0');

/** One control character as readable text: `\t`, `\x1b`, `\x9b`, `\u202e`. */
export function escapeChar(char: string): string {
  const short = SHORT[char];
  if (short) return short;
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
}

/** For one-line places: every control character, including TAB and line breaks, as a visible escape. */
export function visible(text: string): string {
  return HAS_UNSAFE.test(text) ? text.replace(UNSAFE, escapeChar) : text;
}

/** For text that may span lines: LF and TAB stay (CRLF becomes LF); every other control is escaped. */
export function visibleLines(text: string): string {
  if (!HAS_UNSAFE.test(text)) return text;
  return text.replace(UNSAFE_EXCEPT_LINES, (match) => (match === '\r\n' ? '\n' : escapeChar(match)));
}

/**
 * The guard for rendered text: LF and TAB pass, every other control is
 * escaped (ESC too, so colour codes from data show as text), and then
 * acct's own marked colour codes become real SGR codes.
 */
export function terminalSafe(text: string): string {
  return unmarkColour(text.replace(UNSAFE_BUT_LF_TAB, escapeChar));
}

/** acct's own colour codes (from Output's chalk) with ESC replaced by the mark. */
export function markColour(text: string): string {
  return text.includes('\x1b') ? text.replaceAll('\x1b', MARK) : text;
}

/** Marked colour codes as real SGR codes; call only on text whose controls were escaped. */
export function unmarkColour(text: string): string {
  return text.includes(MARK) ? text.replace(MARKED_SGR, '\x1b$1') : text;
}

/** Text without acct's marked colour codes, for measuring its width. */
export function stripMarkedColour(text: string): string {
  return text.includes(MARK) ? text.replace(MARKED_SGR, '') : text;
}

/** True when `text` holds a character `visible` would escape. */
export function hasControls(text: string): boolean {
  return HAS_UNSAFE.test(text);
}

/**
 * A copy of `value` with every string made `visible` (arrays, plain objects,
 * Maps and Sets followed), for renderers that compose and colour text from a
 * model: sanitise the model once at the top, then colour freely.
 */
export function visibleDeep<T>(value: T): T {
  return deep(value) as T;
}

function deep(value: unknown): unknown {
  if (typeof value === 'string') return visible(value);
  if (Array.isArray(value)) return value.map(deep);
  if (value instanceof Map) return new Map([...value].map(([key, item]) => [deep(key), deep(item)]));
  if (value instanceof Set) return new Set([...value].map(deep));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, deep(item)]));
  }
  return value;
}

/** JSON.stringify whose text holds no raw control or bidi character; JSON.parse gives back the same data. */
export function safeJson(value: unknown, indent?: number): string {
  const text: string = JSON.stringify(value, null, indent) ?? 'null';
  // Outside strings JSON has only ASCII punctuation and literals, so every match is inside a string.
  if (!HAS_NOT_JSON_ESCAPED.test(text)) return text;
  return text.replace(NOT_JSON_ESCAPED, (char) => `\\u${hex(char.charCodeAt(0), 4)}`);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** For HTML text and attribute values: controls visible (LF and TAB kept), then & < > " ' as entities. */
export function escapeHtml(text: string): string {
  return visibleLines(text).replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!);
}
