/**
 * Tables: cli-table3 on a terminal (it measures East Asian wide characters,
 * so Chinese names line up), tab-separated rows when piped, so `cut -f` and
 * `awk -F'\t'` work. Cells never contain tabs or newlines in plain mode.
 */
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { Output } from './output.js';

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

function plainCell(value: string): string {
  return value.replace(/[\t\r\n]+/g, ' ');
}

export function tsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(plainCell).join('\t')).join('\n');
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
        const text = plainCell(cellText(column.value(row)));
        return column.style && output.color ? column.style(text, row, output.chalk) : text;
      }),
    );
  }
  return table.toString().replace(/ +$/gm, '');
}

/** "key: value" lines for a single record; aligned on a terminal, tab-separated when piped. */
export function renderFields(
  output: Output,
  pairs: readonly (readonly [string, string | number | null | undefined])[],
): string {
  const present = pairs.filter(([, value]) => value !== null && value !== undefined && value !== '');
  if (output.mode !== 'table') return tsv(present.map(([key, value]) => [key, cellText(value)]));
  const width = Math.max(...present.map(([key]) => key.length));
  return present
    .map(
      ([key, value]) => `${output.color ? output.chalk.dim(key.padEnd(width)) : key.padEnd(width)}  ${cellText(value)}`,
    )
    .join('\n');
}

export function heading(output: Output, text: string): string {
  if (output.mode !== 'table') return `# ${text}`;
  return output.color ? output.chalk.bold.underline(text) : text;
}
