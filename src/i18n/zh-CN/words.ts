import { labelOf, VOCABULARY, type Vocabulary } from '../../domain/vocabulary.js';
import type { WordParams } from '../../domain/words.js';
import type { words as english } from '../en/words.js';
import { list, num, str } from '../word-params.js';
import type { Translation } from '../types.js';
import { formatDate } from '../../render/format.js';

/** A date in a sentence, written as Chinese readers write it (2026年11月30日); params keep the ISO date. */
const day = (p: WordParams): string => formatDate(str(p, 'date'), 'zh-CN');

/** An id of any closed vocabulary in Chinese (the first vocabulary that knows it); an unknown id as it is. */
export function zhValue(id: string): string {
  for (const kind of Object.keys(VOCABULARY) as Vocabulary[]) {
    const label = labelOf(kind, id, 'zh-CN');
    if (label !== id) return label;
  }
  return OTHER_VALUES[id] ?? id;
}

/** Answer values that are no vocabulary of the account records (questionnaire options, yes/no). */
const OTHER_VALUES: Readonly<Record<string, string>> = {
  yes: '是',
  no: '否',
  unsure: '不确定',
  true: '是',
  false: '否',
  'senior-management': '高层管理者',
  engineering: '技术部门',
  diamond: '钻石型',
  'bow-tie': '领结型',
  quality: '质量',
  delivery: '交付',
  service: '服务',
  price: '价格',
  billing: '账务',
  'far-above': '远高于市场',
  'slightly-above': '略高于市场',
  'at-market': '与市场持平',
  below: '低于市场',
  balanced: '均衡',
  high: '高',
  low: '低',
  medium: '中',
};

const FIELD: Readonly<Record<string, string>> = {
  stage: '合作阶段',
  relationshipLevel: '关系层级',
  supplierPosition: '供应商地位',
  criteriaFit: '采购标准契合度',
  risk: '流失风险',
  experience: '采购经验类型',
  satisfaction: '满意度',
  share: '采购份额',
};

const CAUSE: Readonly<Record<string, string>> = {
  'selling-unit': '客户正在出售我们供货的业务',
  'closing-unit': '客户正在关闭我们供货的业务',
  relocating: '客户正把我们供货的业务迁到我们服务不到的地方',
  'taken-over': '客户正被一家自有供应商的集团收购',
  'integrating-upstream': '客户开始自己生产我们卖的产品',
  'scope-change': '客户的业务方向正在偏离我们供应的产品',
};
const cause = (id: string): string => CAUSE[id] ?? `客户正在发生我们无法左右的变化（${id}）`;

const MISSING: Readonly<Record<string, string>> = {
  'importance-unassessed': '尚未评估双方的相互重要性',
  'importance-unequal': '双方对彼此的重要性不对等或不够高',
  'power-unassessed': '尚未评估双方的力量对比',
  'power-unbalanced': '一方可以左右另一方',
  'switching-unassessed': '尚未评估转换成本',
  'switching-low': '转换成本不高',
};
const target = (p: WordParams): string => (str(p, 'level') === 'partner' ? '合作伙伴关系' : '战略联盟');
const SATISFACTION = ['非常不满意', '不太满意', '一般', '满意', '非常满意'];
const score = (p: WordParams, key: string): string =>
  p[key] === '' || p[key] === undefined ? '未调查' : `${num(p, key)}/5 ${SATISFACTION[num(p, key) - 1] ?? ''}`.trim();
const field = (p: WordParams): string => FIELD[str(p, 'field')] ?? str(p, 'field');
/** A field's value: an enum id as its Chinese label, a share as a percentage. */
const fieldValue = (p: WordParams, key: string): string => {
  const value = str(p, key);
  if (value === '') return '未知';
  return str(p, 'field') === 'share' ? `${value}%` : zhValue(value);
};
const names = (p: WordParams): string => list(p, 'people').join('、');

