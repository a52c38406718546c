import type { errors as english } from '../en/errors.js';
import type { Translation } from '../types.js';

type Path = { path: string };

/** 错误提示：`acct: <出了什么问题>（<怎么解决>）`。 */
export const errors = {
  'error.line': ({ message }: { message: string }) => `acct: ${message}`,
  'error.lineWithHint': ({ message, hint }: { message: string; hint: string }) => `acct: ${message}（${hint}）`,
  'error.unexpected': ({ message }: { message: string }) =>
    `acct: 意外错误：${message}（设置 ACCT_DEBUG=1 重新运行可查看详情）`,
  'error.interrupted': 'acct: 已中断；尚未提交的写入已全部撤销',
  'error.outputFailed': ({ reason }: { reason: string }) => `acct: 无法写出输出：${reason}（请检查输出去向）`,
  'error.cancelled': '已取消；没有做任何修改',
  'error.notConfirmed': '未确认；没有做任何修改',
  'error.yesRequired': '不在交互式终端上运行时必须加 --yes',
  'error.yesRequired.hint': '加上 --yes 表示确认',

  'error.fields.also': ({ first, rest }: { first: string; rest: readonly string[] }) =>
    `${first}；另外，${rest.join('；')}`,

  'error.fs.ENOENT': '文件或目录不存在',
  'error.fs.EACCES': '没有权限',
  'error.fs.EISDIR': '这是一个目录',
  'error.fs.ENOTDIR': '路径中有一个同名文件挡住了目录',
  'error.fs.EROFS': '文件系统只读',
  'error.fs.ENOSPC': '磁盘空间已满',

  'error.storage.damaged': ({ path, reason }: { path: string; reason: string }) => `${path} 已损坏（${reason}）`,
  'error.storage.damaged.hint': '请运行 `acct db check`；恢复 `acct db backups` 列出的一份备份，或导出仍可读取的数据',
  'error.storage.locked': ({ path }: Path) => `${path} 已被锁定：另一个 acct（或其他程序）正在写入`,
  'error.storage.locked.hint': '请稍后再试；没有做任何修改',
  'error.storage.sizeLimit': ({ path, limit }: { path: string; limit: number | null }) =>
    `${path} 无法再增大：已达到文件大小上限${limit === null ? '' : ` ${limit} 字节`}（ulimit -f）`,
  'error.storage.sizeLimit.hint': '请提高上限，如 `ulimit -f unlimited`，然后重试；没有做任何修改',
  'error.storage.diskFull': ({ path }: Path) => `磁盘已满：${path} 需要空间写入`,
  'error.storage.diskFull.hint': '请释放一些空间后重试；没有做任何修改',
  'error.storage.writeFailed': ({ path, reason }: { path: string; reason: string }) => `无法写入 ${path}：${reason}`,
  'error.storage.writeFailed.hint': '请检查磁盘；没有做任何修改',
  'error.storage.readOnlyFs': ({ path }: Path) => `无法写入 ${path}：它位于只读文件系统上`,
  'error.storage.readOnlyFs.hint': '查询类命令仍可使用；可用 --db 在别处的副本上工作',
  'error.storage.readOnlyFile': ({ path }: Path) => `无法写入 ${path}：文件是只读的`,
  'error.storage.readOnlyFile.hint': ({ path }: Path) => `请将其改为可写（chmod u+w "${path}"）；查询类命令仍可使用`,
  'error.storage.readOnlyDir': ({ path, dir }: { path: string; dir: string }) =>
    `无法写入 ${path}：所在目录 ${dir} 是只读的`,
  'error.storage.readOnlyDir.hint': ({ dir }: { dir: string }) =>
    `请将目录改为可写（chmod u+w "${dir}"），或用 --db 指定别处；查询类命令仍可使用`,
  'error.storage.denied': ({ path, reason }: { path: string; reason: string }) => `无法写入 ${path}：${reason}`,
  'error.storage.denied.hint': '请检查文件和目录的权限',

  'error.commander.unknownOption': ({ option }: { option: string }) => `未知选项“${option}”`,
  'error.commander.unknownCommand': ({ command }: { command: string }) => `未知命令“${command}”`,
  'error.commander.didYouMean': ({ names }: { names: string }) => `（是否想输入 ${names}？）`,
  'error.commander.missingArgument': ({ argument }: { argument: string }) => `缺少必需的参数“${argument}”`,
  'error.commander.optionMissing': ({ option }: { option: string }) => `选项“${option}”缺少值`,
  'error.commander.tooMany': ({ command, expected, got }: { command: string; expected: number; got: number }) =>
    `“${command}”的参数过多：应有 ${expected} 个，实际给了 ${got} 个。`,
  'error.commander.badChoice': ({ option, value, choices }: { option: string; value: string; choices: string }) =>
    `选项“${option}”的值“${value}”无效。可选值为 ${choices}。`,
  'error.commander.badArgumentChoice': ({
    argument,
    value,
    choices,
  }: {
    argument: string;
    value: string;
    choices: string;
  }) => `参数“${argument}”的值“${value}”无效。可选值为 ${choices}。`,

  'error.didYouMean': ({ names }: { names: readonly string[] }) => `是否想输入 ${names.join('、')}？`,
  'error.useOneOf': ({ values }: { values: readonly string[] }) => `请使用以下之一：${values.join('、')}`,
  'error.account.notFound': ({ input }: { input: string }) => `没有名为“${input}”的客户`,
  'error.account.notFound.hint': '可用 `acct list` 查看客户名称',
  'error.account.ambiguous': ({ input, names }: { input: string; names: string }) => `“${input}”对应多个客户：${names}`,
  'error.account.ambiguous.hint': '请多输入几个字',
  'error.account.exactNeeded': '完整的名称或外部编号',
  'error.onlyAPrefix': ({ input, needs }: { input: string; needs: string }) =>
    `“${input}”只是名称的开头；删除时需要${needs}`,
  'error.onlyAPrefix.hint': ({ names }: { names: string }) => `可能是：${names}`,
  'error.top.bad': ({ value }: { value: string }) => `--top ${value}：应为不小于 1 的整数`,
  'error.type.unknown': ({ value }: { value: string }) => `未知的 --type“${value}”`,
  'error.format.twice': ({ format }: { format: string }) => `--json 和 --format ${format} 指定了两种格式`,
  'error.format.twice.hint': '只保留其中一个',
  'error.format.unknown': ({ format }: { format: string }) => `未知的 --format“${format}”`,
  'error.pick.which': '要操作哪个客户？请给出客户名称',
  'error.pick.which.hint': ({ command }: { command: string }) =>
    `如 acct ${command} acme；acct find TEXT 可按名称、备注和联系人查找`,
  'error.pick.none': '还没有任何客户',
  'error.pick.none.hint': '请先用 acct add NAME 添加',
  'error.pick.gone': '选中的客户刚刚已被删除；没有做任何操作',

  'error.lang.bad': ({ origin, value }: { origin: string; value: string }) =>
    `${origin}：界面语言只能是 en 或 zh-CN，不能是“${value}”`,
  'error.lang.bad.hint': '请使用 en 或 zh-CN',
} satisfies Translation<typeof english>;
