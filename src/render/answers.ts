/**
 * Answers by section, short: last time's answers before a re-assessment asks
 * what changed, and the review screen before anything is stored. One line of
 * "question: answer" pairs per section, wrapped to the terminal.
 */
import type { SectionSummary } from '../domain/assessment/flow.js';
import type { Output } from './output.js';
import { visibleDeep } from './safe-text.js';
import { heading, wrapText } from './table.js';

export function renderAnswerSummary(out: Output, title: string, shown: readonly SectionSummary[]): string {
  // Section titles and option values come from the user's own questionnaire too.
  const summary = visibleDeep(shown);
  const width = out.width;
  const lines = [heading(out, title)];
  for (const { section, items } of summary) {
    lines.push(`  ${out.color ? out.chalk.bold(section) : section}`);
    lines.push(
      wrapText(
        items
          .map((item) => `${item.label}: ${item.text};`)
          .join(' ')
          .replace(/;$/, ''),
        width,
        '    ',
      ),
    );
  }
  return lines.join('\n');
}