/** Chinese fact labels for because lines (src/domain/assessment/catalogue.ts); a team's own facts keep their text. */
/** 条件问题中的事实类型。 */
const CONDITION_TYPE: Readonly<Record<string, string>> = {
  string: '文本类事实',
  number: '数字类事实',
  boolean: '是/否类事实',
  list: '列表类事实',
};

/** 运算符不适用时的替代写法。 */
const CONDITION_INSTEAD: Readonly<Record<string, string>> = {
  'list-in':
    '；"has" 只接受一个值：“其中任一”请写 { any: [...] }，里面放几个 "has" 条件，“一个都没有”再放进 { not: ... }',
  'list-eq': '；单个值用 "has"，非空/为空用 "true"/"false"',
  'boolean-in': '；请用 op: "true" 或 op: "false"',
  'scalar-has': '；单个值用 "eq"，列表用 "in"',
  'scalar-true': '；请用 "set"/"unset"，或带值的 "eq"',
};

const FACT: Readonly<Record<string, string>> = {
  supplierPosition: '我方供应商地位',
  shareOfWallet: '我方采购份额',
  currentLevel: '当前关系层级',
  purchaseCriteria: '谁符合采购标准',
  buyingDriver: '当前主导采购的一方',
  shiftSigns: '采购方向专家型转变的迹象',
  newApplications: '正与客户开发新应用',
  triggers: '当前出现的机会触发点',
  internalConflict: '客户内部对现有供应商有分歧',
  userDeptIssues: '使用部门受现有供应商质量或服务之苦',
  newDemandIdea: '看到能带来新需求的市场或产品',
  differentiatedOffer: '我们有明显更有竞争力的产品或方案',
  personalNeedsUnmet: '关键人物的个人需求未被现有供应商满足',
  bondsCovered: '利益纽带和信任纽带已牢固建立',
  personalCare: '个人关怀已形成习惯',
  openComplaints: '未结客户投诉',
  problems: '我方未解决的问题',
  serviceLevel: '客户享有的服务项目',
  prioritySupply: '客户在数量和交期上享有优先',
  priceVsMarket: '我方价格与市场均价相比',
  meetingCadence: '与客户团队的例会频率',
  counterpartTeam: '已建立对口团队',
  executiveChannel: '高层对高层的沟通渠道畅通',
  strategicAlignment: '双方发展战略的契合度',
  toldAboutChanges: '已告知客户我方变化并收集反馈',
  customerFile: '客户档案完整、专人负责并经主管审核',
  satisfaction: '调查所得满意度',
  repurchaseIntent: '再次采购意向',
  wouldRecommend: '推荐意愿',
  referralsAsked: '已请客户转介绍',
  rivalRebates: '竞争对手以短期返利争夺客户',
  structuralChange: '正在发生的不可控流失原因',
  postDeliveryDrop: '交付后我方关注度下降',
  targetLevel: '目标关系层级',
  mutualImportance: '双方的相互重要性',
  powerBalance: '双方力量对比',
  switchingCost: '相互替换的成本',
  tier: '客户等级',
  industry: '客户行业',
  hasOwner: '客户有负责人',
  isKeyAccount: '重点客户',
  contactCount: '联系人数量',
  strongContacts: '关系牢固的联系人',
  departmentsReached: '已覆盖的部门',
  departmentCount: '已覆盖的部门数',
  seniorityReached: '已覆盖的职级',
  supporters: '支持者人数',
  opponents: '反对者人数',
  singleThreaded: '单线联系',
  hasExecutive: '有高层或决策者联系人',
  coverageShape: '关系网形态',
  onlyPurchasingContacts: '联系人全在采购部门',
  birthdaysNext30d: '未来 30 天内过生日的联系人',
  daysSinceContact: '距上次联系的天数',
  complaintsLast90d: '近 90 天的投诉次数',
  oldestOpenComplaintDays: '最早一起未结投诉已拖的天数',
  postDeliveryGap: '上次订单后无人联系',
  daysSinceOrder: '上次订单后的沉默天数',
  lastOrderDate: '上次订单日期',
  ordersToDate: '迄今订单数',
  lifetimeValue: '客户终身价值估算',
  openActionCount: '待办行动',
  overdueActions: '逾期行动',
  hasPrevious: '有上一次评估',
  previousBuyingDriver: '上次评估时主导采购的一方',
  buyingDriverChanged: '主导采购的一方发生了变化',
  satisfactionDropped: '满意度下降',
  stage: '合作阶段',
  relationshipLevel: '关系层级',
  criteriaFit: '采购标准契合度',
  experienceProfile: '采购方类型',
  experienceScore: '采购经验分',
  shiftSignCount: '转变迹象数量',
  riskLevel: '流失风险',
  riskScore: '风险分',
  targetAboveCurrent: '目标层级高于当前层级',
  uncontrollable: '存在我方无法控制的原因',
  surveyAgeDays: '距满意度调查的天数',
  surveyDue: '该做满意度调查了',
  atRightLevel: '已处于合适的关系层级',
  healthy: '客户状态健康',
  targetWorthIt: '目标层级值得投入',
};

