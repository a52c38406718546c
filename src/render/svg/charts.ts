/**
 * Small inline SVG charts for the HTML review (render/report-html.ts): the
 * stage funnel, stacked columns (risk by week), horizontal bars (accounts by
 * owner). Plain strings, no library: each chart is a few rects and texts.
 * Colours come from CSS classes (`tone-*`), so the page's stylesheet decides
 * them for light, dark and print. Every text from data goes through
 * escapeHtml; numbers are rounded so the markup stays small and stable.
 */
import { escapeHtml } from '../safe-text.js';

/** A value shown in a chart; `tone` picks its colour class (e.g. "high", "stage"). */
export interface Segment {
  label: string;
  value: number;
  tone: string;
}

/** One label's values, drawn as one bar or column (segments stacked in order). */
export interface Stack {
  label: string;
  segments: Segment[];
}

const num = (value: number): string => String(Math.round(value * 10) / 10);

/** At most `max` characters, with an ellipsis; the full text goes into a <title> for hovering. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function svgOpen(width: number, height: number, label: string, kind: string): string {
  return (
    `<svg class="chart chart-${kind}" data-chart="${kind}" role="img" aria-label="${escapeHtml(label)}" ` +
    `viewBox="0 0 ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}">` +
    `<title>${escapeHtml(label)}</title>`
  );
}

function text(x: number, y: number, value: string, className: string, anchor = 'start'): string {
  return `<text x="${num(x)}" y="${num(y)}" class="${className}" text-anchor="${anchor}">${escapeHtml(value)}</text>`;
}

function rect(x: number, y: number, width: number, height: number, className: string, tip: string): string {
  return (
    `<rect x="${num(x)}" y="${num(y)}" width="${num(Math.max(0, width))}" height="${num(Math.max(0, height))}" ` +
    `class="${className}"><title>${escapeHtml(tip)}</title></rect>`
  );
}

/**
 * The stage funnel: one centred bar per stage, in stage order, its width the
 * share of the largest stage; a stage with no accounts keeps a thin mark so
 * the order stays readable.
 */
export function funnelChart(rows: readonly Segment[], label: string): string {
  const width = 420;
  const labelWidth = 130;
  const valueWidth = 36;
  const rowHeight = 30;
  const top = 6;
  const height = top * 2 + rows.length * rowHeight;
  const area = width - labelWidth - valueWidth;
  const max = Math.max(1, ...rows.map((row) => row.value));
  const parts = [svgOpen(width, height, label, 'funnel')];
  rows.forEach((row, i) => {
    const y = top + i * rowHeight;
    const barWidth = row.value === 0 ? 2 : Math.max(6, (row.value / max) * area);
    const x = labelWidth + (area - barWidth) / 2;
    parts.push(
      text(labelWidth - 8, y + rowHeight / 2 + 4, clip(row.label, 20), 'label', 'end'),
      rect(x, y + 3, barWidth, rowHeight - 6, `bar tone-${row.tone}`, `${row.label}: ${row.value}`),
      text(width - 4, y + rowHeight / 2 + 4, String(row.value), 'value', 'end'),
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

/** Horizontal stacked bars, one per label (e.g. accounts per owner, high risk first). */
export function barChart(rows: readonly Stack[], label: string): string {
  const width = 420;
  const labelWidth = 100;
  const valueWidth = 36;
  const rowHeight = 26;
  const top = 6;
  const height = top * 2 + Math.max(1, rows.length) * rowHeight;
  const area = width - labelWidth - valueWidth - 8;
  const total = (row: Stack) => row.segments.reduce((sum, s) => sum + s.value, 0);
  const max = Math.max(1, ...rows.map(total));
  const parts = [svgOpen(width, height, label, 'bars')];
  rows.forEach((row, i) => {
    const y = top + i * rowHeight;
    parts.push(text(labelWidth - 8, y + rowHeight / 2 + 4, clip(row.label, 14), 'label', 'end'));
    let x = labelWidth;
    for (const segment of row.segments) {
      if (segment.value <= 0) continue;
      const w = (segment.value / max) * area;
      parts.push(
        rect(x, y + 4, w, rowHeight - 8, `bar tone-${segment.tone}`, `${row.label}: ${segment.value} ${segment.label}`),
      );
      x += w;
    }
    parts.push(text(x + 6, y + rowHeight / 2 + 4, String(total(row)), 'value'));
  });
  parts.push('</svg>');
  return parts.join('');
}

/** Stacked columns over time (e.g. accounts by risk per week), oldest left, with a legend. */
export function columnChart(columns: readonly Stack[], label: string): string {
  const width = 420;
  const left = 36;
  const top = 10;
  const plotHeight = 150;
  const axis = 22;
  const legend = 24;
  const height = top + plotHeight + axis + legend;
  const slot = (width - left - 8) / Math.max(1, columns.length);
  const columnWidth = Math.min(44, slot * 0.7);
  const total = (column: Stack) => column.segments.reduce((sum, s) => sum + s.value, 0);
  const max = Math.max(1, ...columns.map(total));
  const parts = [svgOpen(width, height, label, 'columns')];
  const baseY = top + plotHeight;
  parts.push(
    `<line x1="${left}" y1="${num(baseY)}" x2="${width - 4}" y2="${num(baseY)}" class="axis"/>`,
    text(left - 6, top + 8, String(max), 'value', 'end'),
    text(left - 6, baseY, '0', 'value', 'end'),
  );
  columns.forEach((column, i) => {
    const x = left + i * slot + (slot - columnWidth) / 2;
    let y = baseY;
    for (const segment of column.segments) {
      if (segment.value <= 0) continue;
      const h = (segment.value / max) * plotHeight;
      y -= h;
      parts.push(
        rect(x, y, columnWidth, h, `bar tone-${segment.tone}`, `${column.label}: ${segment.value} ${segment.label}`),
      );
    }
    parts.push(text(x + columnWidth / 2, baseY + 15, column.label, 'label small', 'middle'));
  });
  // Legend: the segments' labels of the first column, in stacking order.
  let x = left;
  for (const segment of columns[0]?.segments ?? []) {
    parts.push(
      `<rect x="${num(x)}" y="${num(height - 16)}" width="10" height="10" class="bar tone-${segment.tone}"/>`,
      text(x + 14, height - 7, segment.label, 'label small'),
    );
    x += 24 + Array.from(segment.label).length * 7;
  }
  parts.push('</svg>');
  return parts.join('');
}
