/**
 * Reads CSV exported by Excel and CRMs into records with line numbers.
 *
 * `acct import` needs to tell the user exactly which line of their file is
 * wrong, so every record carries the 1-based line where it starts, and every
 * defect (ragged row, unclosed quote, NUL byte, undecodable bytes) becomes a
 * CsvProblem instead of an exception or a silent fix. Reading is streaming
 * (the state machine in csv-tokenizer.ts over the text from decode.ts) so a
 * million-row file uses flat memory; records come out in batches to keep
 * per-row overhead low. A field or row too long to hold ends reading with a
 * fatal problem on its line: the import then writes nothing.
 */

import { CsvTokenizer, type TokenizerProblem } from './csv-tokenizer.js';
import { DecodeError, openDecoded, type ByteSource, type DecodeOptions, type DecodedInput } from './decode.js';
import { t } from '../i18n/index.js';

export interface CsvRecord {
  kind: 'record';
  /** 1-based line of the file where the record starts. */
  line: number;
  values: string[];
}

export type CsvProblemCode =
  | 'decode' // bytes do not fit the encoding
  | 'binary' // not a text file
  | 'empty' // no bytes / no header row
  | 'encoding' // bad --encoding label
  | 'delimiter' // bad --delimiter
  | 'ragged' // row has more or fewer fields than the header
  | 'unclosed-quote'
  | 'nul' // NUL byte in a value
  | 'too-large' // a field or row longer than the limit
  | 'parse'; // anything else

export interface CsvProblem {
  kind: 'problem';
  /** 1-based line the problem is on (for file-level problems: 1). */
  line: number;
  /** Header name of the offending column, when one column is to blame. */
  column?: string;
  message: string;
  code: CsvProblemCode;
  /** Reading stopped here; nothing after this line was read. */
  fatal: boolean;
  /** The row as parsed, when there is one (for a rejects file). */
  values?: string[];
}

export interface CsvHeader {
  line: number;
  names: string[];
  /** Non-blank rows above the header that were skipped (title rows of a spreadsheet report). */
  skipped: number;
  encoding: string;
  delimiter: string;
}

export interface CsvReadOptions extends DecodeOptions {
  /** `--delimiter`: one character, or tab/comma/semicolon/pipe; omitted → detected. */
  delimiter?: string;
  /**
   * Recognises the header row. Given, the header is the first of the first
   * HEADER_SEARCH_ROWS non-blank rows it accepts, and the rows above it are
   * skipped (spreadsheet reports put a title and units there); when it
   * accepts none, the first row is the header as usual. Omitted: the first
   * non-blank row.
   */
  isHeader?: (names: readonly string[]) => boolean;
  /** Longest field read, in characters (default MAX_FIELD_CHARS). */
  maxField?: number;
  /** Longest row read, all fields together, in characters (default MAX_ROW_CHARS). */
  maxRow?: number;
}

/**
 * Longest field and row acct reads: far beyond any CRM cell, well inside
 * what a string (V8: ~512 MiB) and the 300 MB memory budget can hold.
 */
export const MAX_FIELD_CHARS = 16 * 1024 * 1024;
export const MAX_ROW_CHARS = 32 * 1024 * 1024;

/** How many non-blank rows may stand above the header (title, units, notes). */
export const HEADER_SEARCH_ROWS = 10;

export type CsvItem = CsvRecord | CsvProblem;

export interface CsvReader {
  /** null when the file could not be read up to a header row (see `fatal`). */
  readonly header: CsvHeader | null;
  /** The problem that ended reading before the header, if any. */
  readonly fatal: CsvProblem | null;
  /** Records and problems in file order, a chunk (~64 KiB of input) at a time. Iterate once. */
  batches(): AsyncGenerator<CsvItem[]>;
  /** Same items one at a time (convenient, slightly slower). */
  items(): AsyncGenerator<CsvItem>;
}

const DELIMITER_NAMES: Record<string, string> = {
  tab: '\t',
  '\\t': '\t',
  tsv: '\t',
  comma: ',',
  semicolon: ';',
  pipe: '|',
};

