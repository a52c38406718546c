import type { playbooks as english } from '../en/playbooks.js';
import type { Translation } from '../types.js';

type Reason = { reason: string };

/** 读取打法手册和问卷文件时的提示：拒绝读取的文件和目录、读不了的 YAML、缺少或写错的字段。 */
export const playbooks = {
  'playbooks.problems': ({ count, list }: { count: number; list: string }) =>
    `打法手册文件中有 ${count} 个问题：\n${list}`,
  'playbooks.problems.hint': '请修改列出的文件，再用 `acct playbook validate` 检查',
  'playbooks.more': ({ count }: { count: number }) => `该文件中另有 ${count} 个问题`,
  'playbooks.noQuestionnaire': '没有找到问卷（顶层含 "questions" 列表的文件）',

  'playbooks.yaml.tooDeep': ({ depth }: { depth: number }) => `嵌套超过 ${depth} 层；拒绝读取`,
  'playbooks.yaml.syntax': ({ reason }: Reason) => `YAML 语法错误：${reason}`,
  'playbooks.yaml.aliases': 'YAML 别名（*name）展开过多；拒绝读取（请把值直接写出来；打法手册用不到别名）',
  'playbooks.yaml.unreadable': ({ reason }: Reason) => `无法读取该 YAML：${reason}`,
  'playbooks.yaml.empty': '文件是空的',
  'playbooks.yaml.notMapping': '顶层应是含 id、title、version 等字段的映射',

  'playbooks.field.unknown': ({ key }: { key: string }) => `未知字段 ${key}`,
  'playbooks.field.missing': ({ field }: { field: string }) => `缺少必填字段 "${field}"`,
  'playbooks.field.expected': ({ expected, got }: { expected: string; got: string }) =>
    `应为 ${expected}，实际是 ${got}`,
  'playbooks.field.aList': '列表',
  'playbooks.field.nothing': '空值',
  'playbooks.duplicateBook': ({ id, at }: { id: string; at: string }) => `打法手册编号 ${id} 重复（另见 ${at}）`,
  'playbooks.duplicatePlay': ({ id, at }: { id: string; at: string }) => `打法编号 ${id} 重复（另见 ${at}）`,

  'playbooks.file.otherUser': ({ what, uid }: { what: string; uid: number }) =>
    `拒绝读取：${what}属于另一个用户（uid ${uid}），其中的打法可能出自任何人之手（请使用自己的目录；见 docs/playbooks.md）`,
  'playbooks.file.writable': ({ what, who, mode, path }: { what: string; who: string; mode: string; path: string }) =>
    `拒绝读取：${what}可被${who}写入（权限 ${mode}），别人可能改动其中的打法（chmod go-w ${path}）`,
  'playbooks.file.theFolder': '该目录',
  'playbooks.file.theFile': '该文件',
  'playbooks.file.folderAbove': ({ folder }: { folder: string }) => `其上级目录 ${folder} `,
  'playbooks.file.everyUser': '所有用户',
  'playbooks.file.itsGroup': '同组用户',
  'playbooks.file.cannotCheck': ({ folder, reason }: { folder: string; reason: string }) =>
    `无法检查 ${folder}：${reason}`,
  'playbooks.file.cannotRead': ({ reason }: Reason) => `无法读取：${reason}`,
  'playbooks.file.danglingLink': ({ reason }: Reason) => `拒绝读取：符号链接指向不存在的目标（${reason}）`,
  'playbooks.file.linkOutside': '拒绝读取：符号链接指向目录之外的文件（请把该文件复制到目录中）',
  'playbooks.file.notRegular': ({ kind }: { kind: string }) =>
    `拒绝读取：这是${kind}，不是普通文件（acct 只读取普通的 .yaml 文件；请将其删除）`,
  'playbooks.file.kind.folder': '一个目录',
  'playbooks.file.kind.fifo': '一个命名管道（FIFO）',
  'playbooks.file.kind.device': '一个设备',
  'playbooks.file.kind.socket': '一个套接字',
  'playbooks.file.kind.link': '一个符号链接',
  'playbooks.file.kind.other': '特殊文件',
  'playbooks.file.tooBig': '拒绝读取：超过 1 MiB；打法手册文件最大 1 MiB（请拆分成几个文件）',

  'playbooks.untranslated': ({ field, langs }: { field: string; langs: readonly string[] }) =>
    `${field} 缺少 ${langs.join(' 和 ')} 文本（随附的文本应写成 { en: …, zh-CN: … }，见 docs/playbooks.md §Languages）`,
  'playbooks.in.playbook': ({ id, message }: { id: string; message: string }) => `打法手册 ${id}：${message}`,
  'playbooks.in.play': ({ id, message }: { id: string; message: string }) => `打法 ${id}：${message}`,
  'playbooks.in.questionnaire': ({ message }: { message: string }) => `问卷：${message}`,
  'playbooks.in.question': ({ key, message }: { key: string; message: string }) => `问题 ${key}：${message}`,

  'playbooks.schema.notEmpty': '不能为空',
  'playbooks.schema.oneLanguage': '至少要给出一种语言的文本（en、zh-CN）',
  'playbooks.schema.text': '应为一段文本，或按语言分开的文本，如 { en: …, zh-CN: … }',
  'playbooks.schema.version': 'version 必须是带引号的字符串，如 "1.0"',
  'playbooks.schema.kebabId': '必须是 kebab-case（小写字母、数字和连字符），如 "weave-network"',
  'playbooks.schema.conditionOrNever': ({ got }: { got: string }) => `应为一个条件或单词 "never"，实际是 ${got}`,
  'playbooks.schema.priority': 'priority 必须是 1、2 或 3（1 最紧急）',
  'playbooks.schema.wholeDays': '必须是整数天',
  'playbooks.schema.notNegative': '必须大于或等于 0',
  'playbooks.schema.invests': 'invests 必须是 true 或 false',
  'playbooks.schema.upkeep': 'upkeep 必须是 true 或 false',
  'playbooks.schema.citesUnknown': ({ name }: { name: string }) =>
    `cites：未知事实 "${name}"（见 acct playbook facts）`,
  'playbooks.schema.onePlay': '打法手册至少要有一个打法',
  'playbooks.schema.duplicatePlay': ({ id, first }: { id: string; first: number }) =>
    `打法编号 ${id} 重复（另见 plays[${first}]）`,
  'playbooks.schema.optionValue': '选项值必须是 kebab-case，如 "rivals-fit"',
  'playbooks.schema.questionKey': '问题的 key 必须是 camelCase，如 "shareOfWallet"',
  'playbooks.schema.oneQuestion': '问卷至少要有一个问题',
  'playbooks.schema.duplicateQuestion': ({ key }: { key: string }) => `问题 key ${key} 重复`,
  'playbooks.schema.reserved': ({ key, meaning }: { key: string; meaning: string }) =>
    `"${key}" 是 acct 推导出的事实，不能用作问题 key（${meaning}）`,
  'playbooks.schema.needsOptions': ({ type }: { type: string }) => `${type} 类型的问题需要 options`,
  'playbooks.schema.noOptions': ({ type }: { type: string }) => `${type} 类型的问题不接受 options`,
  'playbooks.schema.duplicateOption': ({ value }: { value: string }) => `选项 ${value} 重复`,
  'playbooks.schema.minAboveMax': ({ min, max }: { min: number; max: number }) => `min ${min} 大于 max ${max}`,
  'playbooks.schema.minMax': 'min/max 只适用于 number 和 scale 类型的问题',
  'playbooks.schema.earlierOnly': ({ message }: { message: string }) =>
    `${message}（问题的 "when" 只能读取前面问题的答案）`,
} satisfies Translation<typeof english>;
