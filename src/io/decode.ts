/**
 * Turns the raw bytes of an imported file into text, streaming.
 *
 * Files reach `acct import` from Excel and CRM exports in whatever encoding
 * the exporting machine used: UTF-8 (with or without BOM), UTF-16 ("Unicode
 * text" in Excel) or a legacy code page — on a Chinese Windows that is
 * GBK/GB18030. This module sniffs a prefix to choose the encoding once, then
 * converts the rest chunk by chunk without buffering the file. It never
 * produces U+FFFD garbage silently: bytes that do not fit the chosen encoding
 * raise a DecodeError that says which `--encoding` to try.
 *
 * The decoded output is UTF-8 `Buffer`s, each ending on a character boundary
 * (so each converts to text on its own); valid UTF-8 input is passed through
 * unchanged.
 */

import { isUtf8 } from 'node:buffer';
import { UserError } from '../errors.js';
import { t } from '../i18n/index.js';

export type ByteSource = NodeJS.ReadableStream | AsyncIterable<Uint8Array | string>;

export type DecodeErrorCode = 'empty' | 'binary' | 'invalid' | 'unknown-encoding' | 'read';

export class DecodeError extends UserError {
  override name = 'DecodeError';
  constructor(
    readonly code: DecodeErrorCode,
    message: string,
    hint?: string,
    /** Offset in the input of the first offending byte, when known. */
    readonly byteOffset?: number,
  ) {
    super(message, hint);
  }
}

export interface DecodeOptions {
  /** `--encoding`: any label TextDecoder knows; gbk/gb2312/cp936 mean gb18030. Omitted or 'auto' → detect. */
  encoding?: string;
  /** How many bytes to sniff before choosing the encoding (default 64 KiB). */
  sniffBytes?: number;
}

export interface DecodedInput {
  /** Canonical WHATWG name of the encoding used: 'utf-8', 'utf-16le', 'gb18030', 'windows-1252', ... */
  encoding: string;
  /** How it was chosen. */
  source: 'bom' | 'detected' | 'option';
  /** A byte-order mark was found and stripped. */
  bom: boolean;
  /** The text as UTF-8 bytes, BOM removed. Iterate once. */
  chunks: AsyncIterable<Buffer>;
}

const DEFAULT_SNIFF = 64 * 1024;

/** Labels people type that ICU does not treat as GB18030 although they mean it in practice. */
const GB_ALIASES = new Set([
  'gbk',
  'gb2312',
  'cp936',
  'ms936',
  'windows-936',
  'x-gbk',
  'gb18030',
  'chinese',
  'csgb2312',
  'euc-cn',
]);

/**
 * Validate an `--encoding` label and return TextDecoder's canonical name.
 * gbk, gb2312 and cp936 are mapped to gb18030 (a strict superset that Excel
 * actually writes; ICU's own 'gbk' rejects GB18030's 4-byte sequences).
 */
export function normalizeEncoding(label: string): string {
  const l = label.trim().toLowerCase();
  if (GB_ALIASES.has(l)) return 'gb18030';
  if (l === 'utf8' || l === 'utf-8-sig') return 'utf-8';
  if (l === 'utf16' || l === 'utf-16') return 'utf-16le';
  try {
    return new TextDecoder(l).encoding;
  } catch {
    throw new DecodeError(
      'unknown-encoding',
      t('io.decode.unknownEncoding', { label }),
      t('io.decode.unknownEncoding.hint'),
    );
  }
}

/** Iterate any supported byte source as Buffers. */
async function* asBuffers(source: ByteSource): AsyncGenerator<Buffer> {
  const it = source as AsyncIterable<Uint8Array | string>;
  if (typeof it[Symbol.asyncIterator] !== 'function') {
    throw new DecodeError('read', t('io.decode.notStream'));
  }
  for await (const chunk of it) {
    if (typeof chunk === 'string') yield Buffer.from(chunk, 'utf8');
    else if (Buffer.isBuffer(chunk)) yield chunk;
    else yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  }
}

/**
 * Number of bytes at the end of `buf` that start a UTF-8 sequence which is
 * not complete yet (0..3). Only looks at the tail, so it is O(1).
 */
function incompleteUtf8Tail(buf: Buffer): number {
  const n = buf.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = buf[n - back]!;
    if (b < 0x80) return 0; // ASCII: complete
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? back : 0;
    }
    // continuation byte: keep looking back
  }
  return 0;
}

/** Byte offset of the first invalid UTF-8 sequence in buf (buf must be known invalid). */
function firstInvalidUtf8(buf: Buffer): number {
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined) return i;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return n;
}

