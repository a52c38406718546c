/**
 * Decoding a stored assessment's JSON (answers, result, playbook versions)
 * into its one type. The store calls these once per row, so no reader casts.
 * Results written by acct decode whole; results imported from CSV or written
 * by older versions may lack parts, and a part whose shape does not match is
 * left out rather than trusted, so readers only ever check for absence.
 * The shape checks are plain type guards, not a schema library: the store
 * loads this module for every command that opens it, `acct list` included,
 * and a schema library would cost that start-up more than the checks do.
 */
import {
  CRITERIA_FITS,
  DEPARTMENTS,
  EXPERIENCE_PROFILES,
  LEVELS,
  OWNER_ROLES,
  RISK_LEVELS,
  SENIORITIES,
  STAGES,
  SUPPLIER_POSITIONS,
} from '../enums.js';
import { LANGUAGES } from '../language.js';
import type { LocalText } from '../local-text.js';
import type { AnswerValue, Answers } from './questions.js';
import type { AssessmentResult, PlaybookVersions, StoredResult } from './types.js';

/** A type guard: does an unknown value have the shape of T? */
type Check<T> = (value: unknown) => value is T;

const str: Check<string> = (value): value is string => typeof value === 'string';
const num: Check<number> = (value): value is number => typeof value === 'number';
const bool: Check<boolean> = (value): value is boolean => typeof value === 'boolean';
const nul: Check<null> = (value): value is null => value === null;
const oneOf =
  <const T extends string | number>(values: readonly T[]): Check<T> =>
  (value): value is T =>
    (values as readonly unknown[]).includes(value);
const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (value): value is T | null =>
    value === null || check(value);
const either =
  <A, B>(a: Check<A>, b: Check<B>): Check<A | B> =>
  (value): value is A | B =>
    a(value) || b(value);
const listOf =
  <T>(check: Check<T>): Check<T[]> =>
  (value): value is T[] =>
    Array.isArray(value) && value.every((item) => check(item));
/** An object with at least these keys of these shapes (optional ones may be absent or undefined). */
function shape<T>(checks: { [K in keyof T]-?: Check<T[K]> }, optional: readonly (keyof T)[] = []): Check<T> {
  const entries = Object.entries(checks) as [keyof T & string, Check<unknown>][];
  return (value): value is T =>
    isObject(value) &&
    entries.every(([key, check]) => (optional.includes(key) && value[key] === undefined ? true : check(value[key])));
}

/** A play text: a string, or one per language (docs/playbooks.md §Languages). */
const localText: Check<LocalText> = (value): value is LocalText =>
  typeof value === 'string' ||
  (isObject(value) &&
    Object.keys(value).length > 0 &&
    Object.entries(value).every(([lang, text]) => (LANGUAGES as readonly string[]).includes(lang) && str(text)));

const names = shape<{ count: number; names: string[] }>({ count: num, names: listOf(str) });
const yesUnsureNo = nullable(oneOf(['yes', 'unsure', 'no'] as const));
type PlanItem = AssessmentResult['plan'][number];
type BecauseLine = NonNullable<PlanItem['because']>[number];

