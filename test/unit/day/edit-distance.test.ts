/** editDistance is bounded: exact up to `max`, `max + 1` beyond it, and cheap on long inputs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestMatches, editDistance } from '../../../src/domain/names.js';

/** The textbook full-matrix Levenshtein distance over code points, as the reference. */
function reference(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  const d = Array.from({ length: left.length + 1 }, (_, i) =>
    Array.from({ length: right.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= left.length; i++)
    for (let j = 1; j <= right.length; j++)
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (left[i - 1] === right[j - 1] ? 0 : 1),
      );
  return d[left.length]![right.length]!;
}

describe('editDistance', () => {
  it('is exact without a bound', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('华东机械', '华东机器')).toBe(1);
  });

  it('agrees with the full matrix up to max, and says max + 1 beyond it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.nat(8), (a, b, max) => {
        const exact = reference(a, b);
        expect(editDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
        expect(editDistance(a, b)).toBe(exact);
      }),
      { numRuns: 2000 },
    );
  });

  it('stops early: a 20,000-character text against a name takes no quadratic time', () => {
    const long = 'x'.repeat(20_000);
    const other = 'y'.repeat(20_000);
    const started = performance.now();
    expect(editDistance(long, other, 3)).toBe(4);
    expect(editDistance(long, `${long}ab`, 3)).toBe(2);
    // Unbounded this is 4·10⁸ cells (seconds); bounded, a few hundred thousand.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('keeps closestMatches suggestions the same', () => {
    const names = ['Acme Industrial', 'Acorn Foods', '华东机械', 'Bolt & Nut Co'];
    expect(closestMatches('acmx', names)).toContain('Acme Industrial');
    expect(closestMatches('华东机器', names)).toEqual(['华东机械']);
    expect(closestMatches('a'.repeat(5000), names)).toEqual([]);
  });
});
