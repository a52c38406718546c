/**
 * The questions acct asks a person, behind one small interface, so a flow
 * (the assessment, a confirmation) never talks to inquirer directly. The
 * inquirer implementation loads @inquirer/prompts only when first used.
 * Commands get the prompter from their Context, so tests pass in a scripted
 * one (test/scripted-prompter.ts). Ctrl-C surfaces as an error whose name
 * `isPromptExit` recognises (ExitPromptError).
 */
import { Chalk } from 'chalk';
import { visible } from '../render/safe-text.js';
import type { wrapText } from '../render/table.js';
import { currentLanguage, t } from '../i18n/index.js';

export interface Choice<T extends string> {
  value: T;
  name: string;
  description?: string;
  /** checkbox only: ticked at the start. */
  checked?: boolean;
}

/**
 * What every question may carry besides its text: `context` is the line above
 * it (where you are: "Where we stand · 2 of 24"), `help` the questionnaire's
 * help line. Both show while the question is open and leave the transcript
 * once it is answered, which keeps only "✔ question answer".
 */
export interface Framing {
  context?: string;
  help?: string;
}

export interface SelectOptions<T extends string> extends Framing {
  message: string;
  choices: readonly Choice<T>[];
  default?: T;
}

export interface CheckboxOptions<T extends string> extends Framing {
  message: string;
  choices: readonly Choice<T>[];
}

export interface InputOptions extends Framing {
  message: string;
  default?: string;
  /** true when the text is acceptable, else the message to show. */
  validate?: (text: string) => true | string;
}

export interface ConfirmOptions extends Framing {
  message: string;
  default?: boolean;
}

/** A choice made by typing its key (one letter or digit). */
export interface KeyedChoice<T extends string> {
  key: string;
  value: T;
  name: string;
}

/**
 * A decision that must be made on purpose: every choice is listed with its
 * key and there is no default, so Enter alone (or a held Enter key) is
 * refused and the prompt stays until a key is typed and confirmed.
 */
export interface ChooseOptions<T extends string> {
  message: string;
  choices: readonly KeyedChoice<T>[];
}

export interface Prompter {
  select<T extends string>(options: SelectOptions<T>): Promise<T>;
  checkbox<T extends string>(options: CheckboxOptions<T>): Promise<T[]>;
  input(options: InputOptions): Promise<string>;
  confirm(options: ConfirmOptions): Promise<boolean>;
  choose<T extends string>(options: ChooseOptions<T>): Promise<T>;
}

type Status = 'idle' | 'done' | 'loading' | string;

/** Prompts write to stdout: its width, else COLUMNS, else 80 (as Output.width). */
function terminalWidth(): number {
  return process.stdout.columns || Number(process.env.COLUMNS) || 80;
}

/**
 * inquirer's message style, given the framing: while open, the context line,
 * the help line (dim) and the question; once answered, the question alone.
 */
/** How the help line is wrapped: render/table.ts's wrapText, loaded with inquirer so start-up stays lean. */
type Wrap = typeof wrapText;

type KeysHelpTip = (keys: [key: string, action: string][]) => string;

/**
 * inquirer's key help ("↑↓ navigate • ⏎ select") in the run's language: the
 * action words from the catalogue, styled as inquirer styles them. English
 * keeps inquirer's own (undefined: nothing overridden).
 */
export function keysHelpTip(): KeysHelpTip | undefined {
  if (currentLanguage() === 'en') return undefined;
  const chalk = new Chalk({ level: process.env.NO_COLOR ? 0 : 1 });
  return (keys) =>
    keys
      .map(([key, action]) => `${chalk.bold(key)} ${chalk.dim(t('prompt.keys.action', { action }))}`)
      .join(chalk.dim(' • '));
}

