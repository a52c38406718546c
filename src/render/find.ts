/**
 * How `acct find` looks: one row per place a text matched, grouped by
 * account (best hit first), saying where it matched; `--json` prints the hits.
 */
import type { FindHit, FindMatch, MatchField } from '../domain/find.js';
import type { Output } from './output.js';
import { renderTable, type Column } from './table.js';

const WHERE: Record<MatchField, string> = {
  name: 'name',
  externalId: 'external id',
  contact: 'contact',
  email: 'email',
  notes: 'notes',
  activity: 'logged',
};

type Row = FindMatch & { account: string; first: boolean };

export function renderFind(out: Output, hits: readonly FindHit[]): string {
  const rows: Row[] = hits.flatMap((hit) =>
    hit.matches.map((match, index) => ({ ...match, account: hit.account, first: index === 0 })),
  );
  const columns: Column<Row>[] = [
    // On a terminal the account is named once per group; piped, every row carries it (for cut and awk).
    {
      header: 'ACCOUNT',
      value: (r) => (out.mode === 'table' && !r.first ? '' : r.account),
      style: (t, _r, chalk) => chalk.bold(t),
    },
    { header: 'WHERE', value: (r) => (r.detail ? `${WHERE[r.field]} (${r.detail})` : WHERE[r.field]) },
    { header: 'MATCH', value: (r) => r.text },
  ];
  return renderTable(out, columns, rows);
}
