/**
 * The English catalogue: the keys every language must translate. Each area
 * (one file per part of acct) is merged here; add a new area's file to
 * both this index and src/i18n/zh-CN/index.ts.
 */
import { mergeAreas } from '../areas.js';
import { common } from './common.js';
import { errors } from './errors.js';
import { help } from './help.js';
import { input } from './input.js';
import { messages } from './messages.js';
import { problems } from './problems.js';
import { prompts } from './prompts.js';
import { reportHtml } from './report-html.js';
import { reportTrends } from './report-trends.js';
import { reportWords } from './report-words.js';
import { report } from './report.js';
import { words } from './words.js';
import { render } from './render.js';
import { assessment } from './assessment.js';
import { brief } from './brief.js';
import { store } from './store.js';
import { io } from './io.js';
import { commands } from './commands.js';
import { facts } from './facts.js';
import { playbooks } from './playbooks.js';
import { commandErrors } from './command-errors.js';

export const catalogue = mergeAreas(
  common,
  words,
  reportTrends,
  reportWords,
  report,
  input,
  reportHtml,
  render,
  assessment,
  brief,
  help,
  errors,
  problems,
  messages,
  prompts,
  store,
  io,
  commands,
  facts,
  playbooks,
  commandErrors,
);

export type EnglishCatalogue = typeof catalogue;
