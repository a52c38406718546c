/** The weekly review's trends (acct report, last section): terminal and Markdown words. */
export const reportTrends = {
  'reportTrends.title': ({ weeks, first, last }: { weeks: number; first: string; last: string }) =>
    `Trends: ${weeks} weeks, ${first} → ${last}`,
  'reportTrends.none': 'No accounts in these weeks.',
  'reportTrends.column.series': 'SERIES',
  'reportTrends.column.weekly': 'WEEKLY',
  'reportTrends.column.thenNow': 'THEN → NOW',
  'reportTrends.column.owner': 'OWNER',
  'reportTrends.column.accounts': 'ACCOUNTS',
  'reportTrends.column.highRisk': 'HIGH RISK',
  'reportTrends.kind.accounts': 'accounts',
  'reportTrends.kind.stage': 'stage',
  'reportTrends.kind.risk': 'risk',
  'reportTrends.markdown.series': 'Series',
  'reportTrends.markdown.owner': 'Owner',
  'reportTrends.markdown.highRiskByOwner': 'High-risk accounts by owner',
};
