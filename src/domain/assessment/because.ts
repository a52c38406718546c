/**
 * "Because" lines: the facts that put a play in the plan, in words, read
 * from the condition evaluation itself (conditions.ts decidingLeaves), never
 * a sentence written per play. Words come from a few templates keyed by the
 * fact's source and type (catalogue area words, keys `because.*`), filled
 * with the fact's short label (`fact.<name>`, else the question or the
 * catalogue's description) and, for answers, the questionnaire's option
 * labels (docs/playbooks.md §because, docs/i18n.md).
 */
import { FACTS, type FactSpec } from './catalogue.js';
import { decidingLeaves, type Condition, type DecidingLeaf, type FactValue, type Facts } from './conditions.js';
import { localText, textLanguage } from '../local-text.js';
import { formatAmount } from './lifetime-value.js';
import type { Question } from './questions.js';
import { words, type WordParams } from '../words.js';

export interface Because {
  fact: string;
  value: Exclude<FactValue, undefined>;
  text: string;
}

/** The templates (`because.<key>`): `doc` is the fact's label, `value` the value in words. */
export const BECAUSE_KEYS = [
  'answer.value',
  'answer.not',
  'answer.yesno',
  'answer.number',
  'answer.unset',
  'record.value',
  'record.not',
  'record.unset',
  'yes',
  'no',
  'list',
  'value',
  'fact',
] as const;

type BecauseKey = (typeof BECAUSE_KEYS)[number];

function fill(key: BecauseKey, params: WordParams = {}): string {
  return words(`because.${key}`, params);
}

// The message catalogue names a shipped fact in the run's language (words.because.fact); a team's own
// fact is named by `label`, its question's prompt (or its key) as a phrase.
const plainDoc = (fact: string): string =>
  fill('fact', { fact, label: fact.replace(/\.$/, '').replace(/^./, (first) => first.toLowerCase()) });

function valueWords(value: FactValue | string | number | boolean, question: Question | undefined): string {
  if (Array.isArray(value)) return fill('list', { value: value.map((item) => valueWords(item, question)) });
  if (typeof value === 'boolean') return fill(value ? 'yes' : 'no');
  // Large numbers (a lifetime value) grouped, so 41000000 reads as 41,000,000.
  if (typeof value === 'number' && Math.abs(value) >= 10_000) return formatAmount(value);
  // A scale answer names its label too: "2 (dissatisfied)".
  if (typeof value === 'number' && question?.type === 'scale' && question.labels) {
    const scaleLabel = question.labels[value - (question.min ?? 1)];
    return scaleLabel ? `${value} (${localText(scaleLabel, textLanguage())})` : String(value);
  }
  const label = question?.options?.find((option) => option.value === value)?.label;
  // An option's own label, in the run's language; an id of a closed vocabulary (a stage, a department) likewise.
  return label !== undefined ? localText(label, textLanguage()) : fill('value', { value: String(value) });
}

/** One leaf in words. */
export function becauseText(leaf: DecidingLeaf, questions: readonly Question[] = []): string {
  const spec = (FACTS as Record<string, FactSpec>)[leaf.fact];
  const question = questions.find((item) => item.key === leaf.fact);
  const answer = question !== undefined || spec?.source === 'answer';
  const docText = plainDoc(spec || !question?.prompt ? leaf.fact : localText(question.prompt, textLanguage()));
  const unset = leaf.actual === null || leaf.actual === undefined;
  // A list leaf about one item (has X) names the item, ticked or not.
  if (leaf.op === 'has' && typeof leaf.value === 'string') {
    const value = valueWords(leaf.value, question);
    if (answer) return fill(leaf.holds ? 'answer.value' : 'answer.not', { value });
    return fill(leaf.holds ? 'record.value' : 'record.not', { doc: docText, value });
  }
  if (unset) return fill(answer ? 'answer.unset' : 'record.unset', { doc: docText });
  const value = valueWords(leaf.actual, question);
  // A yes/no or a number alone says nothing: the question is named with it.
  const named =
    typeof leaf.actual === 'boolean'
      ? 'answer.yesno'
      : typeof leaf.actual === 'number'
        ? 'answer.number'
        : 'answer.value';
  if (answer) return fill(named, { doc: docText, value });
  return fill('record.value', { doc: docText, value });
}

/** Why a condition holds, as lines (one per distinct fact and text); empty when it does not hold. */
export function because(
  condition: Condition | undefined,
  facts: Facts,
  questions: readonly Question[] = [],
): Because[] {
  const out: Because[] = [];
  for (const leaf of decidingLeaves(condition, facts) ?? []) {
    const text = becauseText(leaf, questions);
    if (!out.some((line) => line.fact === leaf.fact && line.text === text))
      out.push({ fact: leaf.fact, value: leaf.actual ?? null, text });
  }
  return out;
}
