/** The simplified-Chinese catalogue: the same keys as src/i18n/en/index.ts, area by area. */
import type { Catalogue } from '../types.js';
import { common } from './common.js';
import { input } from './input.js';
import { reportHtml } from './report-html.js';
import { reportTrends } from './report-trends.js';
import { words } from './words.js';
import { render } from './render.js';
import { assessment } from './assessment.js';
import { brief } from './brief.js';

export const catalogue: Catalogue = {
  ...common,
  ...words,
  ...reportTrends,
  ...input,
  ...reportHtml,
  ...render,
  ...assessment,
  ...brief,
};
