/**
 * zod schemas for playbook files and the questionnaire file. Conditions are
 * read by parseCondition (shape, and facts when a catalogue is given) so
 * every problem carries a precise path. The schemas output the domain shapes
 * (camelCase: `applies_when` → `appliesWhen`, `due_in_days` → `dueInDays`).
 *
 * Playbook file:
 *   id, title, version (string), description, applies_when?, plays: [
 *     { id, title, why, when?, priority (1-3), due_in_days, owner_role, done_when?, steps?, invests?, upkeep?, cites?, source } ]
 *   done_when is a condition or the word `never` (docs/playbooks.md §done_when).
 *   Every text a person reads (titles, description, why, steps; prompts,
 *   sections, option and scale labels, help) is a string in one language or
 *   a map { en, zh-CN } (docs/playbooks.md §Languages).
 * Questionnaire file (assessment.yaml):
 *   id, title, version, description?, questions: [
 *     { key, prompt, type, section?, options?, min?, max?, labels?, when?, optional?, help? } ]
 */
import { z } from 'zod';
import { OWNER_ROLES } from '../domain/enums.js';
import {
  FACTS,
  factCatalogue,
  type FactCatalogue,
  type FactName,
  type FactSpec,
} from '../domain/assessment/catalogue.js';
import { currentLanguage, t } from '../i18n/index.js';
import { excerpt, parseCondition } from '../domain/assessment/check-condition.js';
import { words } from '../domain/words.js';
import type { Condition } from '../domain/assessment/conditions.js';
import { QUESTION_TYPES, type Question, type Questionnaire } from '../domain/assessment/questions.js';
import type { Play, Playbook } from '../domain/assessment/types.js';

export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CAMEL_KEY = /^[a-z][A-Za-z0-9]*$/;

/**
 * How a file is parsed in the run's language: zod's own words (an option not
 * in an enum, a number too small) come from its Chinese locale in zh-CN. A
 * wrong type is left to load.ts, which words it from the catalogue.
 */
export function parseOptions(): { error: z.core.$ZodErrorMap } | undefined {
  if (currentLanguage() !== 'zh-CN') return undefined;
  const chinese = z.locales.zhCN().localeError;
  return { error: (issue) => (issue.code === 'invalid_type' ? undefined : chinese(issue)) };
}

// Messages are functions: worded when an issue is found, in the run's language (the schema is built before).
const text = z
  .string()
  .trim()
  .min(1, { error: () => t('playbooks.schema.notEmpty') });

/**
 * A text people read: a plain string (one language, as a team writes it) or
 * one per language, `{ en: …, zh-CN: … }`, at least one of them.
 */
export const localTextSchema = z.union(
  [
    text,
    z
      .strictObject({
        en: text.optional().describe('the text in English'),
        'zh-CN': text.optional().describe('the text in simplified Chinese'),
      })
      .refine((texts) => texts.en !== undefined || texts['zh-CN'] !== undefined, {
        error: () => t('playbooks.schema.oneLanguage'),
      }),
  ],
  {
    // Absent, it reads as the other required fields do (load.ts words invalid_type that way).
    error: (issue) =>
      issue.input === undefined && issue.path?.length
        ? t('playbooks.field.missing', { field: String(issue.path.at(-1)) })
        : t('playbooks.schema.text'),
  },
);
const version = z
  .string({ error: () => t('playbooks.schema.version') })
  .trim()
  .min(1, { error: () => t('playbooks.schema.notEmpty') });
const kebabId = z.string().regex(KEBAB_ID, { error: () => t('playbooks.schema.kebabId') });

/** The condition fields (and done_when ones), so the JSON Schema (json-schema.ts) can describe them. */
export const CONDITION_FIELDS = new WeakSet<z.ZodType>();
export const DONE_WHEN_FIELDS = new WeakSet<z.ZodType>();

/** A condition field; `catalogue` null checks the shape only. */
export function conditionSchema(catalogue: FactCatalogue | null): z.ZodType<Condition, unknown> {
  const field = z.unknown().transform((raw, ctx) => {
    const { condition, problems } = parseCondition(raw, catalogue);
    for (const problem of problems) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
    return condition ?? z.NEVER;
  });
  CONDITION_FIELDS.add(field);
  return field;
}

