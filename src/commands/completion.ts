/**
 * acct completion bash|zsh|fish: a completion script generated from the
 * command tree itself, so it never falls behind. Commands, flags and enum
 * values are written into the script (a Tab costs no Node start); account
 * names come from `acct __complete accounts PREFIX`, which opens the
 * database read-only, never prompts, and prints nothing but names.
 */
import type { Argument, Command, Option } from 'commander';
import type { Context } from '../context.js';
import { t } from '../i18n/index.js';
import { ACTIVITY_TYPES } from '../domain/enums.js';
import { ACCOUNT_FIELDS, CONTACT_FIELDS } from '../domain/field-specs.js';
import { UsageError } from '../errors.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
type Shell = (typeof SHELLS)[number];

interface FlagSpec {
  names: string[];
  description: string;
  /** null: takes no value; 'file': a path; 'any': free text; else the values it takes. */
  value: null | 'file' | 'any' | readonly string[];
}

interface CommandSpec {
  /** "" for acct itself, "contact add" for a subcommand. */
  path: string;
  description: string;
  subcommands: { name: string; description: string }[];
  flags: FlagSpec[];
  /** Positions (0-based, after the command words) that take an account name. */
  accountArgs: number[];
  /** Positions that take one of a few values. */
  argValues: Record<number, readonly string[]>;
}

/** Values of flags commander does not know as choices: by command path, then by flag for every command. */
const VALUES_BY_COMMAND: Readonly<Record<string, readonly string[]>> = {
  'log --type': ACTIVITY_TYPES,
  'action list --status': ['open', 'done', 'dropped', 'all'],
  'report --format': ['table', 'plain', 'json', 'csv', 'markdown'],
  'brief --format': ['text', 'markdown', 'json'],
};
const VALUES_BY_FLAG: ReadonlyMap<string, readonly string[]> = new Map(
  [...ACCOUNT_FIELDS, ...CONTACT_FIELDS]
    .filter((spec) => spec.values && spec.values.length > 0)
    .map((spec) => [`--${spec.flag}`, spec.values!]),
);

function flagSpec(path: string, option: Option): FlagSpec {
  const names = [option.short, option.long].filter((name): name is string => Boolean(name));
  let value: FlagSpec['value'] = null;
  if (option.required || option.optional) {
    const long = option.long ?? '';
    value =
      option.argChoices ??
      VALUES_BY_COMMAND[`${path} ${long}`] ??
      VALUES_BY_FLAG.get(long) ??
      (/<(path|file|dir)>/.test(option.flags) ? 'file' : 'any');
  }
  return { names, description: option.description, value };
}

/** Every command of the tree, with what can follow it. Hidden commands are left out. */
export function completionSpec(program: Command): CommandSpec[] {
  const specs: CommandSpec[] = [];
  const globals = program.options.map((option) => flagSpec('', option));
  const walk = (command: Command, path: string): void => {
    const visible = command.commands.filter((sub) => !(sub as Command & { _hidden?: boolean })._hidden);
    const args = command.registeredArguments as readonly Argument[];
    const accountArgs = args.map((arg, index) => (arg.name() === 'account' ? index : -1)).filter((i) => i >= 0);
    const argValues: Record<number, readonly string[]> = {};
    args.forEach((arg, index) => {
      if (arg.argChoices) argValues[index] = arg.argChoices;
    });
    const own = command === program ? [] : command.options.map((option) => flagSpec(path, option));
    specs.push({
      path,
      description: command.description(),
      subcommands: visible.flatMap((sub) =>
        [sub.name(), ...sub.aliases()].map((name) => ({ name, description: sub.description() })),
      ),
      flags: [...own, ...globals, { names: ['-h', '--help'], description: t('command.completion.help'), value: null }],
      accountArgs,
      argValues,
    });
    for (const sub of visible) {
      for (const name of [sub.name(), ...sub.aliases()]) walk(sub, path === '' ? name : `${path} ${name}`);
    }
  };
  walk(program, '');
  return specs;
}

// --- bash (and zsh, through its bash completion layer) -------------------------------------

const shellWord = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;

function bashTables(specs: readonly CommandSpec[]): string {
  const lines: string[] = [];
  const entry = (key: string, value: string): void => {
    lines.push(`    ${shellWord(key)}) REPLY=${shellWord(value)} ;;`);
  };
  for (const spec of specs) {
    entry(`${spec.path}|subs`, spec.subcommands.map((s) => s.name).join(' '));
    entry(`${spec.path}|flags`, spec.flags.flatMap((f) => f.names).join(' '));
    entry(
      `${spec.path}|valued`,
      spec.flags
        .filter((f) => f.value !== null)
        .flatMap((f) => f.names)
        .join(' '),
    );
    entry(`${spec.path}|accounts`, spec.accountArgs.join(' '));
    for (const flag of spec.flags) {
      if (flag.value === null || flag.value === 'any') continue;
      for (const name of flag.names)
        entry(`${spec.path}|${name}`, flag.value === 'file' ? ':file' : flag.value.join(' '));
    }
    for (const [index, values] of Object.entries(spec.argValues)) entry(`${spec.path}|arg${index}`, values.join(' '));
  }
  return lines.join('\n');
}

