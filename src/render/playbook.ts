/**
 * How playbooks look: `acct playbook list` and `show` in each output mode,
 * their JSON shapes, and conditions in the YAML a playbook file has (so a
 * condition can be pasted back into a file), and the fact catalogue.
 */
import { FACTS, type FactCatalogue, type FactName } from '../domain/assessment/catalogue.js';
import { OPS_BY_TYPE } from '../domain/assessment/check-condition.js';
import type { Condition } from '../domain/assessment/conditions.js';
import type { LoadedPlaybook, Play } from '../domain/assessment/types.js';
import type { Output } from './output.js';
import { visible } from './safe-text.js';
import { currentLanguage, t } from '../i18n/index.js';
import { shown } from './labels.js';
import { localText, type LocalText } from '../domain/local-text.js';
import { heading, renderFields, renderTable, wrapText, type Column } from './table.js';

/** A playbook text in the run's language (docs/playbooks.md §Languages); --json gives it so too, ids stay. */
const word = (text: LocalText): string => localText(text, currentLanguage());

const YAML_WORDS = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n', '~']);

/** A scalar as YAML reads it back: plain when unambiguous, else double-quoted. */
function yamlScalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  const plain = /^[A-Za-z][A-Za-z0-9-]*$/.test(value) && !YAML_WORDS.has(value.toLowerCase());
  return plain ? value : JSON.stringify(value);
}

/** One condition as a YAML flow mapping, the form playbook files use for a leaf. */
export function conditionYaml(condition: Condition): string {
  if ('all' in condition) return `{ all: [${condition.all.map(conditionYaml).join(', ')}] }`;
  if ('any' in condition) return `{ any: [${condition.any.map(conditionYaml).join(', ')}] }`;
  if ('not' in condition) return `{ not: ${conditionYaml(condition.not)} }`;
  // "true"/"false" are quoted as operators, as docs/playbooks.md writes them.
  const op = condition.op === 'true' || condition.op === 'false' ? `'${condition.op}'` : condition.op;
  const value =
    condition.value === undefined
      ? ''
      : `, value: ${Array.isArray(condition.value) ? `[${condition.value.map(yamlScalar).join(', ')}]` : yamlScalar(condition.value)}`;
  return `{ fact: ${condition.fact}, op: ${op}${value} }`;
}

/**
 * `key:` and the condition in block YAML, as a playbook file has it: leaves
 * as flow mappings, all/any/not on their own lines. Paste it back as is.
 */
export function conditionYamlLines(key: string, condition: Condition, indent = ''): string[] {
  if ('fact' in condition) return [`${indent}${key}: ${conditionYaml(condition)}`];
  const inner = `${indent}  `;
  if ('not' in condition) return [`${indent}${key}:`, ...conditionYamlLines('not', condition.not, inner)];
  const group = 'all' in condition ? 'all' : 'any';
  const items = 'all' in condition ? condition.all : condition.any;
  if (items.length === 0) return [`${indent}${key}: { ${group}: [] }`];
  const lines = [`${indent}${key}:`, `${inner}${group}:`];
  for (const item of items) {
    if ('fact' in item) {
      lines.push(`${inner}  - ${conditionYaml(item)}`);
    } else {
      // A nested group: its first line takes the dash, the rest line up under it.
      const [first, ...rest] = conditionYamlLines('x', item, `${inner}  `).slice(1);
      lines.push(`${inner}  - ${first!.trimStart()}`, ...rest);
    }
  }
  return lines;
}

/** A play as `playbook list --json` shows it (id, title, source: enough to check coverage). */
export function playSummary(play: Play): Record<string, unknown> {
  return {
    id: play.id,
    title: word(play.title),
    source: play.source,
    priority: play.priority,
    dueInDays: play.dueInDays,
    ownerRole: play.ownerRole,
  };
}

export function playbookSummary(playbook: LoadedPlaybook): Record<string, unknown> {
  return {
    id: playbook.id,
    title: word(playbook.title),
    version: playbook.version,
    hash: playbook.hash,
    description: word(playbook.description),
    files: playbook.files,
    plays: playbook.plays.map(playSummary),
  };
}

/** A play with its reasoning, condition and steps (`playbook show --json`). */
export function playDetail(play: Play, playbook: LoadedPlaybook): Record<string, unknown> {
  return {
    ...playSummary(play),
    playbook: playbook.id,
    why: word(play.why),
    when: play.when ?? null,
    condition: play.when ? conditionYaml(play.when) : null,
    steps: play.steps.map(word),
  };
}

