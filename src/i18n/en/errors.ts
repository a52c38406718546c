/**
 * Error lines and their hints: `acct: <what> (<fix>)`. Each message names
 * the input it refuses; each hint says how to go on.
 */
type Path = { path: string };

export const errors = {
  'error.line': ({ message }: { message: string }) => `acct: ${message}`,
  'error.lineWithHint': ({ message, hint }: { message: string; hint: string }) => `acct: ${message} (${hint})`,
  'error.unexpected': ({ message }: { message: string }) =>
    `acct: unexpected error: ${message} (rerun with ACCT_DEBUG=1 for details)`,
  'error.interrupted': 'acct: interrupted; writes not yet committed were discarded',
  'error.outputFailed': ({ reason }: { reason: string }) =>
    `acct: cannot write the output: ${reason} (check where it goes)`,
  'error.cancelled': 'cancelled; nothing was changed',
  'error.notConfirmed': 'not confirmed; nothing was changed',
  'error.yesRequired': '--yes is required when not running interactively',
  'error.yesRequired.hint': 'add --yes to confirm',

  'error.fields.also': ({ first, rest }: { first: string; rest: readonly string[] }) =>
    `${first}; also ${rest.join('; ')}`,

  'error.fs.ENOENT': 'no such file or folder',
  'error.fs.EACCES': 'permission denied',
  'error.fs.EISDIR': 'it is a folder',
  'error.fs.ENOTDIR': 'a file is in the way of the folder',
  'error.fs.EROFS': 'read-only file system',
  'error.fs.ENOSPC': 'no space left on the device',

  'error.storage.damaged': ({ path, reason }: { path: string; reason: string }) => `${path} is damaged (${reason})`,
  'error.storage.damaged.hint':
    'run `acct db check`; restore a copy listed by `acct db backups`, or export what can still be read',
  'error.storage.locked': ({ path }: Path) => `${path} is locked: another acct (or program) is writing to it`,
  'error.storage.locked.hint': 'try again in a moment; nothing was changed',
  'error.storage.sizeLimit': ({ path, limit }: { path: string; limit: number | null }) =>
    `${path} cannot grow: it reached the file-size limit${limit === null ? '' : ` of ${limit} bytes`} (ulimit -f)`,
  'error.storage.sizeLimit.hint': 'raise the limit, e.g. `ulimit -f unlimited`, and try again; nothing was changed',
  'error.storage.diskFull': ({ path }: Path) => `the disk is full: ${path} needs room to write`,
  'error.storage.diskFull.hint': 'free some space and try again; nothing was changed',
  'error.storage.writeFailed': ({ path, reason }: { path: string; reason: string }) =>
    `could not write ${path}: ${reason}`,
  'error.storage.writeFailed.hint': 'check the disk; nothing was changed',
  'error.storage.readOnlyFs': ({ path }: Path) => `cannot write ${path}: it is on a read-only file system`,
  'error.storage.readOnlyFs.hint': 'reading commands still work; use --db to work on a copy elsewhere',
  'error.storage.readOnlyFile': ({ path }: Path) => `cannot write ${path}: the file is read-only`,
  'error.storage.readOnlyFile.hint': ({ path }: Path) =>
    `make it writable (chmod u+w "${path}"); reading commands still work`,
  'error.storage.readOnlyDir': ({ path, dir }: { path: string; dir: string }) =>
    `cannot write ${path}: its folder ${dir} is read-only`,
  'error.storage.readOnlyDir.hint': ({ dir }: { dir: string }) =>
    `make the folder writable (chmod u+w "${dir}") or use --db elsewhere; reading commands still work`,
  'error.storage.denied': ({ path, reason }: { path: string; reason: string }) => `cannot write ${path}: ${reason}`,
  'error.storage.denied.hint': "check the file's and folder's permissions",

  'error.commander.unknownOption': ({ option }: { option: string }) => `unknown option '${option}'`,
  'error.commander.unknownCommand': ({ command }: { command: string }) => `unknown command '${command}'`,
  'error.commander.didYouMean': ({ names }: { names: string }) => `(Did you mean ${names}?)`,
  'error.commander.missingArgument': ({ argument }: { argument: string }) => `missing required argument '${argument}'`,
  'error.commander.optionMissing': ({ option }: { option: string }) => `option '${option}' argument missing`,
  'error.commander.tooMany': ({ command, expected, got }: { command: string; expected: number; got: number }) =>
    `too many arguments for '${command}'. Expected ${expected} argument${expected === 1 ? '' : 's'} but got ${got}.`,
  'error.commander.badChoice': ({ option, value, choices }: { option: string; value: string; choices: string }) =>
    `option '${option}' argument '${value}' is invalid. Allowed choices are ${choices}.`,
  'error.commander.badArgumentChoice': ({
    argument,
    value,
    choices,
  }: {
    argument: string;
    value: string;
    choices: string;
  }) => `command-argument value '${value}' is invalid for argument '${argument}'. Allowed choices are ${choices}.`,

  'error.didYouMean': ({ names }: { names: readonly string[] }) => `did you mean ${names.join(', ')}?`,
  'error.useOneOf': ({ values }: { values: readonly string[] }) => `use one of ${values.join(', ')}`,
  'error.account.notFound': ({ input }: { input: string }) => `no account named "${input}"`,
  'error.account.notFound.hint': 'see `acct list` for the names',
  'error.account.ambiguous': ({ input, names }: { input: string; names: string }) =>
    `"${input}" matches more than one account: ${names}`,
  'error.account.ambiguous.hint': 'type more of the name',
  'error.account.exactNeeded': 'the exact name or external id',
  'error.onlyAPrefix': ({ input, needs }: { input: string; needs: string }) =>
    `"${input}" is only the start of a name; removing needs ${needs}`,
  'error.onlyAPrefix.hint': ({ names }: { names: string }) => `candidates: ${names}`,
  'error.top.bad': ({ value }: { value: string }) => `--top ${value}: expected a whole number of at least 1`,
  'error.type.unknown': ({ value }: { value: string }) => `unknown --type "${value}"`,
  'error.format.twice': ({ format }: { format: string }) => `--json and --format ${format} ask for two formats`,
  'error.format.twice.hint': 'give one of them',
  'error.format.unknown': ({ format }: { format: string }) => `unknown --format "${format}"`,
  'error.pick.which': 'which account? give its name',
  'error.pick.which.hint': ({ command }: { command: string }) =>
    `e.g. acct ${command} acme; acct find TEXT searches names, notes and contacts`,
  'error.pick.none': 'there are no accounts yet',
  'error.pick.none.hint': 'add one with acct add NAME',
  'error.pick.gone': 'the account picked was removed meanwhile; nothing was done',

  'error.lang.bad': ({ origin, value }: { origin: string; value: string }) =>
    `${origin}: lang is one of en, zh-CN, not "${value}"`,
  'error.lang.bad.hint': 'use en or zh-CN',
};