function bashScript(specs: readonly CommandSpec[]): string {
  return `# acct completion for bash. Load it now:   source <(acct completion bash)
# or for good: acct completion bash > ~/.local/share/bash-completion/completions/acct
# Generated by acct; account names come from \`acct __complete accounts PREFIX\`.

_acct_table() {
  case "$1" in
${bashTables(specs)}
    *) REPLY='' ;;
  esac
}

_acct_has() { # word list-of-words
  case " $2 " in *" $1 "*) return 0 ;; esac
  return 1
}

_acct() {
  # zsh (through bashcompinit) counts array indexes from 1 unless told otherwise; bash from 0.
  [[ -n \${ZSH_VERSION-} ]] && setopt localoptions ksharrays
  local cur=\${COMP_WORDS[COMP_CWORD]} prev='' cmdpath='' pos=0 i=1 word
  local -a db=()
  (( COMP_CWORD > 0 )) && prev=\${COMP_WORDS[COMP_CWORD-1]}
  COMPREPLY=()
  # Walk the words before the cursor: command words extend the path, flags skip their value.
  while (( i < COMP_CWORD )); do
    word=\${COMP_WORDS[i]}
    case "$word" in
      --*=*) ;;
      -*)
        _acct_table "$cmdpath|valued"
        if _acct_has "$word" "$REPLY"; then
          [[ $word == --db ]] && db=( --db "\${COMP_WORDS[i+1]}" )
          (( i++ ))
        fi ;;
      *)
        _acct_table "$cmdpath|subs"
        if (( pos == 0 )) && _acct_has "$word" "$REPLY"; then
          cmdpath=\${cmdpath:+$cmdpath }$word
        else
          (( pos++ ))
        fi ;;
    esac
    (( i++ ))
  done

  # The value of a flag: its values, a file, or nothing to offer.
  _acct_table "$cmdpath|valued"
  if [[ $prev == -* ]] && _acct_has "$prev" "$REPLY"; then
    _acct_table "$cmdpath|$prev"
    if [[ $REPLY == :file ]]; then
      COMPREPLY=( $(compgen -f -- "$cur") )
    elif [[ -n $REPLY ]]; then
      COMPREPLY=( $(compgen -W "$REPLY" -- "$cur") )
    fi
    return 0
  fi
  if [[ $cur == -* ]]; then
    _acct_table "$cmdpath|flags"
    COMPREPLY=( $(compgen -W "$REPLY" -- "$cur") )
    return 0
  fi
  _acct_table "$cmdpath|subs"
  if (( pos == 0 )) && [[ -n $REPLY ]]; then
    COMPREPLY=( $(compgen -W "$REPLY" -- "$cur") )
    return 0
  fi
  _acct_table "$cmdpath|arg$pos"
  if [[ -n $REPLY ]]; then
    COMPREPLY=( $(compgen -W "$REPLY" -- "$cur") )
    return 0
  fi
  _acct_table "$cmdpath|accounts"
  if _acct_has "$pos" "$REPLY"; then
    local name
    while IFS= read -r name; do
      [[ -n $name ]] && COMPREPLY+=( "$(printf '%q' "$name")" )
    done < <("\${COMP_WORDS[0]}" "\${db[@]}" __complete accounts "$cur" 2>/dev/null)
  fi
  return 0
}

complete -F _acct acct
`;
}

// --- zsh ------------------------------------------------------------------------------

function zshScript(specs: readonly CommandSpec[]): string {
  // zsh runs bash completion functions through bashcompinit; the function above sticks to what both shells share.
  return `#compdef acct
# acct completion for zsh. Load it now:   source <(acct completion zsh)
# or for good: acct completion zsh > "\${fpath[1]}/_acct" (then restart zsh)
autoload -U +X compinit && { (( \${+functions[compdef]} )) || compinit; }
autoload -U +X bashcompinit && bashcompinit
${bashScript(specs)
  .split('\n')
  .filter((line) => !line.startsWith('# acct completion for bash') && !line.startsWith('# or for good'))
  .join('\n')}`;
}

// --- fish -----------------------------------------------------------------------------

