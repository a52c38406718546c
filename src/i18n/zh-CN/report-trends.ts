/** 周报的趋势部分（acct report 最后一节）：终端与 Markdown 用语。 */
import type { reportTrends as english } from '../en/report-trends.js';
import type { Translation } from '../types.js';

export const reportTrends = {
  'reportTrends.title': ({ weeks, first, last }) => `趋势：近 ${weeks} 周，${first} → ${last}`,
  'reportTrends.none': '这几周没有客户。',
  'reportTrends.column.series': '指标',
  'reportTrends.column.weekly': '每周',
  'reportTrends.column.thenNow': '当时 → 现在',
  'reportTrends.column.owner': '负责人',
  'reportTrends.column.accounts': '客户数',
  'reportTrends.column.highRisk': '高风险',
  'reportTrends.kind.accounts': '客户',
  'reportTrends.kind.stage': '阶段',
  'reportTrends.kind.risk': '风险',
  'reportTrends.markdown.series': '指标',
  'reportTrends.markdown.owner': '负责人',
  'reportTrends.markdown.highRiskByOwner': '各负责人的高风险客户',
} satisfies Translation<typeof english>;
