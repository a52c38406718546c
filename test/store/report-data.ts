/**
 * The report's data as plain values, for comparing two ways of reading it: the
 * lookups (riskChangedAt, nextAction) are replaced by their answers for every
 * account read, and `source` (which way it went) is dropped.
 */
import type { ReportData } from '../../src/store/report.js';

export function comparableData(data: ReportData) {
  const { source: _source, riskChangedAt, nextAction, ...values } = data;
  const ids = data.accounts.map((account) => account.id);
  return {
    ...values,
    riskChangedAt: ids.map((id) => [id, riskChangedAt(id)]),
    nextAction: ids.map((id) => [id, nextAction(id)]),
  };
}
