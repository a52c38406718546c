/** Units behind import/export: the fast validator and name key equal the shared ones; formula neutralising reverses. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_FIELDS,
  ACTION_FIELDS,
  ACTIVITY_FIELDS,
  CONTACT_FIELDS,
  parseFields,
} from '../../src/domain/fields.js';
import { nameKey as domainNameKey } from '../../src/domain/names.js';
import { neutralise, unneutralise } from '../../src/io/formula.js';
import { nameKey } from '../../src/io/keys.js';
import { rowValidator } from '../../src/io/validate.js';

const TODAY = '2026-03-15';

describe('rowValidator', () => {
  const cell = fc.oneof(
    fc.string(),
    fc.constantFrom(
      '',
      ' ',
      'A',
      'b',
      'x',
      '120万',
      'EUR 3m',
      '1,200',
      '-5',
      '15%',
      '101',
      '3',
      '2025-02-30',
      '2025-03-01',
      'a@b.co',
      'bad@',
      'usd',
      'Initial Cooperation',
      'supporter',
      'partner',
      'done',
      'visit',
    ),
  );
  for (const [name, fields] of [
    ['accounts', ACCOUNT_FIELDS],
    ['contacts', CONTACT_FIELDS],
    ['activities', ACTIVITY_FIELDS],
    ['actions', ACTION_FIELDS],
  ] as const) {
    it(`returns exactly what parseFields returns for ${name}`, () => {
      const validate = rowValidator(fields, TODAY);
      const input = fc.dictionary(fc.constantFrom(...fields.map((f) => f.key)), cell);
      fc.assert(
        fc.property(input, fc.boolean(), (record, requireAll) => {
          expect(validate(record, { requireAll })).toEqual(parseFields(fields, record, TODAY, { requireAll }));
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe('nameKey (import)', () => {
  it('equals domain nameKey on random Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(nameKey(s)).toBe(domainNameKey(s));
      }),
      { numRuns: 2000 },
    );
    for (const s of ['İstanbul', 'ΟΔΟΣ', 'ＡＣＭＥ  Ltd ', 'Straße', 'ǅ', '华东机械'])
      expect(nameKey(s)).toBe(domainNameKey(s));
  });
});

describe('formula neutralising', () => {
  it('prefixes risky cells and import reverses it for every string', () => {
    expect(neutralise('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(neutralise('+1')).toBe("'+1");
    expect(neutralise('-x')).toBe("'-x");
    expect(neutralise('@cmd')).toBe("'@cmd");
    expect(neutralise("'=x")).toBe("''=x");
    expect(neutralise('plain')).toBe('plain');
    expect(neutralise("'quoted")).toBe("'quoted");
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(unneutralise(neutralise(s))).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });
});
