/** Questions acct asks on a terminal, their choices and what it says about the answers. */
import { plural } from '../../domain/plural.js';

export const prompts = {
  'prompt.pick.account': 'Which account? (type to search names and ids)',
  'prompt.pick.externalId': ({ id }: { id: string }) => `id ${id}`,

  'prompt.choose.hint': ({ keys }: { keys: readonly string[] }) =>
    `type ${keys.slice(0, -1).join(', ')} or ${keys.at(-1)}, then Enter (Enter alone chooses nothing)`,

  // inquirer's own words: its key help (English is inquirer's, left as it prints it) and a confirm's answer.
  'prompt.keys.action': ({ action }: { action: string }) => action,
  'prompt.confirm.yes': 'Yes',
  'prompt.confirm.no': 'No',

  'prompt.question.skip': '(skip: not known)',
  'prompt.question.multi': ({ message }: { message: string }) => `${message} (none is fine)`,
  'prompt.question.needed': ({ allowed }: { allowed: string }) => `an answer is needed: enter ${allowed}`,

  'prompt.changed.question': ({ date }: { date: string }) => `What has changed since the last assessment (${date})?`,
  'prompt.changed.nothing': ({ due }: { due: number }) =>
    `Nothing: keep these answers${due > 0 ? ` (the ${plural(due, 'survey answer')} due are asked)` : ''}`,
  'prompt.changed.some': 'Some things: choose the sections to go through',
  'prompt.changed.all': 'Go through every question (pre-filled with these answers)',
  'prompt.changed.sections': 'Which sections changed? (space ticks, Enter confirms)',
  'prompt.changed.section': ({ section, count }: { section: string; count: number }) =>
    `${section} (${plural(count, 'question')})`,

  'prompt.decision.question': ({ keys }: { keys: readonly string[] }) =>
    `Store this assessment? Type ${keys.join(', ')} and Enter`,
  'prompt.decision.storePlays': ({ count }: { count: number }) =>
    `Store, with plays as actions (choose from ${count} next)`,
  'prompt.decision.storeWithout': 'Store without actions',
  'prompt.decision.store': 'Store',
  'prompt.decision.change': 'Change an answer',
  'prompt.decision.discard': 'Discard: store nothing',

  'prompt.change.question': 'Which answer do you want to change?',
  'prompt.change.noAnswer': 'no answer',
  'prompt.change.back': '(back to the review: change nothing)',

  'prompt.plays.question': ({ someOpen }: { someOpen: boolean }) =>
    `Accept plays as actions (space ticks, enter confirms; none is fine)${
      someOpen ? '; plays already open as actions are left out' : ''
    }`,
  'prompt.plays.choice': ({
    priority,
    title,
    play,
    due,
  }: {
    priority: number;
    title: string;
    play: string;
    due: string;
  }) => `P${priority} ${title} (${play}, due ${due})`,
};
