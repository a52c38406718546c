import type { commandErrors as english } from '../en/command-errors.js';
import type { Translation } from '../types.js';

const KEYS_HINT = '可用 `acct assess --questions` 查看问题键和可选的值';

/** 命令自己报的错误及提示（`acct: <出了什么问题>（<怎么解决>）`）。 */
export const commandErrors = {
  'error.cmd.nothingToChange': '没有要修改的内容',
  'error.cmd.nothingChanged': ({ message }) => `${message}；没有做任何修改`,
  'error.cmd.giveOne': '只保留其中一个',
  'error.cmd.noDatabase': ({ path }) => `${path} 处没有数据库`,
  'error.cmd.noDatabase.hint': '请检查 --db 或 ACCT_DB',

  'error.cmd.account.exists': ({ name }) => `已有名为“${name}”的客户`,
  'error.cmd.account.exists.hint': ({ name }) => `要修改它，请用 \`acct edit "${name}"\``,
  'error.cmd.account.externalIdTaken': ({ externalId, name }) => `外部编号“${externalId}”已属于 ${name}`,
  'error.cmd.account.externalIdTaken.hint': '外部编号不能重复',
  'error.cmd.account.stageMisfit': ({ stage, position }) =>
    `阶段“${stage}”与供应商地位“${position}”不相符；没有做任何修改`,
  'error.cmd.account.stageMisfit.hint': ({ stages }) =>
    `请给出与之相符的阶段（${stages.join('或')}），或不给阶段，由供应商地位推出`,
  'error.cmd.account.edit.hint': '请至少给出一个字段，如 --stage 初期合作；详见 acct edit --help',
  'error.cmd.account.emptyName': '新名称是空的',
  'error.cmd.account.emptyName.hint': '请给出一个名称',
  'error.cmd.account.alreadyRemoved': ({ name }) => `${name} 已经被删除了`,

  'error.cmd.contact.several': ({ input, account, names }) =>
    `“${input}”对应 ${account} 的多位联系人：${names.join('、')}`,
  'error.cmd.contact.several.hint': '请多输入几个字，或改用邮箱',
  'error.cmd.contact.none': ({ input, account }) => `${account} 没有名为“${input}”的联系人`,
  'error.cmd.contact.none.hint': ({ input, account, names }) =>
    names.length > 0 ? `那里的联系人有：${names.join('、')}` : `可以这样添加：acct contact add "${account}" "${input}"`,
  'error.cmd.contact.exactNeeded': '完整的姓名或邮箱',
  'error.cmd.contact.sameName': ({ account, name }) => `${account} 已有一位名为 ${name} 的联系人`,
  'error.cmd.contact.sameName.hint': '请用 acct contact edit 修改那一位，或给两人都加上 --email 以便区分',
  'error.cmd.contact.emailTaken': ({ email, account }) => `${account} 已有邮箱为 ${email} 的联系人`,
  'error.cmd.contact.emailTaken.hint': '请用 acct contact edit',
  'error.cmd.contact.edit.hint': '请至少给出一个字段，如 --attitude 支持；详见 acct contact edit --help',

  'error.cmd.log.currencyAlone': '--currency 是 --amount 的币种',
  'error.cmd.log.currencyAlone.hint': '请同时给出金额，如 --amount 420万',
  'error.cmd.log.future': ({ date }) => `--date ${date} 是将来的日期；往来记录只记已经发生的事`,
  'error.cmd.log.future.hint': ({ account, note, date }) =>
    `请改为安排一项行动：acct action add "${account}" "${note}" --due ${date}`,

  'error.cmd.action.status': ({ value, values }) => `--status“${value}”不是可选的值：${values.join('、')}`,
  'error.cmd.action.status.hint': '请从中选一个',
  'error.cmd.action.badId': ({ input }) => `“${input}”不是行动编号`,
  'error.cmd.action.badId.hint': '编号见 acct action list 的“编号”一列',
  'error.cmd.action.none': ({ id }) => `没有行动 #${id}`,
  'error.cmd.action.none.hint': '可用 acct action list 查看',
  'error.cmd.action.edit.hint': '请给出 --due、--owner 或 --text；详见 acct action edit --help',

  'error.cmd.mine.andOwner': '--mine 和 --owner 都在指定负责人',
  'error.cmd.mine.noOwner': '--mine 需要知道你是谁：还没有配置 owner',
  'error.cmd.mine.noOwner.hint': 'acct config set owner 你的名字',
  'error.cmd.today.everyone': '--everyone 和 --owner/--mine 都在指定负责人',
  'error.cmd.find.empty': '要查找什么？请给出一些文字',
  'error.cmd.find.empty.hint': '如 acct find 王，acct find @acme.example',
  'error.cmd.completion.unknown': ({ shell }) => `没有“${shell}”的补全脚本`,

  'error.cmd.import.stdinTwice': '标准输入（-）只能读取一次',
  'error.cmd.import.noFile': ({ path }) => `文件不存在：${path}`,
  'error.cmd.import.noFile.hint': '请检查路径；用 - 可读取标准输入',
  'error.cmd.import.typeFolder': '--type 不能用于目录',
  'error.cmd.import.typeFolder.hint': '目录中的文件按文件名识别类型：accounts.csv 等',
  'error.cmd.import.fatal': ({ file }) => `${file} 没能读到结尾；没有导入任何内容`,
  'error.cmd.import.fatal.hint': '请按上面的提示修正文件后重新导入',
  'error.cmd.import.invalid': ({ count }) => `${count} 行无效；没有导入任何内容`,
  'error.cmd.import.invalid.hint': '请修正后重新导入，或加上 --skip-invalid 只导入有效的行',
  'error.cmd.export.noDatabase.hint': '请检查 --db 或 ACCT_DB；没有导出任何内容',

  'error.cmd.assess.cannotRead': ({ file, reason }) => `无法读取回答文件 ${file}：${reason}`,
  'error.cmd.assess.stdin': '标准输入中的回答',
  'error.cmd.assess.unknownQuestion': ({ where, key }) => `${where}：没有“${key}”这个问题；没有保存任何内容`,
  'error.cmd.assess.problem': ({ where, message }) => `${where}：${message}；没有保存任何内容`,
  'error.cmd.assess.problems': ({ count, where }) => `${where} 中有 ${count} 处问题；没有保存任何内容`,
  'error.cmd.assess.keysHint': ({ close }) =>
    close.length > 0 ? `是否想输入 ${close.join('、')}？全部问题键见 acct assess --questions` : KEYS_HINT,
  'error.cmd.assess.seeQuestions': '详见 `acct assess --questions`',
  'error.cmd.assess.notYaml': ({ file, reason }) => `回答文件 ${file} 不是有效的 YAML 或 JSON：${reason}`,
  'error.cmd.assess.notYaml.hint': '每行写一个 `键: 值`',
  'error.cmd.assess.notMapping': ({ file }) => `回答文件 ${file} 应当是“问题键: 回答”的映射`,
  'error.cmd.assess.notMapping.hint': '如 supplierPosition: secondary',
  'error.cmd.assess.setForm': ({ item }) => `--set "${item}"：应为 键=值`,
  'error.cmd.assess.setForm.hint': '如 --set supplierPosition=secondary',
  'error.cmd.assess.setUnknown': ({ key }) => `--set：没有“${key}”这个问题`,
  'error.cmd.assess.setBad': ({ message }) => `--set：${message}`,
  'error.cmd.assess.acceptUnknown': ({ ids }) => `--accept：${ids.map((id) => `“${id}”`).join('、')}不在本次计划中`,
  'error.cmd.assess.acceptUnknown.hint': ({ plays }) =>
    plays.length > 0 ? `本次计划中有：${plays.join('、')}` : '本次计划是空的；请用 --accept none',
  'error.cmd.assess.which.hint': '如 acct assess acme；acct assess --questions 列出全部问题',
  'error.cmd.assess.acceptEmpty': '--accept 需要 all、none 或打法编号',
  'error.cmd.assess.missing': ({ keys }) => `缺少回答：${keys.join('、')}；没有保存任何内容`,
  'error.cmd.assess.missing.hint': ({ again }) =>
    `请用 --answers 文件 或 --set 键=值 给出（见 acct assess --questions）${again ? '，或用 --defaults 沿用上次的回答' : ''}`,
  'error.cmd.assess.removedMeanwhile': ({ name }) => `${name} 刚刚已被删除；没有保存任何内容`,

  'error.cmd.plan.topAndAll': '--top 和 --all 指定了两种长度',
  'error.cmd.plan.badAt': ({ value }) => `--at“${value}”不是日期`,
  'error.cmd.plan.badAt.hint': '可用 YYYY-MM-DD、yesterday、30d ago 或 30天前',
  'error.cmd.plan.noneBefore': ({ name, date }) => `${name} 在 ${date} 及之前没有评估`,
  'error.cmd.plan.noneBefore.hint': ({ name }) => `评估日期见 \`acct history "${name}"\``,
  'error.cmd.plan.notAssessed': ({ name }) => `${name} 还没有评估过`,
  'error.cmd.plan.notAssessed.hint': ({ name }) => `请运行 \`acct assess "${name}"\``,

  'error.cmd.report.wholeNumber': ({ flag, min, value }) => `${flag} 应为不小于 ${min} 的整数，不能是“${value}”`,
  'error.cmd.report.wholeNumber.hint': ({ flag }) => `如 ${flag} 14`,
  'error.cmd.report.notDate': ({ flag, value }) => `${flag}：“${value}”不是日期`,
  'error.cmd.report.notDate.hint': '可用 YYYY-MM-DD、yesterday、7d ago 或 7天前',
  'error.cmd.report.sinceAndDays': '--since 和 --days 只能给一个',
  'error.cmd.report.sinceAfter': ({ since, asOf }) => `--since ${since} 晚于统计区间的结束日（${asOf}）`,
  'error.cmd.report.sinceAfter.hint': '请选一个更早的日期',

  'error.cmd.db.damaged': ({ path, count }) => `${path} 已损坏（发现 ${count} 处问题）`,
  'error.cmd.db.restore': ({ backup, version }) =>
    backup !== null
      ? `请先把损坏的文件移到别处，再用一份备份覆盖它（最新的是 ${backup}，结构版本 ${version}；见 \`acct db backups\`）`
      : '它旁边没有备份；请用 `acct export` 把仍可读取的数据导出到新文件',
  'error.cmd.db.keepWithoutPrune': '--keep 要和 --prune 一起用',
  'error.cmd.db.keepWithoutPrune.hint': '如 acct db backups --prune --keep 1',
  'error.cmd.db.pruneNeedsKeep': '--prune 需要 --keep N：保留最新的几份备份',
  'error.cmd.db.pruneNeedsKeep.hint': '如 --prune --keep 3；--keep 0 全部删除',
  'error.cmd.db.keepNotNumber': ({ value }) => `--keep 需要一个整数，不能是“${value}”`,
  'error.cmd.db.keepNotNumber.hint': '如 --keep 1',
  'error.cmd.db.copyDirection': 'acct db copy 需要 --to 位置 或 --from 位置（二选一）',
  'error.cmd.db.copyDirection.hint': '如 acct db copy --to postgres://lin@db.example/acct',
  'error.cmd.db.copySame': ({ location }: { location: string }) =>
    `${location} 就是 acct 当前使用的数据库；请复制到另一个数据库或从另一个数据库复制`,
  'error.cmd.db.copyNotEmpty': ({ location, count }: { location: string; count: number }) =>
    `${location} 中已有 ${count} 个客户；acct 只会复制到空的数据库`,
  'error.cmd.db.copyNotEmpty.hint': '请新建一个数据库（createdb 名称）或指定一个新文件；没有复制任何内容',

  'error.cmd.config.hint': '可用 acct config list 查看',
  'error.cmd.config.notSet': ({ key }) => `${key} 没有设置`,
  'error.cmd.config.notSet.hint': ({ key }) => `可用 acct config set ${key} 值 设置`,
  'error.cmd.config.mkdir': ({ path, reason }) => `无法创建 ${path} 所在的目录：${reason}`,
  'error.cmd.config.mkdir.hint': '请把 ACCT_CONFIG 设为一个可写的文件',

  'error.cmd.playbook.one': ({ problem }) => `${problem}；没有做任何操作`,
  'error.cmd.playbook.one.hint': '请修正提到的文件，再用 `acct playbook validate` 检查',
  'error.cmd.playbook.many': ({ count }) => `打法手册文件中有 ${count} 处问题；没有做任何操作`,
  'error.cmd.playbook.many.hint': '请修正上面列出的文件，再用 `acct playbook validate` 检查',
  'error.cmd.playbook.unknownId': ({ id }) => `没有编号为“${id}”的打法手册或打法`,
  'error.cmd.playbook.unknownId.hint': '编号见 `acct playbook list`',
  'error.cmd.playbook.noPath': ({ path }) => `文件或目录不存在：${path}`,
  'error.cmd.playbook.noPath.hint': '请给出 .yaml 文件或目录',
  'error.cmd.playbook.noFiles': ({ paths }) => `${paths.join('、')} 中没有打法手册文件`,
  'error.cmd.playbook.noFiles.hint': '打法手册是 .yaml 或 .yml 文件；请给出这样的文件或存放它们的目录',
  'error.cmd.playbook.validated': ({ count }) => `通过：检查了 ${count} 个文件，没有问题`,
  'error.cmd.playbook.invalid': ({ problems, files }) => `${files} 个文件中有 ${problems} 处问题`,
  'error.cmd.playbook.invalid.hint': '上面每行的格式为 文件:行:列: 说明',
  'error.cmd.busyTimeout': ({ value }) => `ACCT_BUSY_TIMEOUT_MS 应为毫秒数（整数），不能是“${value}”`,

  'error.config.bad': ({ origin, message }) => `${origin}：${message}`,
  'error.config.bad.fixConfig': ({ key }) => `请用 acct config set ${key} 值 改正`,
  'error.config.bad.fix': ({ origin }) => `请改正 ${origin}`,
  'error.config.unknown': ({ key, close }) =>
    close.length > 0
      ? `没有“${key}”这个设置项（是否想输入 ${close.join('、')}？）`
      : `没有“${key}”这个设置项（可用 acct config list 查看）`,
  'error.config.days': ({ key, value }) => `${key} 应为 1 到 99999 之间的整数天数，不能是“${value}”`,
  'error.config.years': ({ key, value }) => `${key} 应为 1 到 100 之间的整数年数，不能是“${value}”`,
  'error.config.language': ({ key, value, values }) => `${key} 只能是 ${values.join(' 或 ')}，不能是“${value}”`,
  'error.config.text': ({ key }) => `${key} 只能是一行文字`,
  'error.config.notFile': ({ path }) => `${path} 不是普通文件`,
  'error.config.notFile.hint': '配置文件必须是普通文件',
  'error.config.otherUser': ({ path, uid }) => `配置文件 ${path} 属于另一个用户（uid ${uid}）`,
  'error.config.otherUser.hint': 'acct 只读取你自己的配置文件；请删除它或设置 ACCT_CONFIG',
  'error.config.writable': ({ path }) => `配置文件 ${path} 可以被其他用户修改`,
  'error.config.writable.hint': ({ path }) => `请改为只有你能读写：chmod 600 ${path}`,
  'error.config.cannotRead': ({ path, reason }) => `无法读取配置文件 ${path}：${reason}`,
  'error.config.cannotRead.hint': '请修正该文件，或设置 ACCT_CONFIG',
} satisfies Translation<typeof english>;