/** A play's `done_when`: a condition, or the word `never` for plays that are never "done". */
export function doneWhenSchema(catalogue: FactCatalogue | null): z.ZodType<Condition | 'never', unknown> {
  const field = z.unknown().transform((raw, ctx): Condition | 'never' => {
    if (raw === 'never') return 'never' as const;
    if (typeof raw === 'string') {
      ctx.addIssue({ code: 'custom', message: t('playbooks.schema.conditionOrNever', { got: excerpt(raw) }) });
      return z.NEVER;
    }
    const { condition, problems } = parseCondition(raw, catalogue);
    for (const problem of problems) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
    return condition ?? z.NEVER;
  });
  DONE_WHEN_FIELDS.add(field);
  return field;
}

export function playSchema(catalogue: FactCatalogue | null): z.ZodType<Play, unknown> {
  return z
    .strictObject({
      id: kebabId,
      title: localTextSchema,
      why: localTextSchema,
      when: conditionSchema(catalogue).optional(),
      priority: z.union([z.literal(1), z.literal(2), z.literal(3)], {
        error: () => t('playbooks.schema.priority'),
      }),
      due_in_days: z
        .number()
        .int({ error: () => t('playbooks.schema.wholeDays') })
        .min(0, { error: () => t('playbooks.schema.notNegative') }),
      owner_role: z.enum(OWNER_ROLES),
      done_when: doneWhenSchema(catalogue).optional(),
      steps: z.array(localTextSchema).optional(),
      // docs/domain.md §7: dropped when a defection cause is outside our control / kept for a healthy account.
      invests: z.boolean({ error: () => t('playbooks.schema.invests') }).optional(),
      upkeep: z.boolean({ error: () => t('playbooks.schema.upkeep') }).optional(),
      // Facts named in the because lines whenever known (docs/playbooks.md §cites).
      cites: z
        .array(text)
        .superRefine((names, ctx) => {
          for (const name of names)
            if (catalogue && !(name in catalogue))
              ctx.addIssue({ code: 'custom', message: t('playbooks.schema.citesUnknown', { name }) });
        })
        .optional(),
      source: text,
    })
    .transform((play): Play => ({
      id: play.id,
      title: play.title,
      why: play.why,
      ...(play.when ? { when: play.when } : {}),
      priority: play.priority,
      dueInDays: play.due_in_days,
      ownerRole: play.owner_role,
      ...(play.done_when !== undefined ? { doneWhen: play.done_when } : {}),
      steps: play.steps ?? [],
      ...(play.invests ? { invests: true } : {}),
      ...(play.upkeep ? { upkeep: true } : {}),
      ...(play.cites && play.cites.length > 0 ? { cites: play.cites } : {}),
      source: play.source,
    }));
}

export function playbookSchema(catalogue: FactCatalogue | null): z.ZodType<Playbook, unknown> {
  return z
    .strictObject({
      id: kebabId,
      title: localTextSchema,
      version,
      description: localTextSchema,
      applies_when: conditionSchema(catalogue).optional(),
      plays: z.array(playSchema(catalogue)).min(1, { error: () => t('playbooks.schema.onePlay') }),
    })
    .superRefine((playbook, ctx) => {
      const seen = new Map<string, number>();
      playbook.plays.forEach((play, index) => {
        const first = seen.get(play.id);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['plays', index, 'id'],
            message: t('playbooks.schema.duplicatePlay', { id: excerpt(play.id), first }),
          });
        } else seen.set(play.id, index);
      });
    })
    .transform((playbook): Playbook => ({
      id: playbook.id,
      title: playbook.title,
      version: playbook.version,
      description: playbook.description,
      ...(playbook.applies_when ? { appliesWhen: playbook.applies_when } : {}),
      plays: playbook.plays,
    }));
}

const optionSchema = z.strictObject({
  value: z.string().regex(KEBAB_ID, { error: () => t('playbooks.schema.optionValue') }),
  label: localTextSchema,
});

/**
 * `knownKeys`: question keys defined before this file (e.g. shipped ones,
 * when a user file extends the questionnaire); a question's `when` may read
 * those and the keys of earlier questions in the same file.
 */
