/**
 * The one colouring of the judgements people scan for: risk level and
 * purchase-criteria fit, green for good, yellow for watch, red for act now.
 * An unknown fit is not a warning colour: it is a question to answer
 * (docs/domain.md §7), so it stays plain. Any other text (not assessed) is
 * dimmed. Used as a table column style and for inline text alike.
 */
import type { ChalkInstance } from 'chalk';
import type { CriteriaFit, RiskLevel } from '../domain/enums.js';
import type { Output } from './output.js';

const COLOUR: Record<RiskLevel | CriteriaFit, 'green' | 'yellow' | 'red' | null> = {
  low: 'green',
  medium: 'yellow',
  high: 'red',
  safe: 'green',
  alert: 'yellow',
  alarm: 'red',
  unknown: null,
};

/** A risk level or criteria fit, coloured by its id (the text may be its label); usable in a Column style. */
export function judgementColour(text: string, chalk: ChalkInstance, id: string = text): string {
  const colour = COLOUR[id as keyof typeof COLOUR];
  if (colour === undefined) return chalk.dim(text);
  return colour === null ? text : chalk[colour](text);
}

/** The same, for inline text: coloured only in the terminal table view (plain rows stay free of escape codes). */
export function paintJudgement(out: Output, id: string, text: string = id): string {
  return out.mode === 'table' && out.color ? judgementColour(text, out.chalk, id) : text;
}
