// COPY's text format (src/store/pg/copy-text.ts): every value PostgreSQL must read back as it was sent.
import { describe, expect, it } from 'vitest';
import { copyField, copyLine } from '../../src/store/pg/copy-text.js';

describe('COPY text fields', () => {
  it('NULL is \\N; an empty string stays empty; the text \\N is escaped, not NULL', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField(undefined)).toBe('\\N');
    expect(copyField('')).toBe('');
    expect(copyField('\\N')).toBe('\\\\N');
  });

  it('escapes backslash, tab, line feed and carriage return, and nothing else', () => {
    expect(copyField('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(copyField('"quoted", 华东机械 🚀')).toBe('"quoted", 华东机械 🚀');
  });

  it('numbers as JavaScript writes them, booleans as 1/0', () => {
    expect(copyField(0)).toBe('0');
    expect(copyField(3.25)).toBe('3.25');
    expect(copyField(1e21)).toBe('1e+21');
    expect(copyField(true)).toBe('1');
    expect(copyField(false)).toBe('0');
  });

  it('a line: fields by tabs, a line feed at the end', () => {
    expect(copyLine([1, 'a\tb', null, ''])).toBe('1\ta\\tb\t\\N\t\n');
  });
});