export function framed(
  framing: Framing,
  wrap: Wrap,
): { theme: { style: { message: (text: string, status: Status) => string; keysHelpTip?: KeysHelpTip } } } {
  // inquirer colours with its own library, which follows NO_COLOR / FORCE_COLOR the same way.
  const chalk = new Chalk({ level: process.env.NO_COLOR ? 0 : 1 });
  const tip = keysHelpTip();
  return {
    theme: {
      style: {
        ...(tip ? { keysHelpTip: tip } : {}),
        message: (text, status) => {
          if (status === 'done') return chalk.bold(text);
          const lines = [
            ...(framing.context ? [chalk.bold(visible(framing.context))] : []),
            // Wrapped by display width under its indent, so a long help line never runs into column 0.
            ...(framing.help ? [chalk.dim(wrap(visible(framing.help), terminalWidth(), '  '))] : []),
            `${framing.context || framing.help ? '  ' : ''}${chalk.bold(text)}`,
          ];
          return lines.join('\n');
        },
      },
    },
  };
}

/**
 * The terminal prompter: @inquirer/prompts, imported on first use. Every text
 * it shows (questions, choices, descriptions, defaults: often names from the
 * data or playbooks) is made visible first; values returned are untouched.
 */
export function inquirerPrompter(): Prompter {
  // Loaded on first use: neither inquirer nor the width library is needed by commands that never prompt.
  const load = async () => {
    const [prompts, table] = await Promise.all([import('@inquirer/prompts'), import('../render/table.js')]);
    return { ...prompts, wrap: table.wrapText };
  };
  return {
    async select(options) {
      const { select, wrap } = await load();
      return select({
        message: visible(options.message),
        ...framed(options, wrap),
        choices: options.choices.map((choice) => ({
          value: choice.value,
          name: visible(choice.name),
          ...(choice.description ? { description: visible(choice.description) } : {}),
        })),
        ...(options.default !== undefined ? { default: options.default } : {}),
        pageSize: Math.min(12, options.choices.length),
        loop: false,
      });
    },
    async checkbox(options) {
      const { checkbox, wrap } = await load();
      return checkbox({
        message: visible(options.message),
        ...framed(options, wrap),
        choices: options.choices.map((choice) => ({
          value: choice.value,
          name: visible(choice.name),
          checked: Boolean(choice.checked),
          ...(choice.description ? { description: visible(choice.description) } : {}),
        })),
        pageSize: Math.min(15, Math.max(1, options.choices.length)),
        loop: false,
      });
    },
    async input(options) {
      const { input, wrap } = await load();
      // The default is shown (and returned on Enter) as visible text; give back the real value then.
      const shownDefault = options.default === undefined ? undefined : visible(options.default);
      const validate = options.validate;
      const original = (text: string): string =>
        shownDefault !== undefined && text === shownDefault ? options.default! : text;
      const answer = await input({
        message: visible(options.message),
        ...framed(options, wrap),
        ...(shownDefault !== undefined ? { default: shownDefault } : {}),
        ...(validate
          ? {
              validate: (text: string) => {
                const verdict = validate(original(text));
                return verdict === true ? true : visible(verdict);
              },
            }
          : {}),
      });
      return original(answer);
    },
    async confirm(options) {
      const { confirm, wrap } = await load();
      return confirm({
        message: visible(options.message),
        ...framed(options, wrap),
        ...(options.default !== undefined ? { default: options.default } : {}),
        transformer: (answer: boolean) => t(answer ? 'prompt.confirm.yes' : 'prompt.confirm.no'),
      });
    },
    async choose<T extends string>(options: ChooseOptions<T>): Promise<T> {
      const { expand } = await load();
      // Expanded, with a default key that is no choice: Enter on an empty line is refused.
      type ExpandConfig = Parameters<typeof expand<T>>[0];
      const keys = options.choices.map((choice) => choice.key.toLowerCase());
      const hint = t('prompt.choose.hint', { keys });
      return expand<T>({
        message: visible(options.message),
        choices: options.choices.map((choice) => ({
          key: choice.key.toLowerCase(),
          value: choice.value,
          name: visible(choice.name),
        })) as ExpandConfig['choices'],
        expanded: true,
        default: '' as ExpandConfig['default'],
        // inquirer's own "Please input a value" for Enter alone, said as what to do.
        theme: { style: { error: (text: string) => `> ${text === 'Please input a value' ? hint : visible(text)}` } },
      });
    },
  };
}
