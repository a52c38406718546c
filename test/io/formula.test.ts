/** Formula neutralising on export is reversed exactly by import. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralise, unneutralise } from '../../src/io/formula.js';

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
