import type { help as english } from '../en/help.js';
import type { Translation } from '../types.js';

/** `acct --help` 的中文：命令、参数、选项、示例和说明。示例命令行与英文相同，人名处另加中文示例。 */
export const help = {
  'help.examples': '示例：',
  'help.title.usage': '用法：',
  'help.title.arguments': '参数：',
  'help.title.options': '选项：',
  'help.title.globalOptions': '全局选项：',
  'help.title.commands': '命令：',
  'help.extra.default': '默认：',
  'help.extra.choices': '可选值：',
  'help.extra.separator': '；',
  'help.extra.wrap': ({ text }: { text: string }) => `（${text}）`,
  'help.usage.options': '[选项]',
  'help.usage.command': '[命令]',
  'help.option.help': '显示该命令的帮助',
  'help.command.help': '显示某个命令的帮助',
  'help.field.values': ({ description, values }: { description: string; values: string }) =>
    `${description}：${values}`,
  'help.dateForms': ({ examples }: { examples: readonly string[] }) =>
    `${examples.join('、')}（d、w、m、y 分别表示天、周、月、年）`,
  'help.option.version': '显示版本号',

  'help.program.description': '面向 B2B 大客户团队的客户规划工具：拜访简报、客户评估、行动计划和每周复盘。',
  'help.program.db':
    '数据库文件或 postgres:// 地址（默认 $ACCT_DB，其次配置文件中的 db，否则 $XDG_DATA_HOME/acct/acct.db）',
  'help.program.json': '以 JSON 输出数据',
  'help.program.noColor': '不使用颜色（也可设 NO_COLOR=1 或 TERM=dumb）',
  'help.program.quiet': 'stderr 上不输出提示，只输出数据和错误',
  'help.program.noPager': '长输出不分页（也可设 ACCT_PAGER= 或 ACCT_PAGER=cat；默认 $ACCT_PAGER、$PAGER、less -FRX）',
  'help.program.examples': [
    'acct add "Acme Industrial" --owner lin --tier A --position secondary --stage initial-cooperation',
    'acct add 华东机械 --owner lin --tier A --position secondary --stage initial-cooperation',
    'acct contact add 华东机械 王丽 --department purchasing --role purchasing --attitude neutral',
    'acct show 华东机械',
    'acct list --owner lin --json',
  ].join('\n'),
  'help.program.notes':
    '数据保存在 $XDG_DATA_HOME/acct/acct.db（或 ~/.local/share/acct/acct.db），除非用 --db、ACCT_DB 或配置文件中的 db 另行指定。\n',

  'help.arg.account': '客户',
  'help.arg.accountRef': '客户名称、唯一的名称开头或外部编号',
  'help.arg.accountOrPick': '客户名称、唯一的名称开头或外部编号（在终端上可省略，从列表中选择）',
  'help.arg.actionId': '行动编号（见 acct action list）',
  'help.opt.yes': '不再确认（不在终端上运行时必须加）',
  'help.opt.top': '只显示计划的前 N 项打法（终端上默认显示 7 项）',
  'help.opt.playbooks': '你自己的打法手册目录（默认 $ACCT_PLAYBOOKS，否则为数据库旁的 playbooks/）',

  'help.add.description': '新建客户',
  'help.add.arg.name': '客户名称（唯一，不区分大小写）',
  'help.add.examples': [
    'acct add "Acme Industrial" --owner lin --tier A --revenue 120万 --currency CNY --share 15',
    'acct add 华东机械 --position candidate --city 上海',
  ].join('\n'),

  'help.list.description': '列出客户',
  'help.list.owner': '只看该负责人的客户',
  'help.list.mine': '只看我的客户：即 acct config set owner NAME 设定的负责人',
  'help.list.tier': '只看该等级：A、B、C',
  'help.list.stage': '只看该发展阶段',
  'help.list.level': '只看该关系层级',
  'help.list.examples': [
    'acct list',
    'acct list --owner lin --tier A',
    'acct list --mine',
    'acct list --stage initial-cooperation --json | jq ".[].name"',
  ].join('\n'),

  'help.show.description': '查看客户：概况、按部门列出的联系人、未完成的行动、近期往来',
  'help.show.examples': ['acct show acme', 'acct show 华东机械', 'acct show "Acme Industrial" --json'].join('\n'),

  'help.edit.description': '修改客户信息',
  'help.edit.examples': [
    'acct edit acme --stage primary-supplier --share 45',
    'acct edit acme --notes ""   # 清空备注',
  ].join('\n'),

  'help.rename.description': '重命名客户',
  'help.rename.arg.account': '现在的名称、名称开头或外部编号',
  'help.rename.arg.newName': '新名称',
  'help.rename.examples': ['acct rename acme "Acme Industrial Group"', 'acct rename 华东机械 华东机械集团'].join('\n'),

  'help.remove.description': '删除客户及其联系人、往来记录、行动和评估',
  'help.remove.examples': ['acct remove "Old Prospect"', 'acct remove "Old Prospect" --yes'].join('\n'),

  'help.contact.description': '管理客户方的联系人',
  'help.contact.examples': [
    'acct contact add acme "Wang Li" --department purchasing --role purchasing --strength 3',
    'acct contact add 华东机械 王丽 --department purchasing --role purchasing --strength 3',
    'acct contact list acme',
    'acct contact edit acme "Wang Li" --attitude supporter',
  ].join('\n'),
  'help.contact.add.description': '为客户添加联系人',
  'help.contact.add.arg.name': '联系人姓名',
  'help.contact.add.examples': [
    'acct contact add acme "Wang Li" --title "Purchasing Manager" --department purchasing --role purchasing --attitude neutral --strength 3 --seniority manager',
    'acct contact add 华东机械 王丽 --title 采购经理 --department purchasing --role purchasing --attitude neutral --strength 3 --seniority manager',
  ].join('\n'),
  'help.contact.list.description': '列出客户的联系人',
  'help.contact.list.examples': ['acct contact list acme', 'acct contact list acme --json'].join('\n'),
  'help.contact.edit.description': '修改联系人',
  'help.contact.edit.arg.contact': '联系人姓名、姓名开头或邮箱',
  'help.contact.edit.examples': [
    'acct contact edit acme "Wang Li" --attitude supporter --strength 4',
    'acct contact edit 华东机械 王丽 --attitude supporter --strength 4',
  ].join('\n'),
  'help.contact.remove.description': '删除联系人',
  'help.contact.remove.arg.contact': '联系人姓名、姓名开头或邮箱（加 --yes 时须为完整姓名、邮箱或 #编号）',
  'help.contact.remove.yes': '不再确认（此时客户也须写完整名称或外部编号）',
  'help.contact.remove.examples': [
    'acct contact remove acme "Wang Li" --yes',
    'acct contact remove 华东机械 王丽 --yes',
  ].join('\n'),

  'help.log.description': '记录一次往来，并更新相关联系人的最近联系日期',
  'help.log.arg.note': '发生了什么',
  'help.log.type':
    'visit（拜访）、call（电话）、email（邮件）、meeting（会议）、gift（礼品）、complaint（投诉）、order（订单）、other（其他）',
  'help.log.contact': '在场的人（可重复）',
  'help.log.date': ({ forms }: { forms: string }) => `日期（默认今天）：${forms}`,
  'help.log.amount': '订单金额，如 420万、4200000、"EUR 3m"（配合 --type order）',
  'help.log.currency': '--amount 的 ISO 币种，如 CNY（默认取客户的币种）',
  'help.log.examples': [
    'acct log acme "Plant visit, saw the new line" --type visit --contact "Wang Li" --contact "Zhao Min"',
    'acct log 华东机械 "参观工厂，看了新产线" --type visit --contact 王丽 --contact 赵敏',
    'acct log acme "Complaint about late delivery" --type complaint --date yesterday',
    'acct log acme "PO 4471, 12 gearboxes" --type order --amount 420万',
  ].join('\n'),

  'help.action.description': '有负责人和截止日期的待办行动',
  'help.action.examples': [
    'acct action add acme "Send the revised quote" --due 2026-12-01',
    'acct action list --owner lin --overdue',
    'acct action done 12',
  ].join('\n'),
  'help.action.add.description': '为客户添加行动',
  'help.action.add.arg.text': '要做的事',
  'help.action.add.owner': '由谁来做（默认客户负责人）',
  'help.action.add.due': ({ forms }: { forms: string }) => `截止日期：${forms}`,
  'help.action.add.playbook': '来自哪本打法手册',
  'help.action.add.play': '来自哪条打法',
  'help.action.add.examples': [
    'acct action add acme "Invite the plant manager to our lab" --due +14d --owner lin',
    'acct action add 华东机械 "邀请厂长参观我们的实验室" --due +14d --owner lin',
  ].join('\n'),
  'help.action.list.description': '列出行动（默认只列未完成的）',
  'help.action.list.arg.account': '只看该客户',
  'help.action.list.status': 'open（未完成）、done（已完成）、dropped（已放弃）或 all（全部）',
  'help.action.list.owner': '只看该负责人',
  'help.action.list.mine': '只看我的行动：即 acct config set owner NAME 设定的负责人',
  'help.action.list.overdue': '只看已过截止日期的未完成行动',
  'help.action.list.examples': [
    'acct action list',
    'acct action list acme --status all',
    'acct action list --owner lin --overdue --json',
    'acct action list --mine --overdue',
  ].join('\n'),
  'help.action.edit.description': '推迟截止日期、更换负责人或改写行动内容',
  'help.action.edit.due': ({ forms }: { forms: string }) => `新的截止日期：${forms}`,
  'help.action.edit.owner': '新的负责人',
  'help.action.edit.text': '新的内容',
  'help.action.edit.examples': ['acct action edit 12 --due +7d', 'acct action edit 12 --owner wang'].join('\n'),
  'help.action.show.description':
    '查看一项行动的全部内容：负责人、截止日期；若来自已采纳的打法，还有其理由、依据和步骤',
  'help.action.show.examples': ['acct action show 12', 'acct action show 12 --json'].join('\n'),
  'help.action.done.description': '将行动标为已完成（已完成的会如实说明）',
  'help.action.done.yes': '供脚本使用；标为完成不会询问',
  'help.action.done.examples': 'acct action done 12',
  'help.action.drop.description': '放弃不再值得做的行动（已放弃的会如实说明）',
  'help.action.drop.arg.id': '行动编号',
  'help.action.drop.yes': '供脚本使用；放弃不会询问',
  'help.action.drop.examples': ['acct action drop 12', 'acct action drop 12 --yes'].join('\n'),

  'help.field.account.externalId': '在你的 CRM 或 ERP 中的编号（唯一）',
  'help.field.account.industry': '行业',
  'help.field.account.owner': '客户负责人',
  'help.field.account.tier': '客户等级',
  'help.field.account.city': '城市',
  'help.field.account.address': '地址',
  'help.field.account.revenue': '年营业额，如 1.2m、120万、"EUR 3m"',
  'help.field.account.currency': '营业额的 ISO 币种代码，如 CNY',
  'help.field.account.share': '我们在客户采购中的份额，百分比（0-100）',
  'help.field.account.position': '我们的供应商地位',
  'help.field.account.stage': '发展阶段',
  'help.field.account.level': '关系层级',
  'help.field.account.targetLevel': '我们争取达到的关系层级',
  'help.field.account.notes': '备注',
  'help.field.contact.name': '联系人姓名',
  'help.field.contact.title': '职务',
  'help.field.contact.department': '部门',
  'help.field.contact.role': '采购角色',
  'help.field.contact.attitude': '对我们的态度',
  'help.field.contact.strength': '关系强度 1-5',
  'help.field.contact.seniority': '职级',
  'help.field.contact.email': '邮箱',
  'help.field.contact.phone': '电话',
  'help.field.contact.birthday': '生日（YYYY-MM-DD）',
  'help.field.contact.preferences': '个人情况与偏好',
  'help.field.contact.lastContacted': '最近联系日期',

  'help.assess.description': '评估客户：简报、问卷（沿用上次的答案）、推导结果和排好序的计划；采纳的打法会成为行动',
  'help.assess.arg.account': '客户名称、唯一的名称开头或外部编号（用 --questions 时不需要）',
  'help.assess.answers': '从 YAML 或 JSON 文件读取答案（- 表示从标准输入读）；数字用普通小数写法',
  'help.assess.set': '单个答案，如 --set supplierPosition=secondary（可重复）',
  'help.assess.noInput': '从不提问：缺答案时报错并列出缺少的项（不在终端上时自动如此）',
  'help.assess.defaults': '缺少的答案取自上次评估和客户资料（终端上显示“无变化”，只问还没有答案的题）',
  'help.assess.accept': '要采纳为行动的打法：all（全部）、none（不采纳），或用逗号分隔的打法编号',
  'help.assess.top': '只显示计划的前 N 项打法（终端上默认显示 7 项）',
  'help.assess.all': '显示计划中的全部打法',
  'help.assess.dryRun': '只显示结果和计划，不保存',
  'help.assess.questions': '输出问卷（编号、类型、允许的值）后退出',
  'help.assess.examples': [
    'acct assess acme',
    'acct assess acme --answers acme.yaml --accept all',
    'acct assess acme --defaults --set openComplaints=1 --set problems=quality --accept kr-quality-escalation',
    'acct assess acme --answers acme.yaml --dry-run --json | jq .result.plan',
    'acct assess --questions --json',
  ].join('\n'),
  'help.assess.notes':
    '\n在终端上，每道题都会显示所属部分、当前进度（如 7/24）和一行说明。\n' +
    '再次评估时会显示上次的答案，只问有什么变化：直接按回车即全部沿用。\n' +
    '到最后一步选择之前不会保存任何内容：s 保存并采纳打法（下一步勾选），\n' +
    'w 保存但不生成行动，c 修改某个答案，d 放弃。在这一步只按回车不会做任何选择。\n' +
    '在脚本中，--accept 代替这一步（保存并采纳所列打法），--dry-run 则什么都不保存。\n' +
    '保存时还会根据结果更新客户的发展阶段、关系层级、供应商地位和份额。\n',

  'help.plan.description': '重新显示最近一次评估的计划（或 --at 当天及之前最近的一次）',
  'help.plan.at': '该日期时有效的评估（YYYY-MM-DD、30d ago）',
  'help.plan.all': '显示全部打法（管道输出和 --json 总是全部显示）',
  'help.plan.examples': ['acct plan acme', 'acct plan acme --at 2026-01-31', 'acct plan acme --json'].join('\n'),

  'help.history.description': '列出客户的历次评估及其间的变化',
  'help.history.examples': ['acct history acme', 'acct history acme --json'].join('\n'),

  'help.playbook.description': '计划背后的打法手册：列出、查看、校验，以及条件可读取的事实',
  'help.playbook.examples': [
    'acct playbook list',
    'acct playbook show kr-fit-alarm',
    'acct playbook facts',
    'acct playbook validate ~/my-playbooks',
  ].join('\n'),
  'help.playbook.notes': '\n如何编写和测试打法手册：见 docs/playbooks.md\n',
  'help.playbook.list.description': '列出每本打法手册及其打法（编号、优先级、负责人、标题、来源）',
  'help.playbook.list.examples': ['acct playbook list', 'acct playbook list --json | jq ".[].plays[].id"'].join('\n'),
  'help.playbook.show.description': '查看一本打法手册，或一条打法的理由、步骤和条件（YAML 格式，可直接粘贴到文件中）',
  'help.playbook.show.arg.id': '打法手册编号或打法编号',
  'help.playbook.show.examples': [
    'acct playbook show key-account-retention',
    'acct playbook show kr-fit-alarm --json',
  ].join('\n'),
  'help.playbook.facts.description': '列出条件可读取的所有事实：类型、允许的值、运算符和含义',
  'help.playbook.facts.examples': [
    'acct playbook facts',
    'acct playbook facts --json | jq -r \'.[] | select(.type == "list") | .name\'',
    'acct playbook facts --playbooks ~/team-playbooks',
  ].join('\n'),
  'help.playbook.facts.notes': '\n你自己的问题（打法手册目录中的 assessment.yaml）也是事实。\n',
  'help.playbook.validate.description': '校验打法手册文件：每个问题按 文件:行:列: 说明 输出；有问题则退出码为 1',
  'help.playbook.validate.arg.paths': '.yaml 文件或目录（默认：随附的打法手册和你的目录）',
  'help.playbook.validate.examples': [
    'acct playbook validate',
    'acct playbook validate ~/team-playbooks',
    'acct playbook validate my-plays.yaml',
  ].join('\n'),

  'help.config.description':
    '设置：你是谁、团队角色、各项阈值（命令行选项优先于 ACCT_* 环境变量，环境变量优先于配置文件）',
  'help.config.notes':
    '\n配置文件为 $XDG_CONFIG_HOME/acct/config（否则 ~/.config/acct/config，或 $ACCT_CONFIG），\n' +
    '每行一条“key = value”。每项设置也可来自环境变量：\n' +
    'role.manager 取自 ACCT_ROLE_MANAGER，stale-days 取自 ACCT_STALE_DAYS。\n',
  'help.config.examples': [
    'acct config set owner lin',
    'acct config set lang zh-CN',
    'acct config set role.manager wang',
    'acct config get stale-days',
    'acct config list',
  ].join('\n'),
  'help.config.list.description': '列出每项设置、它的值以及值的来源',
  'help.config.list.examples': ['acct config list', 'acct config list --json'].join('\n'),
  'help.config.get.description': '显示一项设置',
  'help.config.arg.key': '设置项，如 owner 或 role.manager',
  'help.config.get.examples': 'acct config get owner',
  'help.config.set.description': '把一项设置写入配置文件',
  'help.config.set.arg.value': '设置的值',
  'help.config.set.examples': ['acct config set owner lin', 'acct config set survey-days.A 60'].join('\n'),
  'help.config.unset.description': '从配置文件中删除一项设置（恢复默认值）',
  'help.config.unset.arg.key': '设置项',
  'help.config.unset.examples': 'acct config unset role.service',

  'help.db.description': '数据库：检查是否损坏，列出并清理备份，显示所在位置；建立团队数据库',
  'help.db.examples': ['acct db check', 'acct db backups', 'acct db backups --prune --keep 1', 'acct db init'].join(
    '\n',
  ),
  'help.db.status.description':
    'acct 正在使用哪个数据库：后端、位置（密码已隐去）、数据结构版本、用户；团队数据库还显示你的负责人名和权限',
  'help.db.status.examples': ['acct db status', 'ACCT_DB=postgres://lin@db.example/acct acct db status --json'].join(
    '\n',
  ),
  'help.db.copy.description':
    '把整个客户组合复制到另一个数据库（--to）或从另一个数据库复制过来（--from），要么全部成功，要么什么都不做；目标必须为空',
  'help.db.copy.to': '从 acct 当前使用的数据库复制到“位置”（文件或 postgres:// URL）',
  'help.db.copy.from': '从“位置”复制到 acct 当前使用的数据库',
  'help.db.copy.examples': [
    'acct db copy --to postgres://lin@db.example:5432/acct',
    'acct --db ~/acct-back.db db copy --from postgres://lin@db.example/acct',
  ].join('\n'),
  'help.db.copy.notes': '\n目标数据库中不能已有客户。密码请放在 ~/.pgpass 中，不要写在 URL 里。\n',
  'help.db.check.description': '读取数据库的每一页和每个引用；若已损坏则退出码为 1',
  'help.db.check.examples': ['acct db check', 'acct db check --db ~/old/acct.db --json'].join('\n'),
  'help.db.init.description': '建立团队数据库：数据结构、acct_rep 与 acct_manager 两个角色，以及谁能改什么',
  'help.db.init.examples': [
    'ACCT_DB=postgres://postgres@db.example/acct acct db init',
    'acct db grant lin               # 销售代表：负责人名为 lin，只能修改自己的客户',
    'acct db grant zhang --manager   # 经理：可修改全部客户，并能移交客户',
  ].join('\n'),
  'help.db.init.notes':
    '\n请以拥有 CREATEROLE 权限的数据库所有者（或超级用户）运行；重复运行无害。\n' +
    '每位代表都能查看全部客户，但只能修改自己负责的客户；详见 docs/postgres.md。\n',
  'help.db.grant.description': '让一个 PostgreSQL 登录角色以代表或经理身份使用团队数据库',
  'help.db.grant.arg.role': 'PostgreSQL 登录角色（不存在时自动创建，不设密码）',
  'help.db.grant.owner': '该角色对应的负责人名（默认与角色名相同）',
  'help.db.grant.manager': '经理：可修改全部客户并移交客户',
  'help.db.grant.examples': [
    'acct db grant lin',
    'acct db grant wang.li --owner wang',
    'acct db grant zhang --manager',
    "psql -c '\\password lin'   # 再设密码，由 lin 保存在 ~/.pgpass 中",
  ].join('\n'),
  'help.db.check.notes':
    '\n以只读方式运行 SQLite 的 integrity_check 和 foreign_key_check。发现损坏时会说明\n' +
    '下一步怎么做：恢复一份备份（`acct db backups`），或导出仍可读取的数据。\n',
  'help.db.backups.description': '列出 acct 在升级数据库前做的备份；--prune 删除备份',
  'help.db.backups.prune': '删除备份，只保留最新的 --keep N 份（必填；--keep 0 全部删除）；在终端上会先确认',
  'help.db.backups.keep': '与 --prune 一起用：保留最新的 N 份（0 表示不保留）',
  'help.db.backups.examples': [
    'acct db backups',
    'acct db backups --json | jq ".[0].path"',
    'acct db backups --prune --keep 1',
    'acct db backups --prune --keep 0 --yes   # 在 acct remove 之后，确保没有副本保留已删除的数据',
  ].join('\n'),
  'help.db.backups.notes':
    '\n备份放在数据库旁边，命名为 <db>.v<schema>-<time>.bak，仅所有者可读写（0600）。\n' +
    'acct 自动保留最新的 3 份。备份含有制作时数据库中的全部内容，\n' +
    '包括此后删除的记录。\n',

  'help.brief.description': '拜访前的简报：备注、上次沟通、未完成的行动和打法、联系人、变化、风险',
  'help.brief.format': 'text、markdown 或 json（默认 text；--json 等同于 --format json）',
  'help.brief.examples': [
    'acct brief acme',
    'acct brief 华东机械',
    'acct brief acme --format markdown > acme-call.md',
    'acct brief acme --json | jq .risk',
  ].join('\n'),

  'help.today.description': '我的一天：逾期行动、本周到期的行动、该联系的客户、该做的评估；最紧急的在前',
  'help.today.owner': '看该负责人的一天（默认：已设定的负责人，否则所有人）',
  'help.today.mine': '已设定的负责人（acct config set owner NAME）；未设定时报错',
  'help.today.everyone': '看所有人的一天，即使已设定负责人',
  'help.today.all': '显示全部条目，不限一屏',
  'help.today.notes':
    '\n按紧急程度排序：\n' +
    '  1. 逾期的行动，逾期最久的在前\n' +
    '  2. 下单后沉默的客户（下单后 order-silence-days 天内没有联系），最久的在前\n' +
    '  3. 本周到期的行动（今天及之后六天），最早到期的在前\n' +
    '  4. stale-days 天或更久没有联系的客户，最久的在前；从未联系过的排最后\n' +
    '  5. 该做的评估：从未评估过的重点客户，然后是 unassessed-days 天或更久未评估的，\n' +
    '     然后是问卷答案超过调查周期（survey-days）的\n' +
    '同等紧急时，等级高的客户在前。这些阈值都是设置项：见 acct config list。\n',
  'help.today.examples': [
    'acct today',
    'acct today --owner wang',
    'acct today --everyone --all',
    'acct today --json | jq ".items[0]"',
  ].join('\n'),

  'help.find.description': '按名称、外部编号、备注、联系人姓名和邮箱、往来记录查找客户',
  'help.find.arg.text': '要查找的内容（不区分大小写和全角/半角）',
  'help.find.notes':
    '\n最相关的在前：完全相同的名称、以该内容开头的名称，然后是外部编号、联系人、\n' + '邮箱、客户备注和往来记录。\n',
  'help.find.examples': [
    'acct find wang',
    'acct find 华东',
    'acct find @acme.example',
    'acct find "frame agreement"',
    'acct find KA-1003 --json',
  ].join('\n'),

  'help.completion.description': '输出 shell 补全脚本：命令、选项、选项的值和客户名称',
  'help.completion.arg.shell': 'bash、zsh 或 fish',
  'help.completion.examples': [
    'source <(acct completion bash)          # 写入 ~/.bashrc',
    'source <(acct completion zsh)           # 写入 ~/.zshrc',
    'acct completion fish | source           # 写入 ~/.config/fish/config.fish',
  ].join('\n'),
  'help.completion.notes': '\n按 Tab 时，客户名称从数据库（--db 或 ACCT_DB）读取。\n',

  'help.report.description': '每周复盘：客户组合、变化、需要关注的事项，按负责人分列',
  'help.report.since': '复盘周期的第一天（含当天）',
  'help.report.days': '周期的天数，截至今天（默认 7）',
  'help.report.asOf': '把这一天当作今天（默认今天，或 $ACCT_NOW）',
  'help.report.owner': '只看该负责人的客户和行动',
  'help.report.mine': '只看我的客户和行动：即 acct config set owner NAME 设定的负责人',
  'help.report.staleDays': '标出这么多天没有联系的客户（默认：设置项 stale-days，30）',
  'help.report.unassessedDays': '标出这么多天没有评估的客户（默认：设置项 unassessed-days，30）',
  'help.report.format':
    'table、text（不带颜色的表格，适合邮件或聊天）、plain、json、csv、markdown 或 html（带图表的页面，便于分享或打印）（默认：终端上为 table，管道输出为 plain；用 -o 时按文件扩展名决定）',
  'help.report.limit':
    '每个列表的行数：本周需要你处理、另外、变化、各关注组（table、text、html 和 json 默认 25；plain、csv 和 markdown 默认全部；0 表示全部）',
  'help.report.notes':
    '\n周期由整天（UTC）组成，首尾两天都包括在内：截至 --as-of 当天结束\n' +
    '（日期更晚的记录不计），从 --since 开始，或往前推足 --days N 天\n' +
    '（2026-03-15 用 --days 7：2026-03-09 .. 2026-03-15）。\n' +
    '“变化”是与周期开始前一天结束时的状态相比，\n' +
    '该状态由保存的变更历史（评估、修改、导入）重放得出。\n' +
    '最前面是本周需要你处理的事：每个客户一行，最严重的在前，\n' +
    '并写明下一步做什么；只有次要原因的客户列在“另有”一行。\n' +
    '最后是趋势：过去 8 周每周末按发展阶段和风险统计的客户数，由历史重放得出，\n' +
    '分整体和各负责人列出。\n' +
    '管道输出以制表符分隔；第一个字段是所属部分\n' +
    '（window, portfolio, moved, priority, also, attention, owner, trend）。\n',
  'help.report.examples': [
    'acct report',
    'acct report --owner lin --days 14',
    'acct report --mine',
    'acct report --as-of 2026-03-13 --format markdown > review-2026-w11.md',
    'acct report --format csv > review.csv',
    'acct report -o review.html   # 带图表的单页：用浏览器打开、打印或邮寄',
    'acct report --json | jq ".attention[] | select(.group == \\"risk\\")"',
    'acct report | grep ^attention | cut -f3,4,6',
  ].join('\n'),

  'help.import.description': '从 CSV 导入客户、联系人、往来记录、行动或评估（要么全部导入，要么都不导入）',
  'help.import.arg.files': 'CSV 文件、- 表示标准输入，或含 accounts.csv、contacts.csv 等文件的目录；在一个事务中完成',
  'help.import.type': '文件的内容类型（默认：根据表头推断）',
  'help.import.map': '把 COLUMN 列读作 FIELD 字段；"COLUMN=-" 表示忽略该列（可重复）',
  'help.import.mapping': '“列: 字段”对照的 YAML 或 JSON 文件',
  'help.import.encoding': 'utf-8、utf-16le、gb18030 等（默认：自动识别）',
  'help.import.delimiter': '字段分隔符：, ; tab |（默认：自动识别）',
  'help.import.skipInvalid':
    '导入有效的行；其余行连同原因写入 NAME.csv 旁的 NAME.rejects.csv（标准输入则为 ./stdin.rejects.csv）',
  'help.import.dryRun': '检查每一行并报告将会有哪些变化；不写入任何内容',
  'help.import.examples': [
    'acct import examples/            # accounts、contacts、activities、actions、assessments',
    'acct import accounts.csv contacts.csv',
    'acct import customers.csv --dry-run',
    'acct import crm-export.csv --type accounts --map "Kunde=name" --map "Internal Code=-"',
    'acct import 客户.csv --type accounts --map "客户名称=name"',
    'acct import contacts.csv --skip-invalid --json',
    'iconv -f gbk -t utf-8 old.csv | acct import - --type accounts',
  ].join('\n'),
  'help.import.notes':
    '\n各行与已有记录对应（客户按外部编号，否则按名称；联系人按客户和邮箱，\n' +
    '否则按姓名），所以同一文件导入两次不会有任何变化。错误按 文件:行: 列: 说明 输出。\n' +
    '表头上方的标题行会被跳过。createdAt（“Created Date”、“创建时间”）列保留客户在源系统中的\n' +
    '建档时间，这样首次导入的客户不会在每周复盘中显示为新客户。\n',

  'help.export.description': '以 CSV 或 JSON 导出记录，列与 acct import 读取的相同',
  'help.export.type': '要导出的内容',
  'help.export.format': '输出格式',
  'help.export.output': '写入 FILE 而不是标准输出（CSV 文件带 BOM，便于 Excel 打开）',
  'help.export.raw': '不处理以 = + - @ 开头的单元格（防止电子表格公式注入）',
  'help.export.examples': [
    'acct export -o accounts.csv',
    'acct export --type contacts --format json | jq ".[].email"',
    'acct export --type activities -o activities.csv',
  ].join('\n'),

  'help.complete.arg.what': 'accounts',
  'help.complete.arg.prefix': '已输入的内容',
} satisfies Translation<typeof english>;
