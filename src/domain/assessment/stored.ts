/**
 * Decoding a stored assessment's JSON (answers, result, playbook versions)
 * into its one type. The store calls these once per row, so no reader casts.
 * Results written by acct decode whole; results imported from CSV or written
 * by older versions may lack parts, and a part whose shape does not match is
 * left out rather than trusted, so readers only ever check for absence.
 */
import { z } from 'zod';
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
import type { AnswerValue, Answers } from './questions.js';
import type { AssessmentResult, PlaybookVersions, StoredResult } from './types.js';

const names = z.object({ count: z.number(), names: z.array(z.string()) });
const yesUnsureNo = z.enum(['yes', 'unsure', 'no']).nullable();

/** One schema per part of AssessmentResult; `satisfies` keeps them in step with the type. */
const PARTS = {
  assessedAt: z.string(),
  stage: z.enum(STAGES),
  relationshipLevel: z.enum(LEVELS),
  supplierPosition: z.enum(SUPPLIER_POSITIONS),
  shareOfWallet: z.number().nullable(),
  criteriaFit: z.enum(CRITERIA_FITS),
  experience: z.object({ profile: z.enum(EXPERIENCE_PROFILES), score: z.number(), signals: z.array(z.string()) }),
  risk: z.object({
    level: z.enum(RISK_LEVELS),
    score: z.number(),
    reasons: z.array(z.string()),
    factors: z.array(z.object({ fact: z.string(), points: z.number(), text: z.string() })),
  }),
  coverage: z.object({
    contactCount: z.number(),
    strongContacts: z.number(),
    departmentsReached: z.array(z.enum(DEPARTMENTS)),
    seniorityReached: z.array(z.enum(SENIORITIES)),
    supporters: names,
    opponents: names,
    singleThreaded: z.boolean(),
    singleThreadReasons: z.array(z.string()),
    hasExecutive: z.boolean(),
    shape: z.enum(['bow-tie', 'diamond']),
  }),
  satisfaction: z.object({
    score: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]).nullable(),
    label: z.string(),
    repurchase: yesUnsureNo,
    recommend: yesUnsureNo,
  }),
  targetLevel: z.object({
    level: z.enum(LEVELS).nullable(),
    worthIt: z.boolean(),
    recommended: z.enum(LEVELS),
    verdict: z.string(),
  }),
  plan: z.array(
    z.object({
      playbook: z.string(),
      play: z.string(),
      title: z.string(),
      why: z.string(),
      priority: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      dueInDays: z.number(),
      ownerRole: z.enum(OWNER_ROLES),
      steps: z.array(z.string()),
      source: z.string(),
      // Plans stored before "because" lines have none; they still render.
      because: z
        .array(
          z.object({
            fact: z.string(),
            value: z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]),
            text: z.string(),
          }),
        )
        .optional(),
      riskRelevance: z.number(),
    }),
  ),
} satisfies {
  [K in Exclude<keyof AssessmentResult, 'playbookVersions' | 'answeredAt'>]: z.ZodType<AssessmentResult[K]>;
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
    else if (key in PARTS && PARTS[key as keyof typeof PARTS].safeParse(part).success) result[key] = part;
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
