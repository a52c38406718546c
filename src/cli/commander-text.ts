/**
 * commander's own words in the chosen language (docs/i18n.md): the help
 * layout (titles, "[options]", defaults and choices) and its parse errors
 * (unknown option or command, missing or extra argument, a value outside
 * the choices). English keeps commander's text as it is.
 */
import type { Argument, Command, HelpConfiguration, Option } from 'commander';
import { Help } from './commander.js';
import { currentLanguage, t } from '../i18n/index.js';

/** The help layout's fixed words in the chosen language; nothing is changed in English. */
export function helpConfiguration(): HelpConfiguration {
  if (currentLanguage() === 'en') return {};
  const titles: Record<string, string> = {
    'Usage:': t('help.title.usage'),
    'Arguments:': t('help.title.arguments'),
    'Options:': t('help.title.options'),
    'Global Options:': t('help.title.globalOptions'),
    'Commands:': t('help.title.commands'),
  };
  const base = Help.prototype;
  return {
    styleTitle: (title) => titles[title] ?? title,
    commandUsage(this: Help, cmd: Command) {
      return usageWords(base.commandUsage.call(this, cmd));
    },
    subcommandTerm(this: Help, cmd: Command) {
      return usageWords(base.subcommandTerm.call(this, cmd));
    },
    optionDescription(this: Help, option: Option) {
      return extraInfo(base.optionDescription.call(this, option));
    },
    argumentDescription(this: Help, argument: Argument) {
      return extraInfo(base.argumentDescription.call(this, argument));
    },
    // A Chinese character takes two columns and a line may break between any two of them.
    displayWidth: (text: string) => helpWidth(text),
    boxWrap(this: Help, text: string, width: number) {
      return width < this.minWidthToWrap ? text : wrapWide(text, width);
    },
  };
}

const WIDE = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const CLOSING = '、，。；：！？）】」』”’';
const TOKEN = new RegExp(`\\s*(?:[${WIDE}]|[^\\s${WIDE}]+)[${CLOSING}]*`, 'g');

/**
 * Columns `text` takes on a terminal, for help texts: wide East Asian
 * characters count two. Help has no colour or emoji, so this is enough and
 * `--help` need not load the table's width library (test/e2e/binary.test.ts).
 */
export function helpWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE_CHAR.test(char) ? 2 : 1;
  return width;
}

const WIDE_CHAR = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** `text` wrapped to `width` columns: at spaces, and between Chinese characters. */
export function wrapWide(text: string, width: number): string {
  const lines: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    // A token is a run of spaces and a word, or one wide character; closing punctuation stays with what it closes.
    const tokens = raw.match(TOKEN) ?? [''];
    let line = '';
    for (const token of tokens) {
      if (line !== '' && helpWidth(line + token) > width && /\S/.test(line)) {
        lines.push(line);
        line = token.trimStart();
      } else line += token;
    }
    lines.push(line);
  }
  return lines.join('\n');
}

function usageWords(usage: string): string {
  return usage.replace('[options]', t('help.usage.options')).replace('[command]', t('help.usage.command'));
}

/** "text (choices: "a", "b", default: "x")" -> the same in the chosen language's words and brackets. */
function extraInfo(description: string): string {
  const found = /\((choices: .*?|default: .*?)\)$/.exec(description);
  if (!found) return description;
  const parts = found[1]!
    .replace(/^choices: /, t('help.extra.choices'))
    .replace(/(^|, )default: /, (_m, sep: string) => (sep ? t('help.extra.separator') : '') + t('help.extra.default'));
  return `${description.slice(0, found.index).trimEnd()}${t('help.extra.wrap', { text: parts })}`;
}

/**
 * One of commander's error lines ("error: unknown option '--x'" and the
 * like) in the chosen language, as `acct: …`. A message it does not know
 * stays commander's, behind the same prefix.
 */
export function commanderError(text: string): string {
  const english = text.replace(/^error: /, 'acct: ');
  if (currentLanguage() === 'en') return english;
  const body = text.replace(/^error: /, '').replace(/\n$/, '');
  const [first, ...rest] = body.split('\n');
  const line = translateLine(first!) ?? first!;
  const hint = rest.join('\n');
  const suggestion = /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(hint);
  const tail = suggestion ? `\n${t('error.commander.didYouMean', { names: suggestion[1]! })}` : hint ? `\n${hint}` : '';
  return `acct: ${line}${tail}\n`;
}

function translateLine(line: string): string | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^unknown option '(.+)'$/.exec(line))) return t('error.commander.unknownOption', { option: m[1]! });
  if ((m = /^unknown command '(.+)'$/.exec(line))) return t('error.commander.unknownCommand', { command: m[1]! });
  if ((m = /^missing required argument '(.+)'$/.exec(line)))
    return t('error.commander.missingArgument', { argument: m[1]! });
  if ((m = /^option '(.+)' argument missing$/.exec(line))) return t('error.commander.optionMissing', { option: m[1]! });
  if ((m = /^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(line)))
    return t('error.commander.tooMany', { command: m[1] ?? 'acct', expected: Number(m[2]), got: Number(m[3]) });
  if ((m = /^option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/.exec(line)))
    return t('error.commander.badChoice', { option: m[1]!, value: m[2]!, choices: m[3]! });
  if ((m = /^command-argument value '(.*)' is invalid for argument '(.+)'\. Allowed choices are (.+)\.$/.exec(line)))
    return t('error.commander.badArgumentChoice', { argument: m[2]!, value: m[1]!, choices: m[3]! });
  return undefined;
}
