/**
 * The questions acct asks a person, behind one small interface, so a flow
 * (the assessment, a confirmation) never talks to inquirer directly. The
 * inquirer implementation loads @inquirer/prompts only when first used.
 * Commands get the prompter from their Context, so tests pass in a scripted
 * one (test/scripted-prompter.ts). Ctrl-C surfaces as an error whose name
 * `isPromptExit` recognises (ExitPromptError).
 */
import { visible } from '../render/safe-text.js';

export interface Choice<T extends string> {
  value: T;
  name: string;
  description?: string;
  /** checkbox only: ticked at the start. */
  checked?: boolean;
}

export interface SelectOptions<T extends string> {
  message: string;
  choices: readonly Choice<T>[];
  default?: T;
}

export interface CheckboxOptions<T extends string> {
  message: string;
  choices: readonly Choice<T>[];
}

export interface InputOptions {
  message: string;
  default?: string;
  /** true when the text is acceptable, else the message to show. */
  validate?: (text: string) => true | string;
}

export interface ConfirmOptions {
  message: string;
  default?: boolean;
}

export interface Prompter {
  select<T extends string>(options: SelectOptions<T>): Promise<T>;
  checkbox<T extends string>(options: CheckboxOptions<T>): Promise<T[]>;
  input(options: InputOptions): Promise<string>;
  confirm(options: ConfirmOptions): Promise<boolean>;
}

/**
 * The terminal prompter: @inquirer/prompts, imported on first use. Every text
 * it shows (questions, choices, descriptions, defaults: often names from the
 * data or playbooks) is made visible first; values returned are untouched.
 */
export function inquirerPrompter(): Prompter {
  const load = () => import('@inquirer/prompts');
  return {
    async select(options) {
      const { select } = await load();
      return select({
        message: visible(options.message),
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
      const { checkbox } = await load();
      return checkbox({
        message: visible(options.message),
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
      const { input } = await load();
      // The default is shown (and returned on Enter) as visible text; give back the real value then.
      const shownDefault = options.default === undefined ? undefined : visible(options.default);
      const validate = options.validate;
      const original = (text: string): string =>
        shownDefault !== undefined && text === shownDefault ? options.default! : text;
      const answer = await input({
        message: visible(options.message),
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
      const { confirm } = await load();
      return confirm({
        message: visible(options.message),
        ...(options.default !== undefined ? { default: options.default } : {}),
      });
    },
  };
}
