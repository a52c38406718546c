/**
 * The questions acct asks a person, behind one small interface, so a flow
 * (the assessment, a confirmation) never talks to inquirer directly. The
 * inquirer implementation loads @inquirer/prompts only when first used; the
 * scripted one answers from a list, for tests. Ctrl-C surfaces as an error
 * whose name `isPromptExit` recognises (ExitPromptError).
 */

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

export interface NumberOptions {
  message: string;
  default?: number;
  min?: number;
  max?: number;
}

export interface ConfirmOptions {
  message: string;
  default?: boolean;
}

export interface Prompter {
  select<T extends string>(options: SelectOptions<T>): Promise<T>;
  checkbox<T extends string>(options: CheckboxOptions<T>): Promise<T[]>;
  input(options: InputOptions): Promise<string>;
  number(options: NumberOptions): Promise<number | undefined>;
  confirm(options: ConfirmOptions): Promise<boolean>;
}

/** The terminal prompter: @inquirer/prompts, imported on first use. */
export function inquirerPrompter(): Prompter {
  const load = () => import('@inquirer/prompts');
  return {
    async select(options) {
      const { select } = await load();
      return select({
        message: options.message,
        choices: options.choices.map((choice) => ({
          value: choice.value,
          name: choice.name,
          ...(choice.description ? { description: choice.description } : {}),
        })),
        ...(options.default !== undefined ? { default: options.default } : {}),
        pageSize: Math.min(12, options.choices.length),
        loop: false,
      });
    },
    async checkbox(options) {
      const { checkbox } = await load();
      return checkbox({
        message: options.message,
        choices: options.choices.map((choice) => ({
          value: choice.value,
          name: choice.name,
          checked: Boolean(choice.checked),
          ...(choice.description ? { description: choice.description } : {}),
        })),
        pageSize: Math.min(15, Math.max(1, options.choices.length)),
        loop: false,
      });
    },
    async input(options) {
      const { input } = await load();
      return input({
        message: options.message,
        ...(options.default !== undefined ? { default: options.default } : {}),
        ...(options.validate ? { validate: options.validate } : {}),
      });
    },
    async number(options) {
      const { number } = await load();
      return number({
        message: options.message,
        ...(options.default !== undefined ? { default: options.default } : {}),
        ...(options.min !== undefined ? { min: options.min } : {}),
        ...(options.max !== undefined ? { max: options.max } : {}),
      });
    },
    async confirm(options) {
      const { confirm } = await load();
      return confirm({
        message: options.message,
        ...(options.default !== undefined ? { default: options.default } : {}),
      });
    },
  };
}

/** What Ctrl-C looks like from a prompt: an error named like inquirer's. */
export class ScriptedExit extends Error {
  override name = 'ExitPromptError';
  constructor() {
    super('User force closed the prompt');
  }
}

/**
 * One scripted reply: a value, `DEFAULT` (press Enter: take the default),
 * or `CTRL_C` (cancel). A function receives the prompt and returns a reply.
 */
export const DEFAULT = Symbol('default');
export const CTRL_C = Symbol('ctrl-c');
export type ScriptedReply = unknown;
export type ScriptStep = ScriptedReply | ((prompt: AskedPrompt) => ScriptedReply);

export interface AskedPrompt {
  kind: 'select' | 'checkbox' | 'input' | 'number' | 'confirm';
  message: string;
  default?: unknown;
  choices?: readonly Choice<string>[];
}

/**
 * A prompter that replays `steps` in order and records every prompt in
 * `asked`. Running out of steps counts as pressing Enter.
 */
export class ScriptedPrompter implements Prompter {
  readonly asked: AskedPrompt[] = [];
  private index = 0;

  constructor(private readonly steps: readonly ScriptStep[] = []) {}

  private reply(prompt: AskedPrompt): unknown {
    this.asked.push(prompt);
    const step = this.index < this.steps.length ? this.steps[this.index] : DEFAULT;
    this.index += 1;
    const value = typeof step === 'function' ? (step as (p: AskedPrompt) => unknown)(prompt) : step;
    if (value === CTRL_C) throw new ScriptedExit();
    return value;
  }

  async select<T extends string>(options: SelectOptions<T>): Promise<T> {
    const value = this.reply({ kind: 'select', ...options });
    if (value === DEFAULT) return options.default ?? options.choices[0]!.value;
    return value as T;
  }

  async checkbox<T extends string>(options: CheckboxOptions<T>): Promise<T[]> {
    const value = this.reply({ kind: 'checkbox', ...options });
    if (value === DEFAULT) return options.choices.filter((choice) => choice.checked).map((choice) => choice.value);
    return value as T[];
  }

  async input(options: InputOptions): Promise<string> {
    const value = this.reply({ kind: 'input', message: options.message, default: options.default });
    const text = value === DEFAULT ? (options.default ?? '') : String(value);
    const valid = options.validate ? options.validate(text) : true;
    if (valid !== true) throw new Error(`scripted input "${text}" rejected: ${valid}`);
    return text;
  }

  async number(options: NumberOptions): Promise<number | undefined> {
    const value = this.reply({ kind: 'number', ...options });
    return value === DEFAULT ? options.default : (value as number | undefined);
  }

  async confirm(options: ConfirmOptions): Promise<boolean> {
    const value = this.reply({ kind: 'confirm', ...options });
    return value === DEFAULT ? Boolean(options.default) : Boolean(value);
  }
}

let override: Prompter | null = null;

/** The prompter commands use: inquirer, unless a test installed another. */
export function prompter(): Prompter {
  return override ?? inquirerPrompter();
}

/** For tests: answer prompts with `replacement` (null restores inquirer). */
export function usePrompter(replacement: Prompter | null): void {
  override = replacement;
}
