/**
 * What acct says about the files it reads and writes (src/io): encodings it
 * cannot decode, CSV rows it cannot read, headers it cannot map, files it
 * refuses to overwrite. File names, columns and values are the user's own
 * and are passed in as they are.
 */
import { plural } from '../../domain/plural.js';

type Label = { label: string };
type Target = { target: string };
type Encoding = { encoding: string };
type At = { offset: number; detected: boolean };

const quoted = (names: readonly string[], sep: string) => names.map((name) => `"${name}"`).join(sep);

export const io = {
  /** A message and its hint in one line, where the hint cannot be printed apart (a row's error). */
  'io.withHint': ({ message, hint }: { message: string; hint: string }) => `${message} (${hint})`,

  'io.decode.unknownEncoding': ({ label }: Label) => `unknown encoding "${label}"`,
  'io.decode.unknownEncoding.hint':
    'use a label such as utf-8, utf-16le, gb18030, big5, shift_jis, windows-1252, latin1',
  'io.decode.notStream': 'input is not a readable byte stream',
  'io.decode.empty': 'the file is empty',
  'io.decode.emptyBom': 'the file is empty (only a byte-order mark)',
  'io.decode.empty.hint': 'export the data again with a header row',
  'io.decode.looksLike': ({ what }: { what: string }) => `not a text/CSV file: it looks like ${what}`,
  'io.decode.binary': ({ reason }: { reason: string }) => `not a text/CSV file: ${reason}`,
  'io.decode.binary.hint': 'export the data as CSV and import that file',
  'io.decode.magic.zip': 'a ZIP archive (an .xlsx workbook?); save it as CSV first',
  'io.decode.magic.xls': 'an old-style Office file (.xls?); save it as CSV first',
  'io.decode.magic.png': 'a PNG image',
  'io.decode.magic.jpeg': 'a JPEG image',
  'io.decode.magic.pdf': 'a PDF document',
  'io.decode.magic.gzip': 'a gzip file; decompress it first',
  'io.decode.magic.sqlite': 'an SQLite database',
  'io.decode.magic.elf': 'an executable',
  'io.decode.magic.gif': 'a GIF image',
  'io.decode.nul': 'it contains NUL bytes',
  'io.decode.manyNul': 'it contains many NUL bytes',
  'io.decode.control': 'it is mostly control characters',
  'io.decode.neither': 'the file is neither UTF-8 nor GB18030 (Chinese) text',
  'io.decode.western': 'windows-1252 (Western European Excel; latin1 is similar)',
  'io.decode.legacy.hint': ({ encodings }: { encodings: readonly string[] }) =>
    `pass --encoding; it decodes as ${encodings.join(', ')} - or gb18030 if it really is Chinese`,
  'io.decode.utf8.invalid': ({ offset, detected }: At) =>
    `invalid UTF-8 at byte ${offset}${detected ? ' (the start of the file looked like UTF-8)' : ''}`,
  'io.decode.utf8.truncated': ({ offset, detected }: At) =>
    `the file ends in the middle of a UTF-8 character at byte ${offset}${detected ? ' (the start of the file looked like UTF-8)' : ''}`,
  'io.decode.utf8.hint': 'retry with --encoding gb18030 (Chinese Excel) or --encoding windows-1252 (Western Excel)',
  'io.decode.retry.hint':
    'pass --encoding: gb18030 for Chinese Excel files, windows-1252 or latin1 for Western European ones, big5, shift_jis, ...',
  'io.decode.legacy.truncated': ({ encoding }: Encoding) => `the file ends in the middle of a ${encoding} character`,
  'io.decode.legacy.invalid': ({ encoding, offset, guessed }: Encoding & { offset: number; guessed: boolean }) =>
    `bytes that are not valid ${encoding} at byte ${offset}${guessed ? ' (encoding was guessed from the start of the file)' : ''}`,
  'io.decode.checkEncoding.hint': 'check the --encoding value',
  'io.decode.damagedBom.hint': ({ encoding }: Encoding) =>
    `the file starts with a ${encoding} byte-order mark but is damaged; re-export it, or pass --encoding`,

  'io.csv.badDelimiter': ({ value }: { value: string }) =>
    `invalid delimiter ${JSON.stringify(value)}: use one character such as , ; | or "tab"`,
  'io.csv.readFailed': ({ reason }: { reason: string }) => `could not read the input: ${reason}`,
  'io.csv.nul.value': 'NUL byte in a value',
  'io.csv.nul.header': 'NUL byte in the header row',
  'io.csv.ragged': ({ count, width }: { count: number; width: number }) =>
    `row has ${plural(count, 'field')} but the header has ${width}`,
  'io.csv.unclosedQuote': ({ quoteLine, line, lastLine }: { quoteLine: number; line: number; lastLine: number }) =>
    `unclosed quote: the quoted field opened on line ${quoteLine} is never closed, so lines ${line}-${lastLine} could not be read`,
  'io.csv.rowTooLong': ({ limit }: { limit: number }) =>
    `the row is longer than ${limit.toLocaleString('en-US')} characters, more than acct reads in one row`,
  'io.csv.valueTooLong': ({ limit }: { limit: number }) =>
    `the value is longer than ${limit.toLocaleString('en-US')} characters, more than acct reads in one field`,

  'io.headers.unknownColumn': ({ label, column, field }: Label & { column: string; field: string | null }) =>
    `${label}: ignoring unknown column "${column}" (${field === null ? 'no field is close' : `closest field: ${field}; map it with --map "${column}=${field}"`}; ignore it with --map "${column}=-")`,
  'io.map.bad': ({ spec }: { spec: string }) => `--map expects column=field, got ${JSON.stringify(spec)}`,
  'io.map.hint': 'e.g. --map "客户名称=name"',
  'io.mapping.unreadable': ({ path, reason }: { path: string; reason: string }) =>
    `cannot read mapping file ${path}: ${reason}`,
  'io.mapping.invalid': ({ path, message }: { path: string; message: string }) => `${path}: ${message}`,
  'io.mapping.hint': 'write one "column: field" per line',
  'io.mapping.badYaml': ({ reason }: { reason: string }) => `mapping file is not valid YAML/JSON: ${reason}`,
  'io.mapping.notObject': 'mapping file must be an object of column: field',
  'io.mapping.badField': ({ column, value }: { column: string; value: string }) =>
    `mapping for column "${column}" must be a field name, got ${value}`,

  'io.import.unreadable': ({ label, line, message }: Label & { line: number; message: string }) =>
    `${label}:${line}: ${message}`,
  'io.import.unknownType': ({ label, headers }: Label & { headers: readonly string[] }) =>
    `${label}: cannot tell what the file holds from its headers (${headers.join(', ')})`,
  'io.import.unknownType.hint': ({ types }: { types: readonly string[] }) => `pass --type ${types.join('|')}`,
  'io.import.headerSkipped': ({ label, line, skipped }: Label & { line: number; skipped: number }) =>
    `${label}: the header is on line ${line}; skipped ${plural(skipped, 'row')} above it`,
  'io.import.badOverrides': ({ columns, label, type }: Label & { columns: readonly string[]; type: string }) =>
    `--map/--mapping: ${quoted(columns, ', ')} match no column of ${label} or name no ${type} field`,
  'io.import.badOverrides.hint': ({ type, fields }: { type: string; fields: readonly string[] }) =>
    `fields of ${type}: ${fields.join(', ')}`,
  'io.import.duplicate': ({ label, columns, field }: Label & { columns: readonly string[]; field: string }) =>
    `${label}: columns ${quoted(columns, ' and ')} all mean ${field}`,
  'io.import.duplicate.hint': ({ column }: { column: string }) => `ignore one with --map "${column}=-"`,
  'io.import.missing': ({
    label,
    fields,
    type,
    columns,
  }: Label & { fields: readonly string[]; type: string; columns: readonly string[] }) =>
    `${label}: no ${fields.join(' or ')} column for ${type} (columns: ${columns.join(', ') || 'none'})`,
  'io.import.missing.hint': ({ field }: { field: string }) => `rename the column or pass --map "COLUMN=${field}"`,
  'io.import.progress': ({ label, rows }: Label & { rows: number }) =>
    `${label}: ${rows.toLocaleString('en-US')} rows…`,
  'io.import.folderEmpty': ({ dir, names }: { dir: string; names: readonly string[] }) =>
    `${dir} holds none of ${names.join(', ')}`,
  'io.import.folderEmpty.hint': 'name the files by type, or import one file at a time with --type',

  'io.file.isDatabase': ({ target, database }: Target & { database: string }) =>
    `refusing to write ${target}: it is the database ${database} or one of its files`,
  'io.file.isDatabase.hint': ({ flag }: { flag: string }) => `give ${flag} a different file; nothing was written`,
  'io.file.isFolder': ({ target }: Target) => `cannot write ${target}: it is a folder`,
  'io.file.isFolder.hint': ({ flag }: { flag: string }) => `give ${flag} a file name`,
  'io.file.writeFailed': ({ target, reason }: Target & { reason: string }) => `cannot write ${target}: ${reason}`,
  'io.file.diskFull': 'the disk is full',
  'io.file.quota': 'the disk quota is used up',
  'io.file.full.hint': ({ target }: Target) => `free some space and try again; ${target} was left as it was`,
  'io.file.writeFailed.hint': ({ target }: Target) =>
    `check the path and its permissions; ${target} was left as it was`,
};
