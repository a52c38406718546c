/**
 * A prompter for tests: replays scripted replies in order and records every
 * prompt it was asked. Pass it to `run(..., { prompter })` (test/helpers.ts),
 * which hands it to the Context as a person's terminal would be.
 */
import type {
  CheckboxOptions,
  Choice,
  ChooseOptions,
  ConfirmOptions,
  KeyedChoice,
  InputOptions,
  Prompter,
  SelectOptions,
} from '../src/prompt/prompter.js';

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
 * A `choose` prompt has no default: `DEFAULT` there is refused, as Enter
 * alone is on a terminal, and the next step answers it instead.
 */
export const DEFAULT = Symbol('default');
export const CTRL_C = Symbol('ctrl-c');
export type ScriptedReply = unknown;
export type ScriptStep = ScriptedReply | ((prompt: AskedPrompt) => ScriptedReply);

export interface AskedPrompt {
  kind: 'select' | 'checkbox' | 'input' | 'confirm' | 'choose';
  message: string;
  default?: unknown;
  choices?: readonly (Choice<string> | KeyedChoice<string>)[];
  /** The line above the question ("Where we stand · 2 of 24") and its help line. */
  context?: string;
  help?: string;
  /** choose only: how many times Enter alone was refused before a key was given. */
  refused?: number;
  /** input only: the messages typed answers were refused with, in order. */
  rejected?: string[];
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
    const value = this.reply({
      kind: 'input',
      message: options.message,
      default: options.default,
      ...(options.context !== undefined ? { context: options.context } : {}),
      ...(options.help !== undefined ? { help: options.help } : {}),
    });
    let text = value === DEFAULT ? (options.default ?? '') : String(value);
    // A refused answer stays on the prompt, as on a terminal: the message is kept and the next step retypes.
    for (;;) {
      const valid = options.validate ? options.validate(text) : true;
      if (valid === true) return text;
      const prompt = this.asked.at(-1)!;
      prompt.rejected = [...(prompt.rejected ?? []), valid];
      if (this.index >= this.steps.length) throw new Error(`scripted input "${text}" rejected: ${valid}`);
      const next = this.steps[this.index]!;
      this.index += 1;
      const retry = typeof next === 'function' ? (next as (p: AskedPrompt) => unknown)(prompt) : next;
      if (retry === CTRL_C) throw new ScriptedExit();
      text = retry === DEFAULT ? (options.default ?? '') : String(retry);
    }
  }

  async confirm(options: ConfirmOptions): Promise<boolean> {
    const value = this.reply({ kind: 'confirm', ...options });
    return value === DEFAULT ? Boolean(options.default) : Boolean(value);
  }

  /** Replies are a choice's value or key; Enter alone (`DEFAULT`) is refused and the next step tried. */
  async choose<T extends string>(options: ChooseOptions<T>): Promise<T> {
    const prompt: AskedPrompt = { kind: 'choose', message: options.message, choices: options.choices, refused: 0 };
    let value = this.reply(prompt);
    while (value === DEFAULT) {
      if (this.index >= this.steps.length) throw new Error(`no key chosen for "${options.message}": Enter is refused`);
      prompt.refused! += 1;
      this.asked.pop();
      value = this.reply(prompt);
    }
    const chosen = options.choices.find((choice) => choice.value === value || choice.key === value);
    if (!chosen) throw new Error(`scripted choice "${String(value)}" is not offered by "${options.message}"`);
    return chosen.value;
  }
}