/** Validate `--delimiter` (one character or tab/comma/semicolon/pipe); throws Error with a readable message. */
export function normalizeDelimiter(d: string): string {
  const v = DELIMITER_NAMES[d.toLowerCase()] ?? d;
  if (v.length !== 1 || v === '"' || v === '\r' || v === '\n') {
    throw new Error(t('io.csv.badDelimiter', { value: d }));
  }
  return v;
}

const CANDIDATES = [',', '\t', ';', '|'] as const;

/**
 * Choose the delimiter from the first lines of text: for each candidate,
 * count occurrences outside quotes per line; the winner appears in the
 * first non-blank line and the same number of times on the most lines.
 * Ties go to , then TAB then ; then |. Defaults to ','.
 */
export function detectDelimiter(text: string, maxLines = 30): string {
  const counts: number[][] = CANDIDATES.map(() => []);
  const cur = [0, 0, 0, 0];
  let inQuotes = false;
  let lineHasText = false;
  let lines = 0;
  const flush = () => {
    if (lineHasText) {
      for (let k = 0; k < 4; k++) counts[k]!.push(cur[k]!);
      lines++;
    }
    cur.fill(0);
    lineHasText = false;
  };
  for (let i = 0; i < text.length && lines < maxLines; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      inQuotes = !inQuotes;
      lineHasText = true;
    } else if (inQuotes) {
      continue;
    } else if (c === 10 || c === 13) {
      flush();
    } else {
      const k = c === 44 ? 0 : c === 9 ? 1 : c === 59 ? 2 : c === 124 ? 3 : -1;
      if (k >= 0) cur[k]!++;
      if (k >= 0 || c !== 32) lineHasText = true;
    }
  }
  if (lines < maxLines && !inQuotes) flush();
  let best = ',';
  let bestScore = 0;
  for (let k = 0; k < 4; k++) {
    const per = counts[k]!;
    const head = per[0] ?? 0;
    if (head === 0) continue;
    let same = 0;
    for (const n of per) if (n === head) same++;
    if (same > bestScore) {
      bestScore = same;
      best = CANDIDATES[k]!;
    }
  }
  return best;
}

const FOOTER_RES = [
  /^grand totals? \(\d[\d,.\s]* records?\)$/i,
  /^confidential information - do not distribute$/i,
  /^copyright \(c\) \d{4}(-\d{4})? salesforce\.com/i,
];

/** A Salesforce report footer row: one non-empty first cell with a known text. */
function isFooterRow(values: string[]): boolean {
  const first = values[0]?.trim() ?? '';
  if (!first) return false;
  for (let i = 1; i < values.length; i++) if (values[i] !== '') return false;
  return FOOTER_RES.some((re) => re.test(first));
}

function isAllEmpty(values: string[]): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] !== '') return false;
  return true;
}

function fileProblem(code: CsvProblemCode, message: string): CsvProblem {
  return { kind: 'problem', line: 1, message, code, fatal: true };
}

function problemFromDecode(e: DecodeError, line: number): CsvProblem {
  const code: CsvProblemCode =
    e.code === 'binary'
      ? 'binary'
      : e.code === 'empty'
        ? 'empty'
        : e.code === 'unknown-encoding'
          ? 'encoding'
          : 'decode';
  return {
    kind: 'problem',
    line,
    message: e.hint ? t('io.withHint', { message: e.message, hint: e.hint }) : e.message,
    code,
    fatal: true,
  };
}

/**
 * Open `source` and read up to the header row. Never throws for bad input:
 * problems (including fatal ones) are returned in `fatal` or in the items.
 */
