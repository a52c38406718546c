/** Formula neutralising on export is reversed exactly by import. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralise, unneutralise } from '../../src/io/formula.js';

/** Strings built from the characters that matter here, so the property explores the interesting cases. */
const tricky = fc
  .array(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ' ', "'", ';', 'a', '1', '"', ','), { maxLength: 12 })
  .map((chars) => chars.join(''));

describe('formula neutralising', () => {
  it('prefixes every cell that starts with = + - @ tab or CR', () => {
    expect(neutralise('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(neutralise('+1')).toBe("'+1");
    expect(neutralise('-x')).toBe("'-x");
    expect(neutralise('@cmd')).toBe("'@cmd");
    expect(neutralise('\t=1+1')).toBe("'\t=1+1");
    expect(neutralise('\r=1+1')).toBe("'\r=1+1");
    expect(neutralise('  =1+1')).toBe("  '=1+1");
    expect(neutralise("'=x")).toBe("''=x");
    expect(neutralise('plain')).toBe('plain');
    expect(neutralise("'quoted")).toBe("'quoted");
    expect(neutralise('a=b, c-d')).toBe('a=b, c-d');
    expect(neutralise('')).toBe('');
  });

  it('treats every ;-separated piece as a cell start (the ; list separator of many locales)', () => {
    expect(neutralise('ok;=cmd|calc')).toBe("ok;'=cmd|calc");
    expect(neutralise('a; -1; +2;@x')).toBe("a; '-1; '+2;'@x");
    expect(neutralise('x;\t=1')).toBe("x;'\t=1");
    expect(neutralise('Wang Li; Zhao Min')).toBe('Wang Li; Zhao Min');
    expect(neutralise(";'-1")).toBe(";''-1");
  });

  it('keeps legitimate values, only marked: -5 and +86 phone numbers come back exactly', () => {
    for (const value of ['-5', '+86 21 5555 0100', '@lin', 'note; -5 units', '  -3']) {
      const exported = neutralise(value);
      expect(exported, value).not.toBe(value);
      expect(unneutralise(exported)).toBe(value);
    }
  });

  it('import reverses export for every string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), tricky), (s) => {
        expect(unneutralise(neutralise(s))).toBe(s);
      }),
      { numRuns: 5000 },
    );
  });

  it('no piece of an exported cell starts with a risky character', () => {
    fc.assert(
      fc.property(tricky, (s) => {
        for (const piece of neutralise(s).split(';')) expect(piece, JSON.stringify(s)).not.toMatch(/^ *[=+\-@\t\r]/);
      }),
      { numRuns: 5000 },
    );
  });
});
