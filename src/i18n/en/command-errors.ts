/**
 * The errors the commands raise themselves, and their hints (`acct: <what>
 * (<fix>)`): each names the input it refuses and says how to go on.
 */
import { plural } from '../../domain/plural.js';

type Name = { name: string };
type Path = { path: string };
type Value = { value: string };

const KEYS_HINT = 'see the keys and allowed values with `acct assess --questions`';

export const commandErrors = {
  'error.cmd.nothingToChange': 'nothing to change',
  'error.cmd.nothingChanged': ({ message }: { message: string }) => `${message}; nothing was changed`,
  'error.cmd.giveOne': 'give one of them',
  'error.cmd.noDatabase': ({ path }: Path) => `no database at ${path}`,
  'error.cmd.noDatabase.hint': 'check --db or ACCT_DB',

  'error.cmd.account.exists': ({ name }: Name) => `an account named "${name}" already exists`,
  'error.cmd.account.exists.hint': ({ name }: Name) => `use \`acct edit "${name}"\` to change it`,
  'error.cmd.account.externalIdTaken': ({ externalId, name }: Name & { externalId: string }) =>
    `external id "${externalId}" already belongs to ${name}`,
  'error.cmd.account.externalIdTaken.hint': 'external ids are unique',
  'error.cmd.account.stageMisfit': ({ stage, position }: { stage: string; position: string }) =>
    `stage ${stage} does not fit ${position === 'none' ? 'a prospect (position none)' : `a ${position} supplier`}; nothing was changed`,
  'error.cmd.account.stageMisfit.hint': ({ stages }: { stages: readonly string[] }) =>
    `give a stage that fits it (${stages.join(' or ')}), or leave the stage out and it follows from the position`,
  'error.cmd.account.edit.hint': 'give at least one field, e.g. --stage initial-cooperation; see acct edit --help',
  'error.cmd.account.emptyName': 'the new name is empty',
  'error.cmd.account.emptyName.hint': 'give a name',
  'error.cmd.account.alreadyRemoved': ({ name }: Name) => `${name} was already removed`,

  'error.cmd.contact.several': ({ input, account, names }: { input: string; account: string; names: string[] }) =>
    `"${input}" matches more than one contact at ${account}: ${names.join(', ')}`,
  'error.cmd.contact.several.hint': 'type more of the name, or use the email',
  'error.cmd.contact.none': ({ input, account }: { input: string; account: string }) =>
    `no contact "${input}" at ${account}`,
  'error.cmd.contact.none.hint': ({ input, account, names }: { input: string; account: string; names: string[] }) =>
    names.length > 0 ? `contacts there: ${names.join(', ')}` : `add one with: acct contact add "${account}" "${input}"`,
  'error.cmd.contact.exactNeeded': 'the exact name or email',
  'error.cmd.contact.sameName': ({ account, name }: { account: string; name: string }) =>
    `${account} already has a contact named ${name}`,
  'error.cmd.contact.sameName.hint':
    'change that one with acct contact edit, or give both an --email to tell them apart',
  'error.cmd.contact.emailTaken': ({ email, account }: { email: string; account: string }) =>
    `a contact with email ${email} already exists at ${account}`,
  'error.cmd.contact.emailTaken.hint': 'use acct contact edit',
  'error.cmd.contact.edit.hint': 'give at least one field, e.g. --attitude supporter; see acct contact edit --help',

  'error.cmd.log.currencyAlone': '--currency is the currency of --amount',
  'error.cmd.log.currencyAlone.hint': 'give the amount too, e.g. --amount 420万',
  'error.cmd.log.future': ({ date }: { date: string }) =>
    `--date ${date} is in the future; a log records what already happened`,
  'error.cmd.log.future.hint': ({ account, note, date }: { account: string; note: string; date: string }) =>
    `plan it instead: acct action add "${account}" "${note}" --due ${date}`,

  'error.cmd.action.status': ({ value, values }: Value & { values: readonly string[] }) =>
    `--status "${value}" is not one of ${values.join(', ')}`,
  'error.cmd.action.status.hint': 'pick one of those',
  'error.cmd.action.badId': ({ input }: { input: string }) => `"${input}" is not an action id`,
  'error.cmd.action.badId.hint': 'see the ID column of acct action list',
  'error.cmd.action.none': ({ id }: { id: number }) => `no action #${id}`,
  'error.cmd.action.none.hint': 'see acct action list',
  'error.cmd.action.edit.hint': 'give --due, --owner or --text; see acct action edit --help',

  'error.cmd.mine.andOwner': '--mine and --owner both say whose',
  'error.cmd.mine.noOwner': '--mine needs to know who you are: no owner is configured',
  'error.cmd.mine.noOwner.hint': 'acct config set owner NAME',
  'error.cmd.today.everyone': '--everyone and --owner/--mine both say whose',
  'error.cmd.find.empty': 'find what? give some text',
  'error.cmd.find.empty.hint': 'e.g. acct find wang, acct find @acme.example',
  'error.cmd.completion.unknown': ({ shell }: { shell: string }) => `no completion for "${shell}"`,

  'error.cmd.import.stdinTwice': 'standard input (-) can be read only once',
  'error.cmd.import.noFile': ({ path }: Path) => `no such file: ${path}`,
  'error.cmd.import.noFile.hint': 'check the path; use - to read standard input',
  'error.cmd.import.typeFolder': '--type does not apply to a folder',
  'error.cmd.import.typeFolder.hint': 'files are read by name: accounts.csv, …',
  'error.cmd.import.fatal': ({ file }: { file: string }) =>
    `${file} could not be read to the end; nothing was imported`,
  'error.cmd.import.fatal.hint': 'fix the file (see the message above) and import again',
  'error.cmd.import.invalid': ({ count }: { count: number }) => `${plural(count, 'invalid row')}; nothing was imported`,
  'error.cmd.import.invalid.hint': 'fix them and import again, or pass --skip-invalid to import the valid rows',
  'error.cmd.export.noDatabase.hint': 'check --db or ACCT_DB; nothing was exported',

  'error.cmd.assess.cannotRead': ({ file, reason }: { file: string; reason: string }) =>
    `cannot read answers file ${file}: ${reason}`,
  'error.cmd.assess.stdin': 'answers on stdin',
  'error.cmd.assess.unknownQuestion': ({ where, key }: { where: string; key: string }) =>
    `${where}: unknown question "${key}"; nothing was stored`,
  'error.cmd.assess.problem': ({ where, message }: { where: string; message: string }) =>
    `${where}: ${message}; nothing was stored`,
  'error.cmd.assess.problems': ({ count, where }: { count: number; where: string }) =>
    `${count} problems in ${where}; nothing was stored`,
  'error.cmd.assess.keysHint': ({ close }: { close: readonly string[] }) =>
    close.length > 0 ? `did you mean ${close.join(', ')}? All keys: acct assess --questions` : KEYS_HINT,
  'error.cmd.assess.seeQuestions': 'see `acct assess --questions`',
  'error.cmd.assess.notYaml': ({ file, reason }: { file: string; reason: string }) =>
    `answers file ${file} is not valid YAML or JSON: ${reason}`,
  'error.cmd.assess.notYaml.hint': 'write one `key: value` per line',
  'error.cmd.assess.notMapping': ({ file }: { file: string }) =>
    `answers file ${file} must be a mapping of question keys to answers`,
  'error.cmd.assess.notMapping.hint': 'e.g. supplierPosition: secondary',
  'error.cmd.assess.setForm': ({ item }: { item: string }) => `--set "${item}": expected key=value`,
  'error.cmd.assess.setForm.hint': 'e.g. --set supplierPosition=secondary',
  'error.cmd.assess.setUnknown': ({ key }: { key: string }) => `--set: unknown question "${key}"`,
  'error.cmd.assess.setBad': ({ message }: { message: string }) => `--set: ${message}`,
  'error.cmd.assess.acceptUnknown': ({ ids }: { ids: readonly string[] }) =>
    `--accept: ${ids.map((id) => `"${id}"`).join(', ')} ${ids.length === 1 ? 'is' : 'are'} not in this plan`,
  'error.cmd.assess.acceptUnknown.hint': ({ plays }: { plays: readonly string[] }) =>
    plays.length > 0 ? `the plan has: ${plays.join(', ')}` : 'the plan is empty; use --accept none',
  'error.cmd.assess.which.hint': 'e.g. acct assess acme; acct assess --questions lists the questions',
  'error.cmd.assess.acceptEmpty': '--accept needs all, none or play ids',
  'error.cmd.assess.missing': ({ keys }: { keys: readonly string[] }) =>
    `missing answers: ${keys.join(', ')}; nothing was stored`,
  'error.cmd.assess.missing.hint': ({ again }: { again: boolean }) =>
    `give them with --answers FILE or --set key=value (see acct assess --questions)${again ? ', or --defaults to reuse the previous answers' : ''}`,
  'error.cmd.assess.removedMeanwhile': ({ name }: Name) => `${name} was removed meanwhile; nothing was stored`,

  'error.cmd.plan.topAndAll': '--top and --all ask for two lengths',
  'error.cmd.plan.badAt': ({ value }: Value) => `--at "${value}" is not a date`,
  'error.cmd.plan.badAt.hint': 'use YYYY-MM-DD, yesterday or 30d ago',
  'error.cmd.plan.noneBefore': ({ name, date }: Name & { date: string }) =>
    `${name} has no assessment on or before ${date}`,
  'error.cmd.plan.noneBefore.hint': ({ name }: Name) => `see the dates with \`acct history "${name}"\``,
  'error.cmd.plan.notAssessed': ({ name }: Name) => `${name} has not been assessed yet`,
  'error.cmd.plan.notAssessed.hint': ({ name }: Name) => `run \`acct assess "${name}"\``,

  'error.cmd.report.wholeNumber': ({ flag, min, value }: Value & { flag: string; min: number }) =>
    `${flag} must be a whole number of at least ${min}, not "${value}"`,
  'error.cmd.report.wholeNumber.hint': ({ flag }: { flag: string }) => `e.g. ${flag} 14`,
  'error.cmd.report.notDate': ({ flag, value }: Value & { flag: string }) => `${flag}: "${value}" is not a date`,
  'error.cmd.report.notDate.hint': 'use YYYY-MM-DD, yesterday or 7d ago',
  'error.cmd.report.sinceAndDays': 'give either --since or --days, not both',
  'error.cmd.report.sinceAfter': ({ since, asOf }: { since: string; asOf: string }) =>
    `--since ${since} is after the end of the window (${asOf})`,
  'error.cmd.report.sinceAfter.hint': 'pick an earlier date',

  'error.cmd.db.damaged': ({ path, count }: Path & { count: number }) => `${path} is damaged (${count} problems found)`,
  'error.cmd.db.restore': ({ backup, version }: { backup: string | null; version: number | null }) =>
    backup !== null
      ? `copy a backup over it (newest: ${backup}, schema ${version}; see \`acct db backups\`), after moving the damaged file aside`
      : 'there is no backup beside it; export what can still be read with `acct export` into a new file',
  'error.cmd.db.keepWithoutPrune': '--keep goes with --prune',
  'error.cmd.db.keepWithoutPrune.hint': 'e.g. acct db backups --prune --keep 1',
  'error.cmd.db.pruneNeedsKeep': '--prune needs --keep N: how many of the newest backups to keep',
  'error.cmd.db.pruneNeedsKeep.hint': 'e.g. --prune --keep 3; --keep 0 deletes them all',
  'error.cmd.db.keepNotNumber': ({ value }: Value) => `--keep needs a whole number, not "${value}"`,
  'error.cmd.db.keepNotNumber.hint': 'e.g. --keep 1',
  'error.cmd.db.copyDirection': 'acct db copy needs either --to LOCATION or --from LOCATION',
  'error.cmd.db.copyDirection.hint': 'e.g. acct db copy --to postgres://lin@db.example/acct',
  'error.cmd.db.copySame': ({ location }: { location: string }) =>
    `${location} is the database acct is using; copy to or from another one`,
  'error.cmd.db.copyNotEmpty': ({ location, count }: { location: string; count: number }) =>
    `${location} already holds ${count} accounts; acct copies only into an empty database`,
  'error.cmd.db.copyNotEmpty.hint': 'create a new database (createdb NAME) or name a new file; nothing was copied',

  'error.cmd.config.hint': 'see acct config list',
  'error.cmd.config.notSet': ({ key }: { key: string }) => `${key} is not set`,
  'error.cmd.config.notSet.hint': ({ key }: { key: string }) => `set it with acct config set ${key} VALUE`,
  'error.cmd.config.mkdir': ({ path, reason }: Path & { reason: string }) =>
    `cannot create the folder of ${path}: ${reason}`,
  'error.cmd.config.mkdir.hint': 'set ACCT_CONFIG to a writable file',

  'error.cmd.playbook.one': ({ problem }: { problem: string }) => `${problem}; nothing was done`,
  'error.cmd.playbook.one.hint': 'fix the files named, then check them with `acct playbook validate`',
  'error.cmd.playbook.many': ({ count }: { count: number }) => `${count} problems in playbook files; nothing was done`,
  'error.cmd.playbook.many.hint': 'fix the files listed above, then check them with `acct playbook validate`',
  'error.cmd.playbook.unknownId': ({ id }: { id: string }) => `no playbook or play with id "${id}"`,
  'error.cmd.playbook.unknownId.hint': 'see `acct playbook list` for the ids',
  'error.cmd.playbook.noPath': ({ path }: Path) => `no such file or folder: ${path}`,
  'error.cmd.playbook.noPath.hint': 'give .yaml files or folders',
  'error.cmd.playbook.noFiles': ({ paths }: { paths: readonly string[] }) => `no playbook files in ${paths.join(', ')}`,
  'error.cmd.playbook.noFiles.hint':
    'a playbook is a .yaml or .yml file; give such files or the folder that holds them',
  'error.cmd.playbook.validated': ({ count }: { count: number }) => `OK: ${plural(count, 'file')} checked, no problems`,
  'error.cmd.playbook.invalid': ({ problems, files }: { problems: number; files: number }) =>
    `${plural(problems, 'problem')} in ${plural(files, 'file')}`,
  'error.cmd.playbook.invalid.hint': 'each line above is file:line:col: message',
  'error.cmd.busyTimeout': ({ value }: Value) =>
    `ACCT_BUSY_TIMEOUT_MS must be a whole number of milliseconds, not "${value}"`,

  'error.config.bad': ({ origin, message }: { origin: string; message: string }) => `${origin}: ${message}`,
  'error.config.bad.fixConfig': ({ key }: { key: string }) => `fix it with acct config set ${key} VALUE`,
  'error.config.bad.fix': ({ origin }: { origin: string }) => `fix ${origin}`,
  'error.config.unknown': ({ key, close }: { key: string; close: readonly string[] }) =>
    close.length > 0
      ? `unknown setting "${key}" (did you mean ${close.join(', ')}?)`
      : `unknown setting "${key}" (see acct config list)`,
  'error.config.days': ({ key, value }: Value & { key: string }) =>
    `${key} takes a whole number of days from 1 to 99999, not "${value}"`,
  'error.config.years': ({ key, value }: Value & { key: string }) =>
    `${key} takes a whole number of years from 1 to 100, not "${value}"`,
  'error.config.language': ({ key, value, values }: Value & { key: string; values: readonly string[] }) =>
    `${key} is one of ${values.join(', ')}, not "${value}"`,
  'error.config.text': ({ key }: { key: string }) => `${key} takes one line of text`,
  'error.config.notFile': ({ path }: Path) => `${path} is not a regular file`,
  'error.config.notFile.hint': 'the config file must be a plain file',
  'error.config.otherUser': ({ path, uid }: Path & { uid: number }) =>
    `config file ${path} belongs to another user (uid ${uid})`,
  'error.config.otherUser.hint': 'acct reads only your own config file; remove it or set ACCT_CONFIG',
  'error.config.writable': ({ path }: Path) => `config file ${path} can be changed by other users`,
  'error.config.writable.hint': ({ path }: Path) => `make it yours alone: chmod 600 ${path}`,
  'error.config.cannotRead': ({ path, reason }: Path & { reason: string }) =>
    `cannot read config file ${path}: ${reason}`,
  'error.config.cannotRead.hint': 'fix the file or set ACCT_CONFIG',
};