export async function openCsv(source: ByteSource, options: CsvReadOptions = {}): Promise<CsvReader> {
  let delimiter: string | null = null;
  if (options.delimiter !== undefined) {
    try {
      delimiter = normalizeDelimiter(options.delimiter);
    } catch (e) {
      return failed(fileProblem('delimiter', (e as Error).message));
    }
  }
  let input: DecodedInput;
  try {
    input = await openDecoded(source, options);
  } catch (e) {
    if (e instanceof DecodeError) return failed(problemFromDecode(e, 1));
    return failed(fileProblem('decode', t('io.csv.readFailed', { reason: (e as Error).message })));
  }

  const ctx: { header: CsvHeader | null } = { header: null };
  const limits = { maxField: options.maxField ?? MAX_FIELD_CHARS, maxRow: options.maxRow ?? MAX_ROW_CHARS };
  const gen = readBatches(input, delimiter, ctx, options.isHeader, limits);
  // Pull until the header is known; keep what came with it.
  const pending: CsvItem[][] = [];
  let fatal: CsvProblem | null = null;
  while (!ctx.header && !fatal) {
    const r = await gen.next();
    if (r.done) break;
    if (r.value.length) pending.push(r.value);
    // Before the header only problems can appear; a fatal one ends reading.
    for (const item of r.value) if (item.kind === 'problem' && item.fatal) fatal = item;
  }
  const header = ctx.header as CsvHeader | null;
  if (!header) {
    return failed(
      fatal ?? fileProblem('empty', 'the file has no header row (it is empty or contains only blank lines)'),
    );
  }

  let used = false;
  const batches = async function* (): AsyncGenerator<CsvItem[]> {
    if (used) throw new Error('CsvReader can only be iterated once');
    used = true;
    for (const b of pending) yield b;
    pending.length = 0;
    yield* gen;
  };
  return {
    header,
    fatal: null,
    batches,
    items: async function* () {
      for await (const b of batches()) yield* b;
    },
  };
}

function failed(problem: CsvProblem): CsvReader {
  return {
    header: null,
    fatal: problem,
    batches: async function* () {
      /* nothing */
    },
    items: async function* () {
      /* nothing */
    },
  };
}

/** Peek enough of the decoded stream to sniff the delimiter. */
const SNIFF_CHARS = 16 * 1024;