export function renderPlaybookList(out: Output, playbooks: readonly LoadedPlaybook[]): string {
  const columns: Column<Play>[] = [
    { header: t('render.column.play'), value: (p) => p.id, style: (text, _p, chalk) => chalk.bold(text) },
    {
      header: t('render.column.priority'),
      value: (p) => p.priority,
      style: (text, p, chalk) => (p.priority === 1 ? chalk.red(text) : text),
    },
    { header: t('render.column.due'), value: (p) => t('render.playbook.days', { days: p.dueInDays }) },
    { header: t('render.column.owner'), value: (p) => shown(out, 'ownerRole', p.ownerRole) },
    { header: t('render.column.title'), value: (p) => word(p.title), wrap: true },
    { header: t('render.column.source'), value: (p) => p.source },
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
    parts.push(
      heading(
        out,
        t('render.playbook.heading', {
          id: book.id,
          title: word(book.title),
          version: book.version,
          plays: book.plays.length,
        }),
      ),
    );
    parts.push(renderTable(out, columns, book.plays));
  }
  const total = playbooks.reduce((sum, book) => sum + book.plays.length, 0);
  parts.push('', t('render.playbook.footer', { playbooks: playbooks.length, plays: total }));
  return parts.join('\n');
}

/**
 * A condition field: on a terminal the YAML block to paste into a file
 * (`key:` and the condition), piped one tab-separated line with the flow form.
 */
function conditionField(out: Output, key: string, condition: Condition | undefined): string {
  if (out.mode !== 'table') return `${key}\t${condition ? conditionYaml(condition) : 'always'}`;
  if (!condition) return `${key}: ${t('render.playbook.always')}`;
  return conditionYamlLines(key, condition).join('\n');
}

export function renderPlaybook(out: Output, book: LoadedPlaybook): string {
  const parts = [
    heading(out, `${book.id}: ${word(book.title)}`),
    renderFields(out, [
      [t('render.playbook.version'), book.version],
      [t('render.playbook.files'), book.files.join(', ')],
      [t('render.playbook.description'), word(book.description).trim()],
    ]),
    conditionField(out, 'applies_when', book.appliesWhen),
  ];
  for (const play of book.plays) parts.push('', renderPlay(out, play, book));
  return parts.join('\n');
}

export function renderPlay(out: Output, play: Play, book: LoadedPlaybook): string {
  const fields = renderFields(out, [
    [t('render.playbook.playbook'), book.id],
    [t('render.playbook.priority'), play.priority],
    [t('render.playbook.dueIn'), t('render.playbook.dueInDays', { days: play.dueInDays })],
    [t('render.playbook.owner'), shown(out, 'ownerRole', play.ownerRole)],
    [t('render.playbook.source'), play.source],
    [t('render.playbook.why'), word(play.why)],
  ]);
  const lines = [heading(out, `${play.id}: ${word(play.title)}`), fields, conditionField(out, 'when', play.when)];
  if (play.steps.length > 0) {
    if (out.mode === 'table') {
      lines.push(t('render.playbook.steps'));
      play.steps.forEach((step, index) =>
        lines.push(wrapText(`${index + 1}. ${visible(word(step))}`, out.width, '  ')),
      );
    } else {
      play.steps.forEach((step, index) => lines.push(`step ${index + 1}\t${visible(word(step))}`));
    }
  }
  return lines.join('\n');
}

// --- facts -------------------------------------------------------------------------

/** What a fact means, in the run's language: a built-in fact from the catalogue, a team's question by its prompt. */
export function factMeaning(name: string, catalogue: FactCatalogue): string {
  const spec = catalogue[name];
  if (spec?.prompt) return word(spec.prompt);
  return Object.hasOwn(FACTS, name) ? t(`facts.${name as FactName}`) : '';
}

/** One fact as `acct playbook facts --json` shows it. */
export function factData(name: string, catalogue: FactCatalogue): Record<string, unknown> {
  const spec = catalogue[name]!;
  return {
    name,
    type: spec.type,
    values: spec.values ?? null,
    operators: OPS_BY_TYPE[spec.type],
    source: spec.source,
    meaning: factMeaning(name, catalogue),
  };
}

export function renderFacts(out: Output, catalogue: FactCatalogue): string {
  const names = Object.keys(catalogue);
  const columns: Column<string>[] = [
    { header: t('render.column.fact'), value: (name) => name, style: (text, _n, chalk) => chalk.bold(text) },
    { header: t('render.column.type'), value: (name) => catalogue[name]!.type },
    { header: t('render.column.from'), value: (name) => catalogue[name]!.source },
    { header: t('render.column.values'), value: (name) => catalogue[name]!.values?.join(' ') ?? '' },
    { header: t('render.column.meaning'), value: (name) => factMeaning(name, catalogue), wrap: true },
  ];
  const table = renderTable(out, columns, names);
  if (out.mode !== 'table') return table;
  const operators = (Object.keys(OPS_BY_TYPE) as (keyof typeof OPS_BY_TYPE)[])
    .map((type) => `  ${type.padEnd(8)} ${OPS_BY_TYPE[type].join(' ')}`)
    .join('\n');
  return `${table}\n\n${t('render.playbook.factsFooter', { count: names.length })}\n${operators}\n${t('render.playbook.howTo')}`;
}
