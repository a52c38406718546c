/**
 * Reading a derived sentence's parameters (src/domain/words.ts), shared by
 * every language's words area. Kept out of the catalogues, so a language
 * loads no other language's catalogue file (issue 14, point 8).
 */
import type { WordParams } from '../domain/words.js';

export const num = (p: WordParams, key: string): number => Number(p[key] ?? 0);
export const str = (p: WordParams, key: string): string => String(p[key] ?? '');
export const list = (p: WordParams, key: string): string[] => {
  const value = p[key];
  return Array.isArray(value) ? value.map(String) : value === undefined || value === '' ? [] : [String(value)];
};
