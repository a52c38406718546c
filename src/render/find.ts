/**
 * How `acct find` looks: one row per place a text matched, grouped by
 * account (best hit first), saying where it matched; `--json` prints the hits.
 */
import type { FindHit, FindMatch, MatchField } from '../domain/find.js';
import type { Output } from './output.js';
import { renderTable, type Column } from './table.js';
import { t, type MessageKey } from '../i18n/index.js';

const WHERE: Record<MatchField, MessageKey> = {
  name: 'render.find.name',
  externalId: 'render.find.externalId',
  contact: 'render.find.contact',
  email: 'render.find.email',
  notes: 'render.find.notes',
  activity: 'render.find.activity',
};

type Row = FindMatch & { account: string; first: boolean };

export function renderFind(out: Output, hits: readonly FindHit[]): string {
  const rows: Row[] = hits.flatMap((hit) =>
    hit.matches.map((match, index) => ({ ...match, account: hit.account, first: index === 0 })),
  );
  const columns: Column<Row>[] = [
    // On a terminal the account is named once per group; piped, every row carries it (for cut and awk).
    {
      header: t('render.column.account'),
      value: (r) => (out.mode === 'table' && !r.first ? '' : r.account),
      style: (text, _r, chalk) => chalk.bold(text),
    },
    {
      header: t('render.column.where'),
      value: (r) => (r.detail ? `${t(WHERE[r.field])} (${r.detail})` : t(WHERE[r.field])),
    },
    { header: t('render.column.match'), value: (r) => r.text },
  ];
  return renderTable(out, columns, rows);
}
