/** The help line under a question wraps to the terminal (issue 12: nothing runs into column 0). */
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { framed } from '../../src/prompt/prompter.js';
import { wrapText } from '../../src/render/table.js';

const columns = process.env.COLUMNS;
afterEach(() => {
  if (columns === undefined) delete process.env.COLUMNS;
  else process.env.COLUMNS = columns;
});

describe('a question while it is open', () => {
  it('wraps its help line under a two-space indent, within the terminal width', () => {
    process.env.COLUMNS = '40';
    const help =
      'Count the complaints the customer has raised that are not yet settled to their satisfaction; 客户尚未解决的投诉也算。';
    const text = framed({ context: 'Relationship · 7 of 24', help }, wrapText).theme.style.message(
      'Open complaints?',
      'idle',
    );
    const lines = text.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    const helpLines = lines.slice(1, -1);
    for (const line of helpLines) expect(line.startsWith('  ')).toBe(true);
    expect(helpLines.map((line) => line.trim()).join(' ')).toContain('not yet settled');
  });
});