/** One check per part of AssessmentResult; `satisfies` keeps them in step with the type. */
const PARTS = {
  assessedAt: str,
  stage: oneOf(STAGES),
  relationshipLevel: oneOf(LEVELS),
  supplierPosition: oneOf(SUPPLIER_POSITIONS),
  shareOfWallet: nullable(num),
  criteriaFit: oneOf(CRITERIA_FITS),
  experience: shape<AssessmentResult['experience']>({
    profile: oneOf(EXPERIENCE_PROFILES),
    score: num,
    signals: listOf(str),
  }),
  risk: shape<AssessmentResult['risk']>({
    level: oneOf(RISK_LEVELS),
    score: num,
    reasons: listOf(str),
    factors: listOf(shape({ fact: str, points: num, text: str })),
  }),
  coverage: shape<AssessmentResult['coverage']>({
    contactCount: num,
    strongContacts: num,
    departmentsReached: listOf(oneOf(DEPARTMENTS)),
    seniorityReached: listOf(oneOf(SENIORITIES)),
    supporters: names,
    opponents: names,
    singleThreaded: bool,
    singleThreadReasons: listOf(str),
    hasExecutive: bool,
    shape: oneOf(['bow-tie', 'diamond'] as const),
  }),
  satisfaction: shape<AssessmentResult['satisfaction']>({
    score: nullable(oneOf([1, 2, 3, 4, 5] as const)),
    label: str,
    repurchase: yesUnsureNo,
    recommend: yesUnsureNo,
  }),
  targetLevel: shape<AssessmentResult['targetLevel']>({
    level: nullable(oneOf(LEVELS)),
    worthIt: bool,
    recommended: oneOf(LEVELS),
    verdict: str,
  }),
  plan: listOf(
    shape<PlanItem>(
      {
        playbook: str,
        play: str,
        title: localText,
        why: localText,
        priority: oneOf([1, 2, 3] as const),
        dueInDays: num,
        ownerRole: oneOf(OWNER_ROLES),
        steps: listOf(localText),
        source: str,
        // Plans stored before "because" lines have none; they still render.
        because: listOf(
          shape<BecauseLine>({
            fact: str,
            value: either(either(either(str, num), either(bool, listOf(str))), nul) as Check<BecauseLine['value']>,
            text: str,
          }),
        ) as Check<PlanItem['because']>,
        riskRelevance: num,
      },
      ['because'],
    ),
  ),
} satisfies {
  [K in Exclude<keyof AssessmentResult, 'playbookVersions' | 'answeredAt'>]: Check<AssessmentResult[K]>;
};

/** The survey answers' dates (survey.ts): only the well-formed entries; results stored before them have none. */
function decodeAnswerDates(value: unknown): Record<string, string> {
  const dates: Record<string, string> = {};
  if (isObject(value)) {
    for (const [key, date] of Object.entries(value))
      if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) dates[key] = date;
  }
  return dates;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * id -> "version#hash". Results stored before 0.1 listed playbooks as
 * [{ id, version, hash }]; both decode to the one shape.
 */
export function decodePlaybookVersions(value: unknown): PlaybookVersions {
  const versions: PlaybookVersions = {};
  if (Array.isArray(value)) {
    for (const entry of value) {
      if (isObject(entry) && typeof entry.id === 'string' && typeof entry.version === 'string')
        versions[entry.id] = versionTag({
          version: entry.version,
          hash: typeof entry.hash === 'string' ? entry.hash : '',
        });
    }
  } else if (isObject(value)) {
    for (const [id, tag] of Object.entries(value)) if (typeof tag === 'string') versions[id] = tag;
  }
  return versions;
}

/** How one questionnaire or playbook version is recorded: "1.2#<content hash>". */
export function versionTag(book: { version: string; hash: string }): string {
  return `${book.version}#${book.hash}`;
}

/** The parts of a stored result that match their shape, in their stored order. */
export function decodeResult(value: unknown): StoredResult {
  const result: Record<string, unknown> = {};
  if (!isObject(value)) return result;
  for (const [key, part] of Object.entries(value)) {
    if (key === 'playbookVersions') result[key] = decodePlaybookVersions(part);
    else if (key === 'answeredAt') result[key] = decodeAnswerDates(part);
    else if (Object.hasOwn(PARTS, key) && PARTS[key as keyof typeof PARTS](part)) result[key] = part;
  }
  return result as StoredResult;
}

const isAnswerValue = (value: unknown): value is AnswerValue =>
  typeof value === 'string' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  typeof value === 'boolean' ||
  (Array.isArray(value) && value.every((item) => typeof item === 'string'));

/** The answers that have an answer's shape (text, number, yes/no or a list of texts). */
export function decodeAnswers(value: unknown): Answers {
  if (!isObject(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, AnswerValue] => isAnswerValue(entry[1])),
  );
}

/** A result with every part present: what acct itself stores, and what the renderers of a full result need. */
export function isCompleteResult(result: StoredResult): result is AssessmentResult {
  return 'playbookVersions' in result && Object.keys(PARTS).every((key) => key in result);
}