async function* readBatches(
  input: DecodedInput,
  forcedDelimiter: string | null,
  ctx: { header: CsvHeader | null },
  isHeader: ((names: readonly string[]) => boolean) | undefined,
  limits: { maxField: number; maxRow: number },
): AsyncGenerator<CsvItem[]> {
  const it = input.chunks[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headBytes = 0;
  let decodeError: unknown = null;
  let sourceDone = false;
  try {
    while (headBytes < SNIFF_CHARS) {
      const r = await it.next();
      if (r.done) {
        sourceDone = true;
        break;
      }
      head.push(r.value);
      headBytes += r.value.length;
    }
  } catch (e) {
    decodeError = e;
  }
  // decode.ts yields whole UTF-8 characters, so each chunk converts to text on its own.
  const headText = head.map((b) => b.toString('utf8'));
  const delimiter = forcedDelimiter ?? detectDelimiter(headText.join(''), 30);
  const tokenizer = new CsvTokenizer(delimiter, limits);

  let prevEnd = 0; // line where the previous record ended
  let blankBefore = false; // a blank/empty row preceded the current one
  let inFooter = false;
  let nulCheck = false;
  let header: CsvHeader | null = null;
  let width = 0;
  let names: string[] = [];

  let out: CsvItem[] = [];

  const handle = (values: string[], start: number, end: number): void => {
    if (start > prevEnd + 1) blankBefore = true;
    prevEnd = end;

    if (values[0] === '' && isAllEmpty(values)) {
      blankBefore = true;
      return;
    }
    if (nulCheck) {
      for (let i = 0; i < values.length; i++) {
        if (values[i]!.indexOf('\0') !== -1) {
          const problem: CsvProblem = {
            kind: 'problem',
            line: start,
            message: header ? t('io.csv.nul.value') : t('io.csv.nul.header'),
            code: 'nul',
            fatal: false,
            values,
          };
          if (header && names[i] !== undefined) problem.column = names[i]!;
          out.push(problem);
          blankBefore = false;
          return;
        }
      }
    }
    if (header === null) {
      if (!isHeader || isHeader(values)) {
        setHeader(values, start, candidates.length);
        candidates.length = 0;
      } else {
        candidates.push({ values, start });
        blankBefore = false;
        // No row qualified: the first one is the header after all, the rest are data.
        if (candidates.length >= HEADER_SEARCH_ROWS) settleHeader();
      }
      return;
    }
    dataRow(values, start);
  };

  /** Rows read while looking for the header (only with `isHeader`). */
  const candidates: { values: string[]; start: number }[] = [];

  const setHeader = (values: string[], start: number, skipped: number): void => {
    names = values;
    width = values.length;
    header = { line: start, names, skipped, encoding: input.encoding, delimiter };
    ctx.header = header;
    blankBefore = false;
  };

  /** No candidate was recognised: the first is the header, the others are data rows. */
  const settleHeader = (): void => {
    const [first, ...rest] = candidates;
    candidates.length = 0;
    if (!first) return;
    setHeader(first.values, first.start, 0);
    for (const row of rest) dataRow(row.values, row.start);
  };

  const dataRow = (values: string[], start: number): void => {
    if ((blankBefore || inFooter) && isFooterRow(values)) {
      inFooter = true;
      return;
    }
    inFooter = false;
    blankBefore = false;
    if (values.length !== width) {
      out.push({
        kind: 'problem',
        line: start,
        message: t('io.csv.ragged', { count: values.length, width }),
        code: 'ragged',
        fatal: false,
        values,
      });
      return;
    }
    out.push({ kind: 'record', line: start, values });
  };

  const drain = (): void => {
    const { records, starts, ends } = tokenizer;
    for (let k = 0; k < records.length; k++) handle(records[k]!, starts[k]!, ends[k]!);
    records.length = 0;
    starts.length = 0;
    ends.length = 0;
  };

  const write = (text: string): void => {
    if (!nulCheck && text.indexOf('\0') !== -1) nulCheck = true;
    tokenizer.write(text);
    drain();
  };

  // Hand the sniffed head to the tokenizer, then the rest of the stream.
  for (const text of headText) write(text);
  head.length = 0;
  if (out.length) {
    const batch = out;
    out = [];
    yield batch;
  }
  if (!decodeError && !sourceDone && !tokenizer.problem) {
    try {
      for (;;) {
        const r = await it.next();
        if (r.done) break;
        write(r.value.toString('utf8'));
        if (tokenizer.problem) break;
        if (out.length) {
          const batch = out;
          out = [];
          yield batch;
        }
      }
    } catch (e) {
      decodeError = e;
    }
  }

  if (decodeError) {
    // Records that ended before the bad bytes were emitted; the partial one is dropped.
    const line = tokenizer.currentLine;
    out.push(
      decodeError instanceof DecodeError
        ? problemFromDecode(decodeError, line)
        : {
            kind: 'problem',
            line,
            message: t('io.csv.readFailed', { reason: (decodeError as Error).message }),
            code: 'decode',
            fatal: true,
          },
    );
  } else if (!tokenizer.problem) {
    tokenizer.end();
    drain();
  }
  if (header === null) settleHeader();
  if (tokenizer.problem) out.push(tokenizerProblem(tokenizer.problem, header ? names : null));
  if (out.length) yield out;
}

function tokenizerProblem(p: TokenizerProblem, names: readonly string[] | null): CsvProblem {
  if (p.code === 'unclosed-quote') {
    return {
      kind: 'problem',
      line: p.line,
      message: t('io.csv.unclosedQuote', { quoteLine: p.quoteLine, line: p.line, lastLine: p.lastLine }),
      code: 'unclosed-quote',
      fatal: true,
    };
  }
  const problem: CsvProblem = {
    kind: 'problem',
    line: p.line,
    message: t(p.column === null ? 'io.csv.rowTooLong' : 'io.csv.valueTooLong', { limit: p.limit }),
    code: 'too-large',
    fatal: true,
  };
  const column = p.column === null ? undefined : names?.[p.column];
  if (column !== undefined) problem.column = column;
  return problem;
}

/** Read a whole (small) input into memory: for tests, previews and mapping files. */
export async function readAllCsv(
  source: ByteSource,
  options: CsvReadOptions = {},
): Promise<{ header: CsvHeader | null; records: CsvRecord[]; problems: CsvProblem[] }> {
  const reader = await openCsv(source, options);
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = reader.fatal ? [reader.fatal] : [];
  for await (const batch of reader.batches()) {
    for (const item of batch) {
      if (item.kind === 'record') records.push(item);
      else problems.push(item);
    }
  }
  return { header: reader.header, records, problems };
}