const MAGIC: Array<[number[], 'zip' | 'xls' | 'png' | 'jpeg' | 'pdf' | 'gzip' | 'sqlite' | 'elf' | 'gif']> = [
  [[0x50, 0x4b, 0x03, 0x04], 'zip'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'xls'],
  [[0x89, 0x50, 0x4e, 0x47], 'png'],
  [[0xff, 0xd8, 0xff], 'jpeg'],
  [[0x25, 0x50, 0x44, 0x46], 'pdf'],
  [[0x1f, 0x8b], 'gzip'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], 'sqlite'],
  [[0x7f, 0x45, 0x4c, 0x46], 'elf'],
  [[0x47, 0x49, 0x46, 0x38], 'gif'],
];

function magicReason(prefix: Buffer): string | null {
  for (const [magic, what] of MAGIC) {
    if (prefix.length >= magic.length && magic.every((b, i) => prefix[i] === b)) return t(`io.decode.magic.${what}`);
  }
  return null;
}

/** Reason the prefix is binary, or null when it looks like text. */
function binaryReason(prefix: Buffer, validUtf8: boolean): string | null {
  let ctrl = 0;
  let nul = 0;
  for (let i = 0; i < prefix.length; i++) {
    const b = prefix[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b) {
      ctrl++;
      if (b === 0) nul++;
    } else if (b === 0x7f) ctrl++;
  }
  // A stray NUL in otherwise clean UTF-8 is left to the CSV layer, which reports the line.
  if (nul > 0 && !validUtf8) return t('io.decode.nul');
  if (nul > 0 && prefix.length >= 32 && nul / prefix.length > 0.1) return t('io.decode.manyNul');
  if (ctrl - nul > 0 && (ctrl - nul) / prefix.length > 0.1) return t('io.decode.control');
  return null;
}

