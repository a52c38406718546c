/**
 * Tables: cli-table3 on a terminal (it measures East Asian wide characters,
 * so Chinese names line up), tab-separated rows when piped, so `cut -f` and
 * `awk -F'\t'` work. Every cell goes through `visible` before it is coloured:
 * control characters and escape sequences show as `\x1b` and the like, and a
 * TAB or line break inside a value shows as `\t` / `\n`, so a row stays one
 * line and a plain record keeps its fields (src/render/safe-text.ts).
 */
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { Output } from './output.js';
import { visible, visibleLines } from './safe-text.js';

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
  /** Optional colour for the TTY table, given the plain text. */
  style?: (text: string, row: T, chalk: ChalkInstance) => string;
  align?: 'left' | 'right';
}

export function cellText(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

export function tsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(visible).join('\t')).join('\n');
}

export function renderTable<T>(output: Output, columns: readonly Column<T>[], rows: readonly T[]): string {
  if (output.mode !== 'table') {
    return tsv(rows.map((row) => columns.map((column) => cellText(column.value(row)))));
  }
  const table = new Table({
    head: columns.map((column) => (output.color ? output.chalk.bold(column.header) : column.header)),
    style: { head: [], border: [], compact: true, 'padding-left': 0, 'padding-right': 2 },
    chars: {
      top: '',
      'top-mid': '',
      'top-left': '',
      'top-right': '',
      bottom: '',
      'bottom-mid': '',
      'bottom-left': '',
      'bottom-right': '',
      left: '',
      'left-mid': '',
      mid: '',
      'mid-mid': '',
      right: '',
      'right-mid': '',
      middle: '',
    },
    colAligns: columns.map((column) => column.align ?? 'left'),
    wordWrap: false,
  });
  for (const row of rows) {
    table.push(
      columns.map((column) => {
        const text = visible(cellText(column.value(row)));
        return column.style && output.color ? column.style(text, row, output.chalk) : text;
      }),
    );
  }
  return table.toString().replace(/ +$/gm, '');
}

/**
 * "key: value" lines for a single record; aligned on a terminal, tab-separated
 * when piped. On a terminal a multi-line value (notes) continues on indented
 * lines; every other control in it is made visible.
 */
export function renderFields(
  output: Output,
  pairs: readonly (readonly [string, string | number | null | undefined])[],
): string {
  const present = pairs.filter(([, value]) => value !== null && value !== undefined && value !== '');
  if (output.mode !== 'table') return tsv(present.map(([key, value]) => [key, cellText(value)]));
  const width = Math.max(...present.map(([key]) => key.length));
  const indent = ' '.repeat(width + 2);
  return present
    .map(([key, value]) => {
      const text = visibleLines(cellText(value)).replace(/\t/g, '\\t').replace(/\n/g, `\n${indent}`);
      return `${output.color ? output.chalk.dim(key.padEnd(width)) : key.padEnd(width)}  ${text}`;
    })
    .join('\n');
}

/** A section heading; its text (often a name) is made visible before it is styled. */
export function heading(output: Output, text: string): string {
  if (output.mode !== 'table') return `# ${visible(text)}`;
  return output.color ? output.chalk.bold.underline(visible(text)) : visible(text);
}
