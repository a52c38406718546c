/**
 * How playbooks look: `acct playbook list` and `show` in each output mode,
 * their JSON shapes, and conditions in words.
 */
import type { Condition } from '../domain/assessment/conditions.js';
import type { LoadedPlaybook, Play } from '../domain/assessment/types.js';
import { wrap } from './assessment.js';
import type { Output } from './output.js';
import { visible } from './safe-text.js';
import { heading, renderFields, renderTable, type Column } from './table.js';

export function describeCondition(condition: Condition | undefined): string {
  if (condition === undefined) return 'always';
  if ('all' in condition) return condition.all.map((item) => wrapGroup(item)).join(' and ');
  if ('any' in condition) return condition.any.map((item) => wrapGroup(item)).join(' or ');
  if ('not' in condition) return `not ${wrapGroup(condition.not)}`;
  const value = Array.isArray(condition.value) ? `[${condition.value.join(', ')}]` : condition.value;
  return value === undefined ? `${condition.fact} ${condition.op}` : `${condition.fact} ${condition.op} ${value}`;
}

function wrapGroup(condition: Condition): string {
  const text = describeCondition(condition);
  return 'fact' in condition ? text : `(${text})`;
}

/** A play as `playbook list --json` shows it (id, title, source: enough to check coverage). */
export function playSummary(play: Play): Record<string, unknown> {
  return {
    id: play.id,
    title: play.title,
    source: play.source,
    priority: play.priority,
    dueInDays: play.dueInDays,
    ownerRole: play.ownerRole,
  };
}

export function playbookSummary(playbook: LoadedPlaybook): Record<string, unknown> {
  return {
    id: playbook.id,
    title: playbook.title,
    version: playbook.version,
    hash: playbook.hash,
    description: playbook.description,
    files: playbook.files,
    plays: playbook.plays.map(playSummary),
  };
}

/** A play with its reasoning, condition and steps (`playbook show --json`). */
export function playDetail(play: Play, playbook: LoadedPlaybook): Record<string, unknown> {
  return {
    ...playSummary(play),
    playbook: playbook.id,
    why: play.why,
    when: play.when ?? null,
    condition: describeCondition(play.when),
    steps: play.steps,
  };
}

export function renderPlaybookList(out: Output, playbooks: readonly LoadedPlaybook[]): string {
  const columns: Column<Play>[] = [
    { header: 'PLAY', value: (p) => p.id, style: (t, _p, chalk) => chalk.bold(t) },
    { header: 'P', value: (p) => p.priority, style: (t, _p, chalk) => (t === '1' ? chalk.red(t) : t) },
    { header: 'DUE', value: (p) => `${p.dueInDays}d` },
    { header: 'OWNER', value: (p) => p.ownerRole },
    { header: 'TITLE', value: (p) => p.title },
    { header: 'SOURCE', value: (p) => p.source },
  ];
  if (out.mode === 'plain') {
    const rows = playbooks.flatMap((book) => book.plays.map((play) => ({ book, play })));
    return renderTable(
      out,
      [
        { header: 'PLAYBOOK', value: (r: (typeof rows)[number]) => r.book.id },
        ...columns.map((column) => ({
          header: column.header,
          value: (r: (typeof rows)[number]) => column.value(r.play),
        })),
      ],
      rows,
    );
  }
  const parts: string[] = [];
  for (const book of playbooks) {
    if (parts.length > 0) parts.push('');
    parts.push(heading(out, `${book.id}: ${book.title} (version ${book.version}, ${book.plays.length} plays)`));
    parts.push(renderTable(out, columns, book.plays));
  }
  const total = playbooks.reduce((sum, book) => sum + book.plays.length, 0);
  parts.push('', `${playbooks.length} playbooks, ${total} plays. Details: acct playbook show <id>`);
  return parts.join('\n');
}

export function renderPlaybook(out: Output, book: LoadedPlaybook): string {
  const parts = [
    heading(out, `${book.id}: ${book.title}`),
    renderFields(out, [
      ['version', book.version],
      ['applies when', describeCondition(book.appliesWhen)],
      ['files', book.files.join(', ')],
      ['description', book.description.trim()],
    ]),
  ];
  for (const play of book.plays) parts.push('', renderPlay(out, play, book));
  return parts.join('\n');
}

export function renderPlay(out: Output, play: Play, book: LoadedPlaybook): string {
  const fields = renderFields(out, [
    ['playbook', book.id],
    ['priority', play.priority],
    ['due in', `${play.dueInDays} days`],
    ['owner', play.ownerRole],
    ['when', describeCondition(play.when)],
    ['source', play.source],
    ['why', play.why],
  ]);
  const lines = [heading(out, `${play.id}: ${play.title}`), fields];
  if (play.steps.length > 0) {
    if (out.mode === 'table') {
      lines.push('steps');
      play.steps.forEach((step, index) =>
        lines.push(wrap(`${index + 1}. ${visible(step)}`, Math.min(out.width, 110), '  ')),
      );
    } else {
      play.steps.forEach((step, index) => lines.push(`step ${index + 1}\t${visible(step)}`));
    }
  }
  return lines.join('\n');
}
