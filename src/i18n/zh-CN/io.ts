import type { io as english } from '../en/io.js';
import type { Translation } from '../types.js';

type Label = { label: string };
type Target = { target: string };
type Encoding = { encoding: string };
type At = { offset: number; detected: boolean };

const quoted = (names: readonly string[]) => names.map((name) => `“${name}”`).join('、');
const looked = (detected: boolean) => (detected ? '（文件开头看起来是 UTF-8）' : '');

/** acct 读写文件时的提示：无法解码的编码、读不了的 CSV 行、对不上的表头、拒绝覆盖的文件。 */
export const io = {
  'io.withHint': ({ message, hint }: { message: string; hint: string }) => `${message}（${hint}）`,

  'io.decode.unknownEncoding': ({ label }: Label) => `未知的编码“${label}”`,
  'io.decode.unknownEncoding.hint': '请用 utf-8、utf-16le、gb18030、big5、shift_jis、windows-1252、latin1 等编码名',
  'io.decode.notStream': '输入不是可读取的字节流',
  'io.decode.empty': '文件是空的',
  'io.decode.emptyBom': '文件是空的（只有一个字节顺序标记）',
  'io.decode.empty.hint': '请重新导出数据，并带上表头行',
  'io.decode.looksLike': ({ what }: { what: string }) => `不是文本/CSV 文件：${what}`,
  'io.decode.binary': ({ reason }: { reason: string }) => `不是文本/CSV 文件：${reason}`,
  'io.decode.binary.hint': '请把数据导出为 CSV，再导入那个文件',
  'io.decode.magic.zip': '看起来是 ZIP 压缩包（是 .xlsx 工作簿吗？）；请先另存为 CSV',
  'io.decode.magic.xls': '看起来是旧版 Office 文件（是 .xls 吗？）；请先另存为 CSV',
  'io.decode.magic.png': '看起来是 PNG 图片',
  'io.decode.magic.jpeg': '看起来是 JPEG 图片',
  'io.decode.magic.pdf': '看起来是 PDF 文档',
  'io.decode.magic.gzip': '看起来是 gzip 压缩文件；请先解压',
  'io.decode.magic.sqlite': '看起来是 SQLite 数据库',
  'io.decode.magic.elf': '看起来是可执行程序',
  'io.decode.magic.gif': '看起来是 GIF 图片',
  'io.decode.nul': '其中含有 NUL 字节',
  'io.decode.manyNul': '其中含有大量 NUL 字节',
  'io.decode.control': '其中大部分是控制字符',
  'io.decode.neither': '文件既不是 UTF-8 文本，也不是 GB18030（中文）文本',
  'io.decode.western': 'windows-1252（西欧版 Excel；latin1 与之相近）',
  'io.decode.legacy.hint': ({ encodings }: { encodings: readonly string[] }) =>
    `请加 --encoding；它可以按 ${encodings.join('、')} 解码；如果确实是中文，则用 gb18030`,
  'io.decode.utf8.invalid': ({ offset, detected }: At) => `第 ${offset} 字节处不是有效的 UTF-8${looked(detected)}`,
  'io.decode.utf8.truncated': ({ offset, detected }: At) =>
    `文件在第 ${offset} 字节处结束于一个不完整的 UTF-8 字符${looked(detected)}`,
  'io.decode.utf8.hint': '请加 --encoding gb18030（中文版 Excel）或 --encoding windows-1252（西文版 Excel）重试',
  'io.decode.retry.hint':
    '请加 --encoding：中文版 Excel 文件用 gb18030，西欧文件用 windows-1252 或 latin1，另有 big5、shift_jis 等',
  'io.decode.legacy.truncated': ({ encoding }: Encoding) => `文件结束于一个不完整的 ${encoding} 字符`,
  'io.decode.legacy.invalid': ({ encoding, offset, guessed }: Encoding & { offset: number; guessed: boolean }) =>
    `第 ${offset} 字节处的内容不是有效的 ${encoding}${guessed ? '（编码是根据文件开头猜测的）' : ''}`,
  'io.decode.checkEncoding.hint': '请检查 --encoding 的值',
  'io.decode.damagedBom.hint': ({ encoding }: Encoding) =>
    `文件以 ${encoding} 字节顺序标记开头，但内容已损坏；请重新导出，或加 --encoding`,

  'io.csv.badDelimiter': ({ value }: { value: string }) =>
    `分隔符 ${JSON.stringify(value)} 无效：请用单个字符，如 , ; | 或 "tab"`,
  'io.csv.readFailed': ({ reason }: { reason: string }) => `无法读取输入：${reason}`,
  'io.csv.nul.value': '值中含有 NUL 字节',
  'io.csv.nul.header': '表头行中含有 NUL 字节',
  'io.csv.ragged': ({ count, width }: { count: number; width: number }) =>
    `该行有 ${count} 个字段，而表头有 ${width} 个`,
  'io.csv.unclosedQuote': ({ quoteLine, line, lastLine }: { quoteLine: number; line: number; lastLine: number }) =>
    `引号未闭合：第 ${quoteLine} 行开始的带引号字段一直没有结束，因此第 ${line}-${lastLine} 行无法读取`,
  'io.csv.rowTooLong': ({ limit }: { limit: number }) =>
    `该行超过 ${limit.toLocaleString('en-US')} 个字符，超出了 acct 单行能读取的长度`,
  'io.csv.valueTooLong': ({ limit }: { limit: number }) =>
    `该值超过 ${limit.toLocaleString('en-US')} 个字符，超出了 acct 单个字段能读取的长度`,

  'io.headers.unknownColumn': ({ label, column, field }: Label & { column: string; field: string | null }) =>
    `${label}：忽略未知列“${column}”（${field === null ? '没有相近的字段' : `最接近的字段是 ${field}，可用 --map "${column}=${field}" 对应过去`}；用 --map "${column}=-" 可忽略该列）`,
  'io.map.bad': ({ spec }: { spec: string }) => `--map 的格式应为 列=字段，收到的是 ${JSON.stringify(spec)}`,
  'io.map.hint': '例如 --map "客户名称=name"',
  'io.mapping.unreadable': ({ path, reason }: { path: string; reason: string }) =>
    `无法读取对照文件 ${path}：${reason}`,
  'io.mapping.invalid': ({ path, message }: { path: string; message: string }) => `${path}：${message}`,
  'io.mapping.hint': '每行写一条“列: 字段”',
  'io.mapping.badYaml': ({ reason }: { reason: string }) => `对照文件不是有效的 YAML/JSON：${reason}`,
  'io.mapping.notObject': '对照文件必须是“列: 字段”形式的对象',
  'io.mapping.badField': ({ column, value }: { column: string; value: string }) =>
    `列“${column}”对应的必须是字段名，收到的是 ${value}`,

  'io.import.unreadable': ({ label, line, message }: Label & { line: number; message: string }) =>
    `${label}:${line}: ${message}`,
  'io.import.unknownType': ({ label, headers }: Label & { headers: readonly string[] }) =>
    `${label}：无法从表头判断文件里是什么数据（${headers.join('、')}）`,
  'io.import.unknownType.hint': ({ types }: { types: readonly string[] }) => `请加 --type ${types.join('|')}`,
  'io.import.headerSkipped': ({ label, line, skipped }: Label & { line: number; skipped: number }) =>
    `${label}：表头在第 ${line} 行；已跳过其上方的 ${skipped} 行`,
  'io.import.badOverrides': ({ columns, label, type }: Label & { columns: readonly string[]; type: string }) =>
    `--map/--mapping：${quoted(columns)} 既不是 ${label} 中的列，也不是 ${type} 的字段`,
  'io.import.badOverrides.hint': ({ type, fields }: { type: string; fields: readonly string[] }) =>
    `${type} 的字段：${fields.join(', ')}`,
  'io.import.duplicate': ({ label, columns, field }: Label & { columns: readonly string[]; field: string }) =>
    `${label}：${quoted(columns)} 这几列都表示 ${field}`,
  'io.import.duplicate.hint': ({ column }: { column: string }) => `用 --map "${column}=-" 忽略其中一列`,
  'io.import.missing': ({
    label,
    fields,
    type,
    columns,
  }: Label & { fields: readonly string[]; type: string; columns: readonly string[] }) =>
    `${label}：缺少 ${type} 所需的 ${fields.join(' 或 ')} 列（现有列：${columns.join('、') || '无'}）`,
  'io.import.missing.hint': ({ field }: { field: string }) => `请重命名该列，或加 --map "列名=${field}"`,
  'io.import.progress': ({ label, rows }: Label & { rows: number }) =>
    `${label}：已读 ${rows.toLocaleString('en-US')} 行…`,
  'io.import.folderEmpty': ({ dir, names }: { dir: string; names: readonly string[] }) =>
    `${dir} 中没有 ${names.join('、')} 中的任何一个`,
  'io.import.folderEmpty.hint': '请按类型命名文件，或用 --type 逐个导入文件',

  'io.file.isDatabase': ({ target, database }: Target & { database: string }) =>
    `拒绝写入 ${target}：它就是数据库 ${database} 或其附属文件`,
  'io.file.isDatabase.hint': ({ flag }: { flag: string }) => `请给 ${flag} 换一个文件；没有写入任何内容`,
  'io.file.isFolder': ({ target }: Target) => `无法写入 ${target}：它是一个目录`,
  'io.file.isFolder.hint': ({ flag }: { flag: string }) => `请给 ${flag} 一个文件名`,
  'io.file.writeFailed': ({ target, reason }: Target & { reason: string }) => `无法写入 ${target}：${reason}`,
  'io.file.diskFull': '磁盘已满',
  'io.file.quota': '磁盘配额已用完',
  'io.file.full.hint': ({ target }: Target) => `请释放一些空间后重试；${target} 保持原样`,
  'io.file.writeFailed.hint': ({ target }: Target) => `请检查路径及其权限；${target} 保持原样`,
} satisfies Translation<typeof english>;
