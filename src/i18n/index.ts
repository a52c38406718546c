/**
 * Every string acct prints comes from here (docs/i18n.md): `t(key, params)`
 * looks the key up in the catalogue of the language chosen at start-up. Only
 * that language's catalogue is loaded; the launcher calls `loadLanguage`
 * before it builds the command tree, and tests load one in their setup.
 *
 * Start-up (issue 10, point 5): compiling the whole catalogue is a third of
 * what `acct list` costs above a bare node. A run that names the areas it
 * needs loads only those; the first key outside them loads the rest at once
 * with require() (which loads ES modules synchronously, and shares their
 * instances with import), so a key is never missing, only later.
 */
import { createRequire } from 'node:module';
import { canRequireSiblings } from '../load-later.js';
import type { Lang } from '../domain/language.js';
import { installWording } from '../domain/words.js';
import type { MessageKey, ParamsOf } from './types.js';

export type { MessageKey } from './types.js';

/**
 * The areas of a catalogue: file in src/i18n/<lang>/ and its export, in the
 * order src/i18n/en/index.ts merges them (test/unit/i18n-areas.test.ts
 * checks that the two agree).
 */
export const CATALOGUE_AREAS = {
  common: 'common',
  words: 'words',
  'report-trends': 'reportTrends',
  'report-words': 'reportWords',
  report: 'report',
  input: 'input',
  'report-html': 'reportHtml',
  render: 'render',
  assessment: 'assessment',
  brief: 'brief',
  help: 'help',
  errors: 'errors',
  problems: 'problems',
  messages: 'messages',
  prompts: 'prompts',
  store: 'store',
  io: 'io',
  commands: 'commands',
  facts: 'facts',
  playbooks: 'playbooks',
  'command-errors': 'commandErrors',
} as const;
export type CatalogueArea = keyof typeof CATALOGUE_AREAS;

let catalogue: Record<string, unknown> | undefined;
let language: Lang = 'en';
/** The areas not loaded yet (none after a whole load). */
let missing: CatalogueArea[] = [];

const folder = (lang: Lang) => (lang === 'zh-CN' ? 'zh-CN' : 'en');

/**
 * Loads the catalogue of `lang` (and only it) and makes it the one `t` reads.
 * With `areas`, only those are loaded now and the others on the first key
 * they hold; that needs require() of ES modules (Node 20.19, 22.12) and the
 * built files, so elsewhere (older Node, tests on the sources) the whole
 * catalogue is loaded as without.
 */
export async function loadLanguage(lang: Lang, areas?: readonly CatalogueArea[]): Promise<void> {
  if (areas !== undefined && canRequireSiblings(import.meta.url)) {
    const loaded = await Promise.all(
      areas.map(async (area) => {
        const module = (await import(`./${folder(lang)}/${area}.js`)) as Record<string, Record<string, unknown>>;
        return module[CATALOGUE_AREAS[area]]!;
      }),
    );
    catalogue = Object.assign({}, ...loaded) as Record<string, unknown>;
    missing = (Object.keys(CATALOGUE_AREAS) as CatalogueArea[]).filter((area) => !areas.includes(area));
  } else {
    catalogue = (
      lang === 'zh-CN' ? (await import('./zh-CN/index.js')).catalogue : (await import('./en/index.js')).catalogue
    ) as Record<string, unknown>;
    missing = [];
  }
  language = lang;
  // The domain's derived sentences (area words) come out in this language too (docs/i18n.md).
  installWording((key, params) => {
    const message = lookup(`words.${key}`);
    if (message === undefined) return undefined;
    return typeof message === 'function' ? (message as (params: unknown) => string)(params) : String(message);
  }, lang);
}

/** Loads the areas still missing, synchronously (see loadLanguage). */
function loadRest(): void {
  const require = createRequire(import.meta.url);
  for (const area of missing) {
    const module = require(`./${folder(language)}/${area}.js`) as Record<string, Record<string, unknown>>;
    Object.assign(catalogue!, module[CATALOGUE_AREAS[area]]);
  }
  missing = [];
}

function lookup(key: string): unknown {
  if (!catalogue) return undefined;
  let message = catalogue[key];
  if (message === undefined && missing.length > 0) {
    loadRest();
    message = catalogue[key];
  }
  return message;
}

/** Whether every area of the catalogue is loaded (for tests). */
export function catalogueComplete(): boolean {
  return catalogue !== undefined && missing.length === 0;
}

/** The loaded catalogue as it stands (for tests: compare a partial load, completed, with a whole one). */
export function loadedCatalogue(): Readonly<Record<string, unknown>> | undefined {
  return catalogue;
}

/** The language chosen for this run. */
export function currentLanguage(): Lang {
  return language;
}

/** The message `key` in the chosen language, with its parameters filled in. */
export function t<Key extends MessageKey>(key: Key, ...params: ParamsOf<Key>): string {
  if (!catalogue) throw new Error(`message ${key} asked for before a language was loaded (loadLanguage)`);
  const message = lookup(key);
  if (typeof message === 'function') return (message as (params: unknown) => string)(params[0]);
  return message as string;
}