export const words = {
  'words.risk.criteriaFit.alarm': () => '竞争对手符合采购标准而我们不符合（警报）',
  'words.risk.criteriaFit.alert': () => '竞争对手与我们同样符合采购标准（警惕）',
  'words.risk.criteriaFit.unknown': () => '不了解客户的采购标准',
  'words.risk.openComplaints': (p) => `${num(p, 'count')} 起未结投诉`,
  'words.risk.openComplaints.aged': (p) => `${num(p, 'count')} 起未结投诉，最早一起已拖 ${num(p, 'days')} 天`,
  'words.risk.problems.quality': () => '质量问题尚未解决',
  'words.risk.problems.other': (p) => `${list(p, 'problems').map(zhValue).join('、')}问题尚未解决`,
  'words.risk.satisfaction.low': (p) => `客户不满意（${num(p, 'score')}/5）`,
  'words.risk.satisfaction.neutral': () => '客户满意度一般（3/5）',
  'words.risk.satisfactionDropped': () => '满意度比上次评估下降',
  'words.risk.repurchaseIntent.no': () => '客户无意再次采购',
  'words.risk.repurchaseIntent.unsure': () => '客户对再次采购犹豫不定',
  'words.risk.wouldRecommend.no': () => '客户不愿推荐我们',
  'words.risk.singleThreaded': () => '关系系于单线联系',
  'words.risk.experienceProfile.specialist': () => '采购方已成为经验丰富的专家',
  'words.risk.experienceProfile.shifting': () => '采购方正从多面手转向专家',
  'words.risk.priceVsMarket.far-above': () => '我方价格远高于市场',
  'words.risk.priceVsMarket.slightly-above': () => '我方价格略高于市场',
  'words.risk.daysSinceContact': (p) => `已 ${num(p, 'days')} 天未联系`,
  'words.risk.daysSinceContact.never': () => '没有联系记录',
  'words.risk.rivalRebates': () => '竞争对手提供短期返利',
  'words.risk.uncontrollable': (p) => `不可控：${list(p, 'causes').map(cause).join('；')}`,
  'words.risk.opponents': () => '反对者多于支持者',
  'words.risk.overdueActions': (p) => `${num(p, 'count')} 项行动逾期`,
  'words.risk.postDeliveryDrop': () => '交付后我方关注度下降',
  'words.risk.postDeliveryDrop.records': (p) =>
    `自 ${day(p)} 的订单以来已 ${num(p, 'days')} 天未联系：交付后出现了服务空档`,

  'words.signal.purchasing-decides': () => '采购部门已接管决策',
  'words.signal.purchasing-decides.driver': () => '采购部门主导采购',
  'words.signal.buying-moved': (p) => `主导采购的一方从${zhValue(str(p, 'from'))}变为${zhValue(str(p, 'to'))}`,
  'words.signal.sponsors-stepped-back': () => '原来的支持者已退居幕后',
  'words.signal.less-interest-new-applications': () => '对新应用的兴趣在减退',
  'words.signal.price-only': () => '谈判只谈价格',
  'words.signal.unbundling': () => '客户拆分系统，零部件另找他家采购',
  'words.signal.faster-decisions': () => '决策更快，越来越不需要我们的指导',

  'words.thread.no-strong': () => '没有关系强度在 2 及以上的联系人',
  'words.thread.one-strong': (p) => `只有一位关系牢固的联系人（${str(p, 'name')}）`,
  'words.thread.no-department': () => '没有已知部门的联系人',
  'words.thread.one-department': (p) => `所有联系人都在${zhValue(str(p, 'department'))}`,

  'words.target.none': () => '未设定目标关系层级。对大多数客户而言，做到优先供应商就够了。',
  'words.target.preferred': () => '优先供应商是稳妥的目标：价值来自更低的交易成本，又不必承担合作伙伴关系的投入。',
  'words.target.transactional': () => '目标是买卖关系：尽量压低服务这个客户的成本。',
  'words.target.worth': (p) => `${target(p)}值得争取：双方彼此重要，力量均衡，转换成本高。`,
  'words.target.not-worth': (p) =>
    `在这里争取${target(p)}并不划算：${list(p, 'missing')
      .map((id) => MISSING[id] ?? id)
      .join('；')}。做到优先供应商就够了，把投入放在服务和广泛的关系网上。`,

  'words.change.value': (p) => `${field(p)}：${fieldValue(p, 'from')} → ${fieldValue(p, 'to')}`,
  'words.change.satisfaction': (p) => `满意度：${score(p, 'from')} → ${score(p, 'to')}`,

  'words.coverage.none': () => '没有联系人记录：客户那边无人可找（领结型）',
  'words.coverage.one-department': (p) =>
    `所有联系人都在同一个部门（${zhValue(str(p, 'department'))}）：那边一有人事变动，我们就断了线（领结型）`,
  'words.coverage.no-department': () => '没有一位联系人有已知部门（领结型）',
  'words.coverage.no-strong': () => '客户那边没人跟我们熟：没有关系强度在 2 及以上的联系人（单线联系）',
  'words.coverage.one-strong': (p) => `客户那边只有 ${str(p, 'name')} 一人跟我们熟（单线联系）`,
  'words.coverage.one-level': (p) => `联系人覆盖 ${num(p, 'departments')} 个部门，但只在一个职级（领结型）`,
  'words.coverage.broad': (p) =>
    `很多人认识我们，覆盖 ${num(p, 'departments')} 个部门、${num(p, 'levels')} 个职级（钻石型）`,
  'words.coverage.no-executive': () => '联系人中没有高层或决策者',
  'words.coverage.opponents': (p) =>
    `${num(p, 'count')} 位反对者：${names(p)}${num(p, 'count') > num(p, 'supporters') ? '，多于支持者' : ''}`,

  'words.since.activities': (p) => {
    const counts = list(p, 'counts').map(Number);
    const types = list(p, 'types').map((type, i) =>
      counts[i] === 1 ? zhValue(type) : `${zhValue(type)} ${counts[i] ?? 0} 次`,
    );
    return `记录了 ${num(p, 'count')} 次往来（${types.join('、')}）`;
  },
  'words.since.no-activities': () => '此后没有任何记录',
  'words.since.contacts-added': (p) => `新增 ${num(p, 'count')} 位联系人：${names(p)}`,
  'words.since.move': (p) => `${field(p)}：${fieldValue(p, 'from')} → ${fieldValue(p, 'to')}（${day(p)} 的评估）`,
  'words.since.edited': (p) => `${field(p)}此后被修改：${fieldValue(p, 'from')} → ${fieldValue(p, 'to')}`,

  'words.risk.from-last': (p) => `依据 ${day(p)} 的回答和今天的记录`,
  'words.risk.from-records': () => '仅依据记录：从未评估',
  'words.risk.was': (p) => `上次评估时为${zhValue(str(p, 'level'))}`,

  'words.today.overdue': (p) => `已逾期 ${num(p, 'days')} 天`,
  'words.today.due': (p) =>
    num(p, 'days') === 0 ? '今天到期' : num(p, 'days') === 1 ? '明天到期' : `${num(p, 'days')} 天后到期`,
  'words.today.quiet-after-order': (p) => `自 ${day(p)} 的订单以来已沉默 ${num(p, 'days')} 天（交付后空档）`,
  'words.today.stale': (p) => `已 ${num(p, 'days')} 天未联系`,
  'words.today.never-contacted': () => '还没有联系记录',
  'words.today.never-assessed': () => '从未评估',
  'words.today.not-assessed': (p) => `已 ${num(p, 'days')} 天未评估`,
  'words.today.survey-due': (p) => `客户满意度调查已过去 ${num(p, 'days')} 天（周期 ${num(p, 'cadence')} 天）`,

  'words.because.answer.value': (p) => `你的回答：${str(p, 'value')}`,
  'words.because.answer.not': (p) => `你没有勾选：${str(p, 'value')}`,
  'words.because.answer.yesno': (p) => `你回答“${str(p, 'value')}”：${str(p, 'doc')}`,
  'words.because.answer.number': (p) => `你回答 ${str(p, 'value')}：${str(p, 'doc')}`,
  'words.because.answer.unset': (p) => `未回答：${str(p, 'doc')}`,
  'words.because.record.value': (p) => `${str(p, 'doc')}：${str(p, 'value')}`,
  'words.because.record.not': (p) => `${str(p, 'doc')}：不是${str(p, 'value')}`,
  'words.because.record.unset': (p) => `${str(p, 'doc')}：无`,
  'words.because.yes': () => '是',
  'words.because.no': () => '否',
  'words.because.list': (p) => list(p, 'value').join('、'),
  'words.because.value': (p) => zhValue(str(p, 'value')),
  'words.because.fact': (p) => FACT[str(p, 'fact')] ?? str(p, 'label'),
  'words.condition.tooDeep': (p) => `条件嵌套超过 ${num(p, 'depth')} 层`,
  'words.condition.text.rewrite': (p) =>
    `条件不能写成文本：请写成 { fact: ${str(p, 'fact')}, op: ${str(p, 'op')}${str(p, 'value') ? `, value: ${str(p, 'value')}` : ''} }（见 docs/playbooks.md）`,
  'words.condition.text.plain': (p) =>
    `条件不能写成文本（${str(p, 'text')}）：请写成 { fact: ..., op: ..., value: ... }（见 docs/playbooks.md）`,
  'words.condition.shape': () => '条件的写法是 {fact, op, value}、{all: [...]}、{any: [...]} 或 {not: ...}',
  'words.condition.alone': (p) => `"${str(p, 'group')}" 在条件中必须单独出现；但还有 ${list(p, 'others').join(', ')}`,
  'words.condition.groupList': (p) => `"${str(p, 'group')}" 后面应是一组条件`,
  'words.condition.unknownKey': (p) => `条件中有未知的键 ${str(p, 'key')}；请只用 fact、op 和 value`,
  'words.condition.factName': (p) => `"fact" 必须是事实名，如 shareOfWallet，而不是 ${str(p, 'value')}`,
  'words.condition.missingOp': (p) => `缺少 "op"；可用：${list(p, 'ops').join(', ')}`,
  'words.condition.unknownOp': (p) => `未知的运算符 ${str(p, 'op')}；可用：${list(p, 'ops').join(', ')}`,
  'words.condition.valueType': () => 'value 必须是字符串、数字、true/false，或由它们组成的列表',
  'words.condition.unknownFact': (p) => {
    const suggestions = list(p, 'suggestions');
    const hint =
      suggestions.length > 0
        ? `；您是不是要写 ${suggestions.map((name) => `"${name}"`).join(' 或 ')}？`
        : num(p, 'listed')
          ? '；`acct playbook facts` 列出了所有事实'
          : '';
    return `未知事实 ${str(p, 'fact')}${hint}`;
  },
  'words.condition.opType': (p) =>
    `运算符 "${str(p, 'op')}" 不适用于 "${str(p, 'fact')}"（${CONDITION_TYPE[str(p, 'type')] ?? str(p, 'type')}）；可用：${list(p, 'ops').join(', ')}${CONDITION_INSTEAD[str(p, 'instead')] ?? ''}`,
  'words.condition.noValue': (p) => `运算符 "${str(p, 'op')}" 不带值`,
  'words.condition.needsValue': (p) => `运算符 "${str(p, 'op')}" 需要一个值`,
  'words.condition.needsList': (p) => `运算符 "${str(p, 'op')}" 需要一个列表值，如 [a, b]`,
  'words.condition.oneValue': (p) =>
    `运算符 "${str(p, 'op')}" 只接受一个值，不接受列表${str(p, 'op') === 'has' ? '；要表示“其中任一”，请写 { any: [...] }，里面放几个 "has" 条件' : '；列表请用 "in"'}`,
  'words.condition.notBoolean': (p) => `"${str(p, 'fact')}" 的值是 true 或 false，而不是 ${str(p, 'value')}`,
  'words.condition.notNumber': (p) => `"${str(p, 'fact')}" 的值是数字，而不是 ${str(p, 'value')}`,
  'words.condition.notText': (p) => `"${str(p, 'fact')}" 的值是文本，而不是 ${str(p, 'value')}`,
  'words.condition.notAllowed': (p) =>
    `${str(p, 'value')} 不是 "${str(p, 'fact')}" 的取值；可用：${list(p, 'allowed').join(', ')}${num(p, 'more') > 0 ? ` 等（另有 ${num(p, 'more')} 个）` : ''}`,
  'words.answer.bad': (p) => `"${str(p, 'key')}"：${str(p, 'problem')}；请填${str(p, 'allowed')}`,
  'words.answer.allowed.select': (p) => `以下之一：${list(p, 'options').join(', ')}`,
  'words.answer.allowed.multi': (p) => `从 ${list(p, 'options').join(', ')} 中选出的列表（或“无”）`,
  'words.answer.allowed.boolean': () => '是或否',
  'words.answer.allowed.range': (p) => `${num(p, 'min')} 到 ${num(p, 'max')} 之间的数字`,
  'words.answer.allowed.atLeast': (p) => `不小于 ${num(p, 'min')} 的数字`,
  'words.answer.allowed.atMost': (p) => `不大于 ${num(p, 'max')} 的数字`,
  'words.answer.allowed.number': () => '一个数字',
  'words.answer.allowed.scale': (p) => `${num(p, 'min')} 到 ${num(p, 'max')} 之间的整数`,
  'words.answer.notOption': (p) => `${str(p, 'value')} 不是可选项`,
  'words.answer.notList': (p) => `${str(p, 'value')} 不是选项列表`,
  'words.answer.twice': () => '有选项重复了',
  'words.answer.notYesNo': (p) => `${str(p, 'value')} 不是“是”或“否”`,
  'words.answer.notNumber': (p) => `${str(p, 'value')} 不是数字`,
  'words.answer.below': (p) => `${num(p, 'value')} 小于 ${num(p, 'min')}`,
  'words.answer.above': (p) => `${num(p, 'value')} 大于 ${num(p, 'max')}`,
  'words.answer.notWhole': (p) => `${num(p, 'value')} 不是整数`,
  'words.answer.outsideScale': (p) => `${num(p, 'value')} 超出了评分范围`,
  'words.answer.shown.yes': () => '是',
  'words.answer.shown.no': () => '否',
  'words.answer.shown.list': () => '一个列表',
  'words.answer.shown.nothing': () => '空值',
  'words.answer.shown.mapping': () => '一组键值',
  'words.answer.unknown': (p) => `没有 "${str(p, 'key')}" 这个问题；已有的问题：${list(p, 'known').join(', ')}`,
} satisfies Translation<typeof english>;