const fishWord = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function fishScript(specs: readonly CommandSpec[]): string {
  const lines = [
    '# acct completion for fish. Load it now:   acct completion fish | source',
    '# or for good: acct completion fish > ~/.config/fish/completions/acct.fish',
    '# Generated by acct; account names come from `acct __complete accounts PREFIX`.',
    '',
    'function __acct_path',
    '    # The command words typed so far (flags and their values left out).',
    '    set -l words (commandline -opc)',
    '    set -e words[1]',
    '    set -l cmdpath',
    '    set -l skip 0',
    '    for word in $words',
    '        if test $skip = 1',
    '            set skip 0',
    '            continue',
    '        end',
    '        switch $word',
    '            case "--*=*"',
    '            case "-*"',
    '                if contains -- $word (__acct_valued (string join " " $cmdpath))',
    '                    set skip 1',
    '                end',
    '            case "*"',
    '                if contains -- $word (__acct_subs (string join " " $cmdpath))',
    '                    set cmdpath $cmdpath $word',
    '                else',
    '                    break',
    '                end',
    '        end',
    '    end',
    '    string join " " $cmdpath',
    'end',
    '',
    'function __acct_subs',
    '    switch "$argv[1]"',
  ];
  for (const spec of specs)
    if (spec.subcommands.length > 0)
      lines.push(
        `        case ${fishWord(spec.path)}`,
        `            printf '%s\\n' ${spec.subcommands.map((s) => fishWord(s.name)).join(' ')}`,
      );
  lines.push('    end', 'end', '', 'function __acct_valued', '    switch "$argv[1]"');
  for (const spec of specs) {
    const valued = spec.flags.filter((f) => f.value !== null).flatMap((f) => f.names);
    if (valued.length > 0)
      lines.push(`        case ${fishWord(spec.path)}`, `            printf '%s\\n' ${valued.map(fishWord).join(' ')}`);
  }
  lines.push(
    '    end',
    'end',
    '',
    'function __acct_at',
    '    set -l at (__acct_path)',
    '    test "$at" = "$argv[1]"',
    'end',
    '',
    'function __acct_accounts',
    '    set -l words (commandline -opc)',
    '    set -l db',
    '    for i in (seq (count $words))',
    '        switch $words[$i]',
    "            case '--db=*'",
    '                set db $words[$i]',
    "            case '--db'",
    '                set db --db $words[(math $i + 1)]',
    '        end',
    '    end',
    '    acct $db __complete accounts (commandline -ct) 2>/dev/null',
    'end',
    '',
    'complete -c acct -f',
  );
  for (const spec of specs) {
    const at = `__acct_at ${fishWord(spec.path)}`;
    for (const sub of spec.subcommands)
      lines.push(`complete -c acct -n ${fishWord(at)} -a ${fishWord(sub.name)} -d ${fishWord(sub.description)}`);
    for (const flag of spec.flags) {
      const parts = [`complete -c acct -n ${fishWord(at)}`];
      for (const name of flag.names) parts.push(name.startsWith('--') ? `-l ${name.slice(2)}` : `-s ${name.slice(1)}`);
      if (flag.value === 'file') parts.push('-r -F');
      else if (flag.value === 'any') parts.push('-x');
      else if (flag.value !== null) parts.push(`-x -a ${fishWord(flag.value.join(' '))}`);
      parts.push(`-d ${fishWord(flag.description)}`);
      lines.push(parts.join(' '));
    }
    for (const values of Object.values(spec.argValues))
      lines.push(`complete -c acct -n ${fishWord(at)} -a ${fishWord(values.join(' '))}`);
    if (spec.accountArgs.length > 0) lines.push(`complete -c acct -n ${fishWord(at)} -a '(__acct_accounts)'`);
  }
  return `${lines.join('\n')}\n`;
}

/** The script for `shell`, from the command tree `program`. */
export function completionScript(shell: string, program: Command): string {
  const specs = completionSpec(program);
  switch (shell.trim().toLowerCase() as Shell) {
    case 'bash':
      return bashScript(specs);
    case 'zsh':
      return zshScript(specs);
    case 'fish':
      return fishScript(specs);
    default:
      throw new UsageError(t('error.cmd.completion.unknown', { shell }), t('error.useOneOf', { values: SHELLS }));
  }
}

export async function printCompletion(ctx: Context, shell: string, program: Command): Promise<void> {
  ctx.out.exact(completionScript(shell, program));
}

/** How many names a Tab offers at most: enough to choose from, few enough to stay quick. */
const MAX_NAMES = 200;

/**
 * `acct __complete accounts PREFIX`: account names starting with PREFIX
 * (as names match: case and width do not matter), one a line. Read-only,
 * never prompts, and quiet: a missing or unreadable database completes
 * nothing rather than printing into the user's command line.
 */
export async function completeAccounts(ctx: Context, prefix: string | undefined): Promise<void> {
  try {
    const store = await ctx.store({ create: false });
    const names = store.accounts.byPrefix(prefix ?? '', MAX_NAMES).map((account) => account.name);
    // Exactly the names: a completion inserts what it gets, so no escapes are added here.
    if (names.length > 0) ctx.out.exact(`${names.join('\n')}\n`);
  } catch {
    // Nothing to offer; the command line stays as typed.
  }
}
