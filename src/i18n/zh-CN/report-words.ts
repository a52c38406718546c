/** 周报（acct report）中的关注原因和下一步：领域层经 words 端口按键取用的句子。 */
import type { WordParams } from '../../domain/words.js';
import { formatDate } from '../../render/format.js';
import type { reportWords as english } from '../en/report-words.js';
import type { Translation } from '../types.js';
import { list, num, str } from '../word-params.js';
import { zhValue } from './words.js';

const THREAD_CAUSE: Readonly<Record<string, string>> = {
  'no-strong-contact': '没有关系牢固的联系人',
  'one-strong-contact': '只有一位关系牢固的联系人',
  'no-department': '联系人的部门都不明',
  'one-department': '联系人全在一个部门',
};
const SATISFACTION = ['非常不满意', '不太满意', '一般', '满意', '非常满意'];
const date = (p: WordParams, key = 'date'): string => formatDate(str(p, key), 'zh-CN');
const value = (p: WordParams, key: string): string => (str(p, key) ? zhValue(str(p, key)) : '未知');

export const reportWords = {
  'words.report.overdue.one': (p) => `已逾期 ${num(p, 'days')} 天：${str(p, 'text')}`,
  'words.report.overdue.many': (p) => `${num(p, 'count')} 项行动逾期，最早的已逾期 ${num(p, 'days')} 天`,
  'words.report.riskRose': (p) => `流失风险上升：${value(p, 'from')} → ${value(p, 'to')}`,
  'words.report.riskHigh': (p) => `流失风险高（自${date(p)}起）`,
  'words.report.criteriaAlarm': () => '采购标准契合度为警报：竞争对手符合采购标准而我们不符合',
  'words.report.singleThreaded': (p) =>
    `单线联系（${num(p, 'contacts')} 位联系人）：${list(p, 'causes')
      .map((cause) => THREAD_CAUSE[cause] ?? cause)
      .join('，')}`,
  'words.report.noExecutive': () => 'A类客户，联系人中却没有高层或决策者',
  'words.report.experienceShift': (p) => `采购方正转向专家型：${value(p, 'from')} → ${value(p, 'to')}`,
  'words.report.purchasingTookOver': (p) => `采购部门已接手采购（此前为${value(p, 'was')}）`,
  'words.report.satisfactionLow': (p) => `满意度 ${num(p, 'score')}/5：${SATISFACTION[num(p, 'score') - 1] ?? ''}`,
  'words.report.satisfactionDropped': (p) => `满意度下降：${num(p, 'from')}/5 → ${num(p, 'to')}/5`,
  'words.report.quietAfterOrder': (p) => `${date(p)}下单后已 ${num(p, 'days')} 天没有联系`,
  'words.report.noContactYet': () => '还没有任何联系记录',
  'words.report.noContact': (p) => `已 ${num(p, 'days')} 天未联系`,
  'words.report.neverAssessed': (p) =>
    `重点客户（${str(p, 'position') ? zhValue(str(p, 'position')) : 'A类客户'}）从未评估`,
  'words.report.notAssessed': (p) => `已 ${num(p, 'days')} 天未评估`,
  'words.report.next.action': (p) => `${str(p, 'text')}${str(p, 'due') ? `（${date(p, 'due')}到期）` : ''}`,
  'words.report.next.assess': (p) => `acct assess ${str(p, 'name')}`,
  'words.report.next.call': (p) => `acct brief ${str(p, 'name')}，然后打电话或拜访`,
  'words.report.next.contact': (p) => `acct contact add ${str(p, 'name')} 姓名`,
  'words.report.next.plan': (p) => `acct plan ${str(p, 'name')}`,
} satisfies Translation<typeof english>;
