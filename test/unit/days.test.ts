import { describe, expect, it } from 'vitest';
import { daysFrom, epochDay } from '../../src/domain/definitions.js';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('epochDay', () => {
  it('agrees with Date.UTC on every day from 1899 to 2201, leap days and century years included', () => {
    const first = Date.UTC(1899, 0, 1) / 86_400_000;
    const last = Date.UTC(2201, 11, 31) / 86_400_000;
    const wrong: string[] = [];
    for (let day = first; day <= last; day++) {
      const text = iso(day * 86_400_000);
      if (epochDay(text) !== day) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });

  it('reads the date part of a timestamp, and is NaN for text that is not a date', () => {
    expect(epochDay('1970-01-01T23:59:59.999Z')).toBe(0);
    expect(epochDay('2026-03-15T08:00:00Z')).toBe(Date.UTC(2026, 2, 15) / 86_400_000);
    expect(epochDay('not a date')).toBeNaN();
    expect(epochDay('2026-3-5')).toBeNaN();
    expect(epochDay('')).toBeNaN();
  });
});

describe('daysFrom', () => {
  it('counts whole days across a leap day and a year end', () => {
    expect(daysFrom('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysFrom('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysFrom('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysFrom('2026-03-15', '2026-03-01')).toBe(-14);
  });
});
