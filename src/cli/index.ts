/**
 * The command tree, registered lazily (start-up, issue 10): a run that names
 * a command loads and registers that command alone, with its complete option
 * set and help; only the program's own help, `help`, `completion` and an
 * unknown or missing command register every command, in the order below,
 * which is the order `acct --help` lists them in. Each registration file
 * only wires flags to a lazily imported handler.
 */
import type { Command } from 'commander';
import type { CatalogueArea } from '../i18n/index.js';
import type { Kit } from './kit.js';

type Register = (program: Command, kit: Kit) => void;

interface Registration {
  /** The command's name and aliases, as the registration gives them (test/e2e/lazy-commands.test.ts checks). */
  readonly names: readonly string[];
  readonly load: () => Promise<Register>;
  /** Needs the whole tree at run time (completion scripts list every command). */
  readonly whole?: boolean;
  /**
   * The catalogue areas the command's usual run needs (src/i18n/index.ts):
   * loaded at start, the others on the first key outside these. Only a hint
   * for start-up; without it, the whole catalogue is loaded.
   */
  readonly areas?: readonly CatalogueArea[];
}

const accounts = () => import('./accounts.js');
const activity = () => import('./activity.js');
const assess = () => import('./assess.js');
const day = () => import('./day.js');
const transfer = () => import('./transfer.js');

export const REGISTRATIONS: readonly Registration[] = [
  { names: ['add'], load: async () => (await accounts()).registerAdd },
  {
    names: ['list', 'ls'],
    load: async () => (await import('./list.js')).registerList,
    areas: ['common', 'help', 'commands', 'render'],
  },
  { names: ['show'], load: async () => (await accounts()).registerShow },
  { names: ['edit'], load: async () => (await accounts()).registerEdit },
  { names: ['rename'], load: async () => (await accounts()).registerRename },
  { names: ['remove', 'rm'], load: async () => (await accounts()).registerRemove },
  { names: ['contact'], load: async () => (await import('./contact.js')).registerContact },
  { names: ['log'], load: async () => (await activity()).registerLog },
  { names: ['action'], load: async () => (await activity()).registerAction },
  { names: ['assess'], load: async () => (await assess()).registerAssess },
  { names: ['plan'], load: async () => (await assess()).registerPlan },
  { names: ['history'], load: async () => (await assess()).registerHistory },
  { names: ['playbook'], load: async () => (await assess()).registerPlaybook },
  { names: ['report'], load: async () => (await import('./report.js')).registerReport },
  // A clean import or export says only its own lines; a refused row loads the rest of the catalogue.
  {
    names: ['import'],
    load: async () => (await transfer()).registerImport,
    areas: ['common', 'help', 'commands', 'io'],
  },
  {
    names: ['export'],
    load: async () => (await transfer()).registerExport,
    areas: ['common', 'help', 'commands', 'io'],
  },
  { names: ['config'], load: async () => (await import('./config.js')).registerConfig },
  { names: ['db'], load: async () => (await import('./db.js')).registerDb },
  { names: ['brief'], load: async () => (await day()).registerBrief },
  { names: ['today'], load: async () => (await day()).registerToday },
  { names: ['find'], load: async () => (await day()).registerFind },
  { names: ['completion'], load: async () => (await day()).registerCompletion, whole: true },
  { names: ['__complete'], load: async () => (await day()).registerComplete },
];

/** The program's own options (src/cli.ts) other than help and version; `--lang` and `--db` take a value. */
const VALUE_OPTIONS = new Set(['--lang', '--db']);
const FLAG_OPTIONS = new Set(['--json', '--no-color', '-q', '--quiet', '--no-pager']);

/**
 * The command `args` (argv without node and the script) runs, as commander
 * will find it: the first word after nothing but the program's own options.
 * Undefined when anything else comes first (`--help`, `-V`, an unknown or
 * combined option, `--`): then commander may answer at the program level,
 * which needs the whole tree.
 */
export function commandWord(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (VALUE_OPTIONS.has(arg)) i++;
    else if (FLAG_OPTIONS.has(arg) || arg.startsWith('--lang=') || arg.startsWith('--db=')) continue;
    else return arg.startsWith('-') && arg !== '-' ? undefined : arg;
  }
  return undefined;
}

/**
 * The database a run of `args` names before the config file is read: `--db`
 * (either spelling), else ACCT_DB; undefined for help and for a run without
 * a command. The launcher starts a PostgreSQL worker early from it
 * (src/store/pg/early.ts).
 */
export function namedDatabase(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  if (commandWord(args) === undefined) return undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--' || arg === '--help' || arg === '-h') return undefined;
    if (arg === '--db') return args[i + 1];
    if (arg.startsWith('--db=')) return arg.slice('--db='.length);
  }
  return env.ACCT_DB || undefined;
}

/** The catalogue areas a run of `args` needs at start, or undefined for the whole catalogue. */
export function catalogueAreas(args: readonly string[]): readonly CatalogueArea[] | undefined {
  const word = commandWord(args);
  return REGISTRATIONS.find((registration) => word !== undefined && registration.names.includes(word))?.areas;
}

/**
 * Registers the command `args` runs, or every command when `args` names none
 * that needs only itself (or is not given: the whole tree, for tests).
 */
export async function registerCommands(program: Command, kit: Kit, args?: readonly string[]): Promise<void> {
  const word = args === undefined ? undefined : commandWord(args);
  const named = REGISTRATIONS.find((registration) => word !== undefined && registration.names.includes(word));
  const chosen = named && !named.whole ? [named] : REGISTRATIONS;
  const registers = await Promise.all(chosen.map((registration) => registration.load()));
  for (const register of registers) register(program, kit);
}
