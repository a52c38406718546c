/**
 * The catalogue's areas as src/i18n/index.ts lists them for a partial load
 * (start-up, issue 10): the same areas, in the same order, as the merged
 * catalogues of src/i18n/<lang>/index.ts, and no key in two areas, so
 * loading some areas first and the rest later gives the same catalogue.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue as english } from '../../src/i18n/en/index.js';
import { catalogue as chinese } from '../../src/i18n/zh-CN/index.js';
import { CATALOGUE_AREAS, type CatalogueArea } from '../../src/i18n/index.js';
import { ROOT } from '../helpers.js';

const AREAS = Object.keys(CATALOGUE_AREAS) as CatalogueArea[];

for (const [lang, merged] of [
  ['en', english],
  ['zh-CN', chinese],
] as const) {
  describe(`the ${lang} catalogue's areas`, () => {
    it('are every file of its folder but the index', () => {
      const files = readdirSync(join(ROOT, 'src/i18n', lang))
        .filter((name) => name !== 'index.ts')
        .map((name) => name.replace(/\.ts$/, ''));
      expect([...AREAS].sort()).toEqual(files.sort());
    });

    it('merged in the listed order, give the whole catalogue, each key from one area only', async () => {
      const areas = await Promise.all(
        AREAS.map(async (area) => {
          const module = (await import(`../../src/i18n/${lang}/${area}.ts`)) as Record<string, object>;
          return module[CATALOGUE_AREAS[area]]!;
        }),
      );
      const seen = new Map<string, CatalogueArea>();
      areas.forEach((messages, i) => {
        for (const key of Object.keys(messages)) {
          expect(seen.get(key), `${key} in ${AREAS[i]} and ${seen.get(key)}`).toBeUndefined();
          seen.set(key, AREAS[i]!);
        }
      });
      const whole = Object.assign({}, ...areas) as Record<string, unknown>;
      expect(Object.keys(whole)).toEqual(Object.keys(merged));
      for (const key of Object.keys(merged)) expect(whole[key], key).toBe((merged as Record<string, unknown>)[key]);
    });
  });
}
