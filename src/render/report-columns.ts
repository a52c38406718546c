/**
 * The report's column headings, one key per concept for the terminal, the
 * Markdown and the HTML page (catalogue area reportHtml, `reportHtml.col.*`),
 * looked up when drawn because the language is chosen at start-up.
 */
import { t } from '../i18n/index.js';

export type ColumnName =
  | 'rank'
  | 'account'
  | 'owner'
  | 'why'
  | 'next'
  | 'accounts'
  | 'highRisk'
  | 'overdueActions'
  | 'needAttention'
  | 'what'
  | 'from'
  | 'to'
  | 'date'
  | 'now'
  | 'change'
  | 'stage'
  | 'level'
  | 'risk'
  | 'priority'
  | 'play'
  | 'status'
  | 'action'
  | 'due';

export const col = (name: ColumnName): string => t(`reportHtml.col.${name}`);