export function questionnaireSchema(knownKeys: readonly Question[] = []): z.ZodType<Questionnaire, unknown> {
  return z
    .strictObject({
      id: kebabId,
      title: localTextSchema,
      version,
      description: localTextSchema.optional(),
      questions: z
        .array(
          z.strictObject({
            key: z.string().regex(CAMEL_KEY, { error: () => t('playbooks.schema.questionKey') }),
            prompt: localTextSchema,
            type: z.enum(QUESTION_TYPES),
            section: localTextSchema.optional(),
            options: z.array(optionSchema).min(1).optional(),
            min: z.number().optional(),
            max: z.number().optional(),
            labels: z.array(localTextSchema).optional(),
            when: conditionSchema(null).optional(),
            optional: z.boolean().optional(),
            help: localTextSchema.optional(),
          }),
        )
        .min(1, { error: () => t('playbooks.schema.oneQuestion') }),
    })
    .superRefine((questionnaire, ctx) => {
      const earlier: Question[] = [...knownKeys];
      questionnaire.questions.forEach((raw, index) => {
        const at = (...rest: (string | number)[]): (string | number)[] => ['questions', index, ...rest];
        const question = raw as Question;
        if (questionnaire.questions.findIndex((other) => other.key === question.key) !== index) {
          ctx.addIssue({
            code: 'custom',
            path: at('key'),
            message: t('playbooks.schema.duplicateQuestion', { key: excerpt(question.key) }),
          });
        }
        const builtIn: FactSpec | undefined = (FACTS as Record<string, FactSpec>)[question.key];
        if (builtIn && builtIn.source !== 'answer') {
          ctx.addIssue({
            code: 'custom',
            path: at('key'),
            message: t('playbooks.schema.reserved', {
              key: question.key,
              meaning: t(`facts.${question.key as FactName}`),
            }),
          });
        }
        const needsOptions = question.type === 'select' || question.type === 'multi';
        if (needsOptions && !question.options) {
          ctx.addIssue({
            code: 'custom',
            path: at('type'),
            message: t('playbooks.schema.needsOptions', { type: question.type }),
          });
        }
        if (!needsOptions && question.options) {
          ctx.addIssue({
            code: 'custom',
            path: at('options'),
            message: t('playbooks.schema.noOptions', { type: question.type }),
          });
        }
        const values = question.options?.map((option) => option.value) ?? [];
        values.forEach((value, optionIndex) => {
          if (values.indexOf(value) !== optionIndex) {
            ctx.addIssue({
              code: 'custom',
              path: at('options', optionIndex, 'value'),
              message: t('playbooks.schema.duplicateOption', { value: excerpt(value) }),
            });
          }
        });
        if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
          ctx.addIssue({
            code: 'custom',
            path: at('min'),
            message: t('playbooks.schema.minAboveMax', { min: question.min, max: question.max }),
          });
        }
        if ((question.min !== undefined || question.max !== undefined) && needsOptions) {
          ctx.addIssue({
            code: 'custom',
            path: at(question.min !== undefined ? 'min' : 'max'),
            message: t('playbooks.schema.minMax'),
          });
        }
        if (question.when) {
          // Only earlier answers may decide whether a question is asked.
          const catalogue = factCatalogue({ id: '', title: '', version: '', questions: earlier });
          const onlyEarlier = Object.fromEntries(
            Object.entries(catalogue).filter(([name]) => earlier.some((other) => other.key === name)),
          );
          for (const problem of parseCondition(question.when, onlyEarlier).problems) {
            ctx.addIssue({
              code: 'custom',
              path: at('when', ...problem.path),
              // Not `acct playbook facts`: only the earlier questions are there to read.
              message:
                problem.key === 'unknownFact'
                  ? t('playbooks.schema.earlierOnly', {
                      message: words('condition.unknownFact', { ...problem.params, listed: 0 }),
                    })
                  : problem.message,
            });
          }
        }
        earlier.push(question);
      });
    })
    .transform((questionnaire): Questionnaire => {
      const questions: Question[] = questionnaire.questions.map((question) => {
        const out: Question = { key: question.key, prompt: question.prompt, type: question.type };
        if (question.section !== undefined) out.section = question.section;
        if (question.options !== undefined) out.options = question.options;
        if (question.min !== undefined) out.min = question.min;
        if (question.max !== undefined) out.max = question.max;
        if (question.labels !== undefined) out.labels = question.labels;
        if (question.when !== undefined) out.when = question.when;
        if (question.optional !== undefined) out.optional = question.optional;
        if (question.help !== undefined) out.help = question.help;
        return out;
      });
      return {
        id: questionnaire.id,
        title: questionnaire.title,
        version: questionnaire.version,
        ...(questionnaire.description !== undefined ? { description: questionnaire.description } : {}),
        questions,
      };
    });
}
