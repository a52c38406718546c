/**
 * What acct says about playbook and questionnaire files it reads
 * (src/playbooks): refused files and folders, YAML it cannot read, fields a
 * file lacks or gets wrong. Ids, field names, fact names and values from
 * the files are passed in as they are, quoted where the file has them.
 */
import { plural } from '../../domain/plural.js';

type Reason = { reason: string };

export const playbooks = {
  'playbooks.problems': ({ count, list }: { count: number; list: string }) =>
    `${plural(count, 'problem')} in playbook files:\n${list}`,
  'playbooks.problems.hint': 'fix the files listed, then check them with `acct playbook validate`',
  'playbooks.more': ({ count }: { count: number }) => `and ${count} more problems in this file`,
  'playbooks.noQuestionnaire': 'no questionnaire (a file with a top-level "questions" list) found',

  'playbooks.yaml.tooDeep': ({ depth }: { depth: number }) => `nested more than ${depth} levels deep; refused`,
  'playbooks.yaml.syntax': ({ reason }: Reason) => `YAML syntax error: ${reason}`,
  'playbooks.yaml.aliases':
    'YAML aliases (*name) expand too far; refused (write the values out; a playbook needs no aliases)',
  'playbooks.yaml.unreadable': ({ reason }: Reason) => `cannot read the YAML: ${reason}`,
  'playbooks.yaml.empty': 'the file is empty',
  'playbooks.yaml.notMapping': 'expected a mapping with id, title, version, ... at the top level',

  'playbooks.field.unknown': ({ key }: { key: string }) => `unknown field ${key}`,
  'playbooks.field.missing': ({ field }: { field: string }) => `missing required field "${field}"`,
  'playbooks.field.expected': ({ expected, got }: { expected: string; got: string }) =>
    `expected ${expected}, got ${got}`,
  'playbooks.field.aList': 'a list',
  'playbooks.field.nothing': 'nothing',
  'playbooks.duplicateBook': ({ id, at }: { id: string; at: string }) => `duplicate playbook id ${id} (also at ${at})`,
  'playbooks.duplicatePlay': ({ id, at }: { id: string; at: string }) => `duplicate play id ${id} (also at ${at})`,

  'playbooks.file.otherUser': ({ what, uid }: { what: string; uid: number }) =>
    `refused: ${what} belongs to another user (uid ${uid}), so its plays could be anyone's (use a folder of your own; see docs/playbooks.md)`,
  'playbooks.file.writable': ({ what, who, mode, path }: { what: string; who: string; mode: string; path: string }) =>
    `refused: ${what} is writable by ${who} (mode ${mode}), so others could change the plays (chmod go-w ${path})`,
  'playbooks.file.theFolder': 'the folder',
  'playbooks.file.theFile': 'the file',
  'playbooks.file.folderAbove': ({ folder }: { folder: string }) => `the folder above it, ${folder},`,
  'playbooks.file.everyUser': 'every user',
  'playbooks.file.itsGroup': 'its group',
  'playbooks.file.cannotCheck': ({ folder, reason }: { folder: string; reason: string }) =>
    `cannot check ${folder}: ${reason}`,
  'playbooks.file.cannotRead': ({ reason }: Reason) => `cannot read: ${reason}`,
  'playbooks.file.danglingLink': ({ reason }: Reason) => `refused: a symbolic link that leads nowhere (${reason})`,
  'playbooks.file.linkOutside':
    'refused: a symbolic link to a file outside the folder (copy the file into the folder instead)',
  'playbooks.file.notRegular': ({ kind }: { kind: string }) =>
    `refused: ${kind}, not a regular file (acct reads only regular .yaml files; remove it)`,
  'playbooks.file.kind.folder': 'a folder',
  'playbooks.file.kind.fifo': 'a FIFO (named pipe)',
  'playbooks.file.kind.device': 'a device',
  'playbooks.file.kind.socket': 'a socket',
  'playbooks.file.kind.link': 'a symbolic link',
  'playbooks.file.kind.other': 'not a regular file',
  'playbooks.file.tooBig': 'refused: larger than 1 MiB; a playbook file is at most 1 MiB (split it into several files)',

  'playbooks.untranslated': ({ field, langs }: { field: string; langs: readonly string[] }) =>
    `${field} has no ${langs.join(' or ')} text (shipped texts are { en: …, zh-CN: … }, docs/playbooks.md §Languages)`,
  'playbooks.in.playbook': ({ id, message }: { id: string; message: string }) => `playbook ${id}: ${message}`,
  'playbooks.in.play': ({ id, message }: { id: string; message: string }) => `play ${id}: ${message}`,
  'playbooks.in.questionnaire': ({ message }: { message: string }) => `questionnaire: ${message}`,
  'playbooks.in.question': ({ key, message }: { key: string; message: string }) => `question ${key}: ${message}`,

  'playbooks.schema.notEmpty': 'must not be empty',
  'playbooks.schema.oneLanguage': 'give the text in at least one language (en, zh-CN)',
  'playbooks.schema.text': 'expected a text, or texts by language such as { en: …, zh-CN: … }',
  'playbooks.schema.version': 'version must be a quoted string, e.g. "1.0"',
  'playbooks.schema.kebabId': 'must be kebab-case (lowercase letters, digits and dashes), e.g. "weave-network"',
  'playbooks.schema.conditionOrNever': ({ got }: { got: string }) =>
    `expected a condition or the word "never", got ${got}`,
  'playbooks.schema.priority': 'priority must be 1, 2 or 3 (1 = most urgent)',
  'playbooks.schema.wholeDays': 'must be a whole number of days',
  'playbooks.schema.notNegative': 'must be 0 or more',
  'playbooks.schema.invests': 'invests must be true or false',
  'playbooks.schema.upkeep': 'upkeep must be true or false',
  'playbooks.schema.citesUnknown': ({ name }: { name: string }) =>
    `cites: unknown fact "${name}" (see acct playbook facts)`,
  'playbooks.schema.onePlay': 'a playbook needs at least one play',
  'playbooks.schema.duplicatePlay': ({ id, first }: { id: string; first: number }) =>
    `duplicate play id ${id} (also plays[${first}])`,
  'playbooks.schema.optionValue': 'option values must be kebab-case, e.g. "rivals-fit"',
  'playbooks.schema.questionKey': 'question keys are camelCase, e.g. "shareOfWallet"',
  'playbooks.schema.oneQuestion': 'a questionnaire needs at least one question',
  'playbooks.schema.duplicateQuestion': ({ key }: { key: string }) => `duplicate question key ${key}`,
  'playbooks.schema.reserved': ({ key, meaning }: { key: string; meaning: string }) =>
    `"${key}" is reserved for a fact acct derives (${meaning})`,
  'playbooks.schema.needsOptions': ({ type }: { type: string }) => `a ${type} question needs options`,
  'playbooks.schema.noOptions': ({ type }: { type: string }) => `a ${type} question takes no options`,
  'playbooks.schema.duplicateOption': ({ value }: { value: string }) => `duplicate option ${value}`,
  'playbooks.schema.minAboveMax': ({ min, max }: { min: number; max: number }) => `min ${min} is above max ${max}`,
  'playbooks.schema.minMax': 'min/max apply to number and scale questions only',
  'playbooks.schema.earlierOnly': ({ message }: { message: string }) =>
    `${message} (a question's "when" may only read earlier questions)`,
};