/** Detect BOM-less UTF-16 from the pattern of NUL bytes (ASCII-heavy text). */
function sniffUtf16NoBom(prefix: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = prefix.length - (prefix.length % 2);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (prefix[i] === 0) evenNul++;
    if (prefix[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Does non-UTF-8 text read like GB2312/GBK/GB18030 Chinese? Real Chinese text
 * is dominated by the common hanzi block (lead 0xB0-0xF7, trail 0xA1-0xFE);
 * Latin-1 read as GB pairs a high byte with the next ASCII letter, and Big5 /
 * Shift_JIS text lands mostly outside that block. Measured on the corpora:
 * GB18030 files score 0.61-0.92, Big5/Shift_JIS/Latin-1 0.00-0.30.
 */
function gbStats(buf: Buffer): { multi: number; level1: number; lowTrail: number } {
  let multi = 0;
  let level1 = 0;
  let lowTrail = 0;
  for (let i = 0; i < buf.length;) {
    const c = buf[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const d = buf[i + 1];
    if (d === undefined) break;
    if (d >= 0x30 && d <= 0x39) {
      multi++;
      i += 4;
      continue;
    }
    multi++;
    if (d < 0x80) lowTrail++;
    else if (c >= 0xb0 && c <= 0xf7 && d >= 0xa1) level1++;
    i += 2;
  }
  return { multi, level1, lowTrail };
}

function looksLikeGb(buf: Buffer): boolean {
  const { multi, level1, lowTrail } = gbStats(buf);
  if (multi === 0) return true;
  if (lowTrail / multi > 0.5) return false;
  return multi < 8 || level1 / multi >= 0.45;
}

/** Name the legacy encodings the prefix decodes cleanly in, most likely first. */
function legacyHint(prefix: Buffer, eof: boolean): string {
  const fits = ['big5', 'shift_jis', 'euc-kr'].filter((enc) => {
    try {
      new TextDecoder(enc, { fatal: true }).decode(prefix, { stream: !eof });
      return true;
    } catch {
      return false;
    }
  });
  const western = t('io.decode.western');
  const { multi, lowTrail } = gbStats(prefix);
  // Accented Latin letters sit between ASCII letters: a high byte followed by ASCII.
  const westernFirst = multi === 0 || lowTrail / multi > 0.5;
  const list = westernFirst ? [western, ...fits] : [...fits, western];
  return t('io.decode.legacy.hint', { encodings: list });
}

/**
 * Sniff the start of `source`, choose an encoding, and return the decoded
 * stream. Throws DecodeError for empty/binary input or an unknown label;
 * the returned `chunks` iterator throws DecodeError when later bytes do not
 * fit the chosen encoding.
 */
export async function openDecoded(source: ByteSource, options: DecodeOptions = {}): Promise<DecodedInput> {
  const forced =
    options.encoding && options.encoding.toLowerCase() !== 'auto' ? normalizeEncoding(options.encoding) : null;
  const sniffBytes = Math.max(4, options.sniffBytes ?? DEFAULT_SNIFF);
  const iter = asBuffers(source)[Symbol.asyncIterator]();

  // Read the sniff prefix.
  const parts: Buffer[] = [];
  let have = 0;
  let eof = false;
  while (have < sniffBytes) {
    const r = await iter.next();
    if (r.done) {
      eof = true;
      break;
    }
    if (r.value.length === 0) continue;
    parts.push(r.value);
    have += r.value.length;
  }
  const prefix = parts.length === 1 ? parts[0]! : Buffer.concat(parts, have);

  if (prefix.length === 0) {
    throw new DecodeError('empty', t('io.decode.empty'), t('io.decode.empty.hint'));
  }

  const magic = magicReason(prefix);
  if (magic) {
    throw new DecodeError('binary', t('io.decode.looksLike', { what: magic }), t('io.decode.binary.hint'));
  }

  let encoding: string;
  let how: DecodedInput['source'];
  let bomLen = 0;
  if (prefix[0] === 0xef && prefix[1] === 0xbb && prefix[2] === 0xbf) {
    encoding = 'utf-8';
    bomLen = 3;
    how = 'bom';
  } else if (prefix[0] === 0xff && prefix[1] === 0xfe) {
    encoding = 'utf-16le';
    bomLen = 2;
    how = 'bom';
  } else if (prefix[0] === 0xfe && prefix[1] === 0xff) {
    encoding = 'utf-16be';
    bomLen = 2;
    how = 'bom';
  } else {
    encoding = 'utf-8';
    how = 'detected';
  }
  if (forced) {
    // A BOM for a different encoding than the one forced is kept as data (the user knows best).
    if (bomLen && forced !== encoding) bomLen = 0;
    encoding = forced;
    how = 'option';
  }

  if (!forced && how === 'detected') {
    const utf16 = sniffUtf16NoBom(prefix);
    if (utf16) encoding = utf16;
  }

  const isUtf16 = encoding === 'utf-16le' || encoding === 'utf-16be';
  if (!isUtf16) {
    const tail = eof ? 0 : incompleteUtf8Tail(prefix);
    const valid = isUtf8(tail ? prefix.subarray(0, prefix.length - tail) : prefix);
    const reason = binaryReason(prefix, valid);
    if (reason) {
      throw new DecodeError('binary', t('io.decode.binary', { reason }), t('io.decode.binary.hint'));
    }
    if (!forced && how === 'detected' && !valid) {
      encoding = 'gb18030';
      // Check the prefix decodes strictly and reads like Chinese; otherwise it
      // is some other legacy encoding and GB18030 would give silent mojibake.
      let ok = true;
      try {
        new TextDecoder('gb18030', { fatal: true }).decode(prefix, { stream: !eof });
      } catch {
        ok = false;
      }
      if (!ok || !looksLikeGb(prefix)) {
        throw new DecodeError('invalid', t('io.decode.neither'), legacyHint(prefix, eof));
      }
    }
  } else if (prefix.length - bomLen === 0) {
    throw new DecodeError('empty', t('io.decode.emptyBom'), t('io.decode.empty.hint'));
  }
  if (how === 'bom' && encoding === 'utf-8' && prefix.length === 3 && eof) {
    throw new DecodeError('empty', t('io.decode.emptyBom'), t('io.decode.empty.hint'));
  }

  const first = bomLen ? prefix.subarray(bomLen) : prefix;
  const chunks =
    encoding === 'utf-8'
      ? utf8Passthrough(first, iter, how === 'detected', bomLen)
      : transcode(first, iter, encoding, how, bomLen);
  return { encoding, source: how, bom: bomLen > 0, chunks };
}

/** Validate UTF-8 chunk by chunk (simdutf via buffer.isUtf8) and pass it through unchanged. */
async function* utf8Passthrough(
  first: Buffer,
  rest: AsyncIterator<Buffer>,
  detected: boolean,
  bomLen: number,
): AsyncGenerator<Buffer> {
  let carry: Buffer | null = null;
  let offset = bomLen; // input bytes already emitted
  let chunk: Buffer | null = first;
  for (;;) {
    if (chunk === null) {
      const r = await rest.next();
      if (r.done) break;
      chunk = r.value;
    }
    let buf: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
    chunk = null;
    carry = null;
    const tail = incompleteUtf8Tail(buf);
    if (tail) {
      carry = Buffer.from(buf.subarray(buf.length - tail));
      buf = buf.subarray(0, buf.length - tail);
    }
    if (buf.length === 0) continue;
    if (!isUtf8(buf)) {
      const bad = firstInvalidUtf8(buf);
      if (bad > 0) yield buf.subarray(0, bad);
      throw invalidUtf8(offset + bad, detected);
    }
    offset += buf.length;
    yield buf;
  }
  if (carry && carry.length) {
    throw invalidUtf8(offset, detected, true);
  }
}

function invalidUtf8(byteOffset: number, detected: boolean, truncated = false): DecodeError {
  return new DecodeError(
    'invalid',
    t(truncated ? 'io.decode.utf8.truncated' : 'io.decode.utf8.invalid', { offset: byteOffset, detected }),
    detected ? t('io.decode.utf8.hint') : t('io.decode.retry.hint'),
    byteOffset,
  );
}

/**
 * Decode a legacy/UTF-16 encoding with a fatal TextDecoder and re-encode as UTF-8.
 *
 * In the ASCII-compatible encodings (GB18030, Big5, Shift_JIS, the
 * windows-125x pages, …) a line feed byte is never part of a multi-byte
 * character, so the input is decoded a whole number of lines at a time:
 * every piece starts on a character boundary, and when a piece holds a bad
 * byte it is found exactly (a binary search with fresh decoders), the text
 * before it is passed on, and the error names the byte. The reader then
 * reports the right line instead of a 64 KiB block. UTF-16 has no such
 * boundary byte and keeps one streaming decoder.
 */
async function* transcode(
  first: Buffer,
  rest: AsyncIterator<Buffer>,
  encoding: string,
  how: DecodedInput['source'],
  bomLen: number,
): AsyncGenerator<Buffer> {
  const invalid = (offset: number, end: boolean): DecodeError =>
    new DecodeError(
      'invalid',
      end
        ? t('io.decode.legacy.truncated', { encoding })
        : t('io.decode.legacy.invalid', { encoding, offset, guessed: how === 'detected' }),
      how === 'option'
        ? t('io.decode.checkEncoding.hint')
        : how === 'bom'
          ? t('io.decode.damagedBom.hint', { encoding })
          : t('io.decode.retry.hint'),
      offset,
    );
  const next = async (): Promise<Buffer | null> => {
    const r = await rest.next();
    return r.done ? null : r.value;
  };

  if (encoding.startsWith('utf-16')) {
    // ignoreBOM: true — any BOM was already removed; a second one is data.
    const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    let offset = bomLen;
    for (let chunk: Buffer | null = first; ; chunk = await next()) {
      let text: string;
      try {
        text = chunk === null ? decoder.decode() : decoder.decode(chunk, { stream: true });
      } catch {
        throw invalid(offset, chunk === null);
      }
      if (text.length) yield Buffer.from(text, 'utf8');
      if (chunk === null) return;
      offset += chunk.length;
    }
  }

  let offset = bomLen; // input bytes already decoded
  let pending: Buffer = Buffer.alloc(0); // bytes after the last line feed
  for (let chunk: Buffer | null = first; ; chunk = await next()) {
    const buf: Buffer = chunk === null ? pending : pending.length ? Buffer.concat([pending, chunk]) : chunk;
    const cut = chunk === null ? buf.length : buf.lastIndexOf(0x0a) + 1;
    pending = buf.subarray(cut);
    if (cut > 0) {
      const piece = buf.subarray(0, cut);
      const decoded = decodeLines(piece, encoding);
      if (decoded.text.length) yield Buffer.from(decoded.text, 'utf8');
      if (decoded.bad !== null) throw invalid(offset + decoded.bad, chunk === null && decoded.bad >= piece.length);
      offset += piece.length;
    }
    if (chunk === null) return;
  }
}

/**
 * Decodes `piece` (starting on a character boundary): all of it, or the
 * text before the first bad byte and that byte's offset (`piece.length`
 * when the only fault is an incomplete character at the very end).
 */
function decodeLines(piece: Buffer, encoding: string): { text: string; bad: number | null } {
  const strict = () => new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  try {
    return { text: strict().decode(piece), bad: null };
  } catch {
    // Prefixes up to `good` bytes decode (an unfinished last character allowed); from `bad` on they fail.
    let good = 0;
    let bad = piece.length + 1;
    while (bad - good > 1) {
      const mid = (good + bad) >>> 1;
      try {
        strict().decode(piece.subarray(0, mid), { stream: true });
        good = mid;
      } catch {
        bad = mid;
      }
    }
    return { text: strict().decode(piece.subarray(0, good), { stream: true }), bad: good };
  }
}

/** Convenience: decoded text chunks (strings) instead of UTF-8 bytes. */
export async function* decodeText(source: ByteSource, options: DecodeOptions = {}): AsyncGenerator<string> {
  const input = await openDecoded(source, options);
  const dec = new TextDecoder('utf-8');
  for await (const buf of input.chunks) {
    const s = dec.decode(buf, { stream: true });
    if (s) yield s;
  }
  const s = dec.decode();
  if (s) yield s;
}

/** Exposed for tests. */
export const _internal = { incompleteUtf8Tail, firstInvalidUtf8 };
