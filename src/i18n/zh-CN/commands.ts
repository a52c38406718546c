import type { commands as english, Dependents } from '../en/commands.js';
import type { Translation } from '../types.js';
import type { CopyCounts } from '../../store/copy.js';

/** What `acct db copy` copied (the store's counts), and between which locations (passwords masked). */
type CopyWords = CopyCounts & { from: string; to: string };

/** 字段的中文名（`acct edit` 等命令说改了哪些字段时用）；不认识的字段保持原样。 */
const FIELD: Readonly<Record<string, string>> = {
  name: '名称',
  externalId: '外部编号',
  industry: '行业',
  owner: '负责人',
  tier: '客户等级',
  city: '城市',
  address: '地址',
  revenue: '营业额',
  currency: '币种',
  share: '份额',
  position: '供应商地位',
  stage: '阶段',
  level: '关系层级',
  targetLevel: '目标关系层级',
  notes: '备注',
  title: '职务',
  department: '部门',
  role: '采购角色',
  attitude: '态度',
  strength: '关系强度',
  seniority: '职级',
  email: '邮箱',
  phone: '电话',
  birthday: '生日',
  preferences: '个人偏好',
  lastContacted: '最近联系日期',
  text: '内容',
  due: '到期日',
};
const fields = (ids: readonly string[]): string => ids.map((id) => FIELD[id] ?? id).join('、');

/** 导入、导出的记录类型。 */
const RECORD: Readonly<Record<string, string>> = {
  accounts: '客户',
  contacts: '联系人',
  activities: '往来',
  actions: '行动',
  assessments: '评估',
};
const record = (type: string): string => RECORD[type] ?? type;

/** 各设置项的含义（acct config list）。 */
const SETTING: Readonly<Record<string, string>> = {
  owner: '你是谁：新客户的负责人，也是 --mine 所指的人',
  'stale-days': '多少天没有记录联系，客户就算冷落了',
  'unassessed-days': '距上次评估多少天后，客户就该再评估了',
  'survey-days': '满意度回答多少天内有效，过期后重新询问（docs/domain.md §5）',
  'survey-days.A': 'A类客户的调查周期（默认取 survey-days）',
  'survey-days.B': 'B类客户的调查周期（默认取 survey-days）',
  'survey-days.C': 'C类客户的调查周期（默认取 survey-days）',
  'order-silence-days': '下单后沉默多少天，交付后的空档就算出现了（docs/domain.md §4）',
  'relationship-years': '预计客户持续采购的年数：客户终身价值 = 平均订单额 × 每年订单数 × 年数（docs/domain.md §4）',
  'role.manager': '面向销售经理的打法交给谁',
  'role.service': '面向客服团队的打法交给谁',
  'role.executive': '面向高管的打法交给谁',
  lang: 'acct 输出所用的语言：en 或 zh-CN',
  db: '数据库：文件路径或 postgres:// 地址（默认 $XDG_DATA_HOME/acct/acct.db）',
};

/** 设置值的来源。 */
const SOURCE: Readonly<Record<string, string>> = {
  flag: '命令行选项',
  environment: '环境变量',
  config: '配置文件',
  default: '默认值',
};

