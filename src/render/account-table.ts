/**
 * The account table of `acct list`. Apart from the other record renderers (records.ts) so
 * that list, the command run most, compiles only this one (start-up, issue 10).
 */
import type { ChalkInstance } from 'chalk';
import type { Account } from '../domain/types.js';
import { t } from '../i18n/index.js';
import { shown } from './labels.js';
import type { Output } from './output.js';
import { renderTable, type Column } from './table.js';

// Coloured by the id, so the Chinese label is coloured as the English word is.
const levelColour = (id: string, text: string, chalk: ChalkInstance): string =>
  id === 'strategic-alliance' || id === 'partner' || id === 'partnership' ? chalk.green(text) : text;

export function accountColumns(output: Output): Column<Account>[] {
  return [
    { header: t('render.column.name'), value: (a) => a.name, style: (text, _a, chalk) => chalk.bold(text) },
    {
      header: t('render.column.tier'),
      value: (a) => shown(output, 'tier', a.tier),
      style: (text, a, chalk) => (a.tier === 'A' ? chalk.yellow(text) : text),
    },
    { header: t('render.column.owner'), value: (a) => a.owner },
    {
      header: t('render.column.stage'),
      value: (a) => shown(output, 'stage', a.stage),
      style: (text, a, chalk) => levelColour(a.stage, text, chalk),
    },
    {
      header: t('render.column.level'),
      value: (a) => shown(output, 'level', a.level),
      style: (text, a, chalk) => levelColour(a.level, text, chalk),
    },
    { header: t('render.column.position'), value: (a) => shown(output, 'position', a.position) },
    { header: t('render.column.share'), value: (a) => (a.share === null ? '' : `${a.share}%`), align: 'right' },
    { header: t('render.column.city'), value: (a) => a.city },
  ];
}

export function accountTable(output: Output, accounts: readonly Account[]): string {
  return renderTable(output, accountColumns(output), accounts);
}