/** “及其 2 位联系人、5 条往来、1 项行动”，只说有的；没有时为空。 */
function withDependents(counts: Dependents): string {
  const parts = [
    counts.contacts > 0 ? `${counts.contacts} 位联系人` : '',
    counts.activities > 0 ? `${counts.activities} 条往来记录` : '',
    counts.actions > 0 ? `${counts.actions} 项行动` : '',
    counts.assessments > 0 ? `${counts.assessments} 次评估` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `及其 ${parts.join('、')}` : '';
}

const leaves = (logged: number): string => (logged > 0 ? `（${logged} 条往来记录中的此人姓名也会一并去掉）` : '');

/** 命令在 stderr 上说的话：已完成、无事可做、下一步、警告；以及命令自己打印的几个标题和列名。 */
export const commands = {
  'command.fields': ({ fields: ids }) => fields(ids),

  'command.account.added': ({ name, stage, level }) => `已添加 ${name}（${stage}，${level}）`,
  'command.account.next': ({ name }) => `下一步：acct contact add "${name}" <姓名> --department 采购`,
  'command.account.stageDerived': ({ to, position }) => `阶段已设为“${to}”，以符合供应商地位“${position}”`,
  'command.account.positionDerived': ({ to, stage }) => `供应商地位已设为“${to}”，以符合阶段“${stage}”`,
  'command.account.updated': ({ name, fields: ids }) => `已更新 ${name}：${fields(ids)}`,
  'command.account.renamed': ({ from, to }) => `已将 ${from} 改名为 ${to}`,
  'command.account.removed': ({ name, counts }) => `已删除 ${name}${withDependents(counts)}`,
  'command.account.removeQuestion': ({ name, externalId, counts }) =>
    `删除 ${externalId ? `${name}（外部编号 ${externalId}）` : name}${
      withDependents(counts) || '（它没有联系人、往来记录、行动或评估）'
    }？`,

  'command.contact.added': ({ name, account }) => `已将 ${name} 添加到 ${account}`,
  'command.contact.none': ({ account }) => `${account} 还没有联系人。`,
  'command.contact.updated': ({ name, fields: ids }) => `已更新 ${name}：${fields(ids)}`,
  'command.contact.removed': ({ name, account, logged }) => `已从 ${account} 删除 ${name}${leaves(logged)}`,
  'command.contact.removeQuestion': ({ who, account, logged }) => `从 ${account} 删除 ${who}${leaves(logged)}？`,

  'command.log.logged': ({ type, amount, account, contacts, date }) =>
    `已记录与 ${account}${contacts.length > 0 ? `（${contacts.join('、')}）` : ' '}的${type}${
      amount === null ? '' : `，金额 ${amount}`
    }，日期 ${date}`,

  'command.action.added': ({ id, account, due }) => `已为 ${account} 添加行动 #${id}${due ? `，${due}到期` : ''}`,
  'command.action.statusAll': '全部',
  'command.action.none': '没有符合条件的行动。',
  'command.action.updated': ({ id, fields: ids }) => `已更新行动 #${id}：${fields(ids)}`,
  'command.action.already': ({ id, status }) => `行动 #${id} 已经是“${status}”；没有做任何修改`,
  'command.action.marked': ({ id, status, was, text }) =>
    `行动 #${id} 已标为“${status}”${was !== null ? `（原为“${was}”）` : ''}：${text}`,

  'command.list.noAccounts': '还没有任何客户。可以这样添加：acct add "华东机械"',
  'command.list.noMatch': '没有符合条件的客户。',
  'command.report.noneOwned': ({ owner }) => `${owner} 名下没有客户。`,
  'command.history.none': ({ account }) => `${account} 还没有评估过。可以从这里开始：acct assess "${account}"`,
  'command.find.none': ({ query, near }) =>
    `没有找到与“${query}”匹配的内容${near.length > 0 ? `；是否想找 ${near.join('、')}？` : '。'}`,

  'command.import.moreErrors': ({ count }) => `…… 另有 ${count} 个错误`,
  'command.import.counts': ({ created, updated, unchanged, invalid }) =>
    `新建 ${created}，更新 ${updated}，未变 ${unchanged}，无效 ${invalid}`,
  'command.import.type': ({ type }) => record(type),
  'command.import.dryRun': ({ file, type, counts }) => `试运行 ${file}（${type}）：将会${counts}；没有写入任何内容`,
  'command.import.done': ({ file, type, counts, rejects }) =>
    `已导入 ${file}（${type}）：${counts}${rejects ? `；被拒绝的行在 ${rejects}` : ''}`,
  'command.import.total': ({ counts }) => `合计：${counts}`,

  'command.export.done': ({ count, type, file }) => `已将 ${count} 条${record(type)}记录导出到 ${file}`,

  'command.assess.lastAssessment': ({ date }) => `上次评估（${date}）`,
  'command.assess.yourAnswers': '你的回答',
  'command.assess.surveyStale': ({ dates, days, keys }) =>
    `${dates.join('、')} 的调查回答已超过 ${days} 天，需要重新回答：${keys.join('、')}`,
  'command.assess.discarded': ({ account }) => `已放弃：没有为 ${account} 保存任何内容`,
  'command.assess.acceptHint': '要把打法变成行动，请加上 --accept all 或 --accept <打法编号>,…',
  'command.assess.alreadyOpen': ({ plays }) => `以下打法已是待办行动，不再重复添加：${plays.join('、')}`,
  'command.assess.dryRun': ({ changes, actions }) => {
    const would = [
      changes !== null ? `会更新客户：${changes}` : '',
      actions > 0 ? `会添加 ${actions} 项行动` : '',
    ].filter(Boolean);
    return `试运行：没有保存任何内容${would.length > 0 ? `（${would.join('；')}）` : ''}`;
  },
  'command.assess.stored': ({ id, account, actions, changes }) =>
    `已保存 ${account} 的评估 #${id}${actions > 0 ? `，并添加 ${actions} 项行动` : ''}；${
      changes !== null ? `客户已更新：${changes}` : '客户信息无需更新'
    }`,
  'command.assess.moreDryRun': '加上 --all 可看全部',
  'command.assess.seeActions': ({ account }) => `查看这些行动：acct action list "${account}"`,

  'command.config.set': ({ key, value, path }) => `已在 ${path} 中将 ${key} 设为 ${value}`,
  'command.config.envWins': ({ env }) => `已设置环境变量 ${env}，它优先于配置文件`,
  'command.config.notSet': ({ key, path }) => `${path} 中没有设置 ${key}；没有做任何修改`,
  'command.config.removed': ({ key, path }) => `已从 ${path} 中删除 ${key}`,
  'command.config.meaning': ({ key, description }) => SETTING[key] ?? description,
  'command.config.source': ({ source }) => SOURCE[source] ?? source,
  'command.config.column.setting': '设置项',
  'command.config.column.value': '值',
  'command.config.column.source': '来源',
  'command.config.column.description': '含义',

  'command.db.ok': ({ path }) => `${path}：完好`,
  'command.db.more': ({ count }) => `…… 另有 ${count} 处`,
  'command.db.noBackups': ({ path }) => `${path} 没有备份。acct 每次升级数据库前都会先做一份备份。`,
  'command.db.nothingToPrune': ({ count, path }) => `无需清理：${path} 共有 ${count} 份备份。`,
  'command.db.pruneQuestion': ({ count, path, keep }) =>
    `删除 ${path} 的 ${count} 份备份${keep > 0 ? `（保留最新的 ${keep} 份）` : ''}？`,
  'command.db.deleted': ({ count, path }) => `已删除 ${path} 的 ${count} 份备份`,
  'command.db.remind': ({ count }) =>
    `还有 ${count} 份较早的备份（见 \`acct db backups\`）保留着被删除的数据；\`acct db backups --prune --keep 0\` 可将其删除`,
  'command.db.column.path': '路径',
  'command.db.column.schema': '结构版本',
  'command.db.column.written': '写入时间',
  'command.db.column.size': '大小',
  'command.db.status.backend': '后端',
  'command.db.status.location': '位置',
  'command.db.status.database': '数据库',
  'command.db.status.schema': '数据结构版本',
  'command.db.status.user': '用户',
  'command.db.status.server': '服务器版本',
  'command.db.status.owner': '负责人',
  'command.db.status.rights': '权限',
  'command.db.rights.owner': '数据库所有者：可修改一切，可添加成员（acct db grant）',
  'command.db.rights.manager': '经理：可查看和修改全部客户，可移交客户',
  'command.db.rights.rep': ({ owner }: { owner: string }) => `代表：可查看全部客户，只能修改 ${owner} 负责的客户`,
  'command.db.rights.reader': '只能查看，不能修改（不在团队中：请所有者运行 acct db grant）',
  'command.db.teamOnly': ({ command }: { command: string }) =>
    `acct db ${command} 用于 PostgreSQL 上的团队数据库（ACCT_DB=postgres://…）；SQLite 文件只供一人使用`,
  'command.db.init.done': ({ location }: { location: string }) =>
    `${location} 已可供团队使用：已建角色 acct_rep 与 acct_manager；用 acct db grant 角色名 添加成员`,
  'command.db.grant.done': ({
    role,
    owner,
    manager,
    created,
  }: {
    role: string;
    owner: string;
    manager: boolean;
    created: boolean;
  }) =>
    `${role} 的身份为${manager ? '经理' : '代表'}，负责人名 ${owner}${created ? '（已创建无密码的登录角色：请用 psql \\password 设置密码）' : ''}`,
  'command.db.copied': (c: CopyWords) =>
    `已从 ${c.from} 复制到 ${c.to}：客户 ${c.accounts} 个，联系人 ${c.contacts} 个，活动 ${c.activities} 条，` +
    `行动 ${c.actions} 项，评估 ${c.assessments} 次，变更记录 ${c.changes} 条`,

  'command.completion.help': '显示帮助',

  'command.context.noDatabase': ({ path }) =>
    `${path} 处还没有数据库；先显示一个空的客户组合（请检查 --db 或 ACCT_DB）`,
  'command.context.upgraded': ({ backup }) => `数据库已升级；旧数据库的副本在 ${backup}`,
} satisfies Translation<typeof english>;
