/** acct find's matching: case- and width-insensitive like names, ranked, saying where it matched. */
import { describe, expect, it } from 'vitest';
import { findAccounts, type SearchText } from '../../../src/domain/find.js';

const texts: SearchText[] = [
  { accountId: 1, account: 'Acme Industrial', field: 'name', text: 'Acme Industrial' },
  { accountId: 1, account: 'Acme Industrial', field: 'externalId', text: 'KA-1003' },
  { accountId: 1, account: 'Acme Industrial', field: 'contact', text: 'WANG Li' },
  { accountId: 1, account: 'Acme Industrial', field: 'email', text: 'wang.li@acme.example', detail: 'WANG Li' },
  { accountId: 2, account: 'Wangfu Foods', field: 'name', text: 'Wangfu Foods' },
  { accountId: 3, account: '华东机械', field: 'name', text: '华东机械' },
  { accountId: 3, account: '华东机械', field: 'notes', text: `${'背景'.repeat(40)} 质量问题 ${'尾'.repeat(40)}` },
  {
    accountId: 4,
    account: 'Bolt Co',
    field: 'activity',
    text: 'Asked Wang about the quote',
    detail: '2026-03-01 call',
  },
  { accountId: 5, account: 'Wang', field: 'name', text: 'Wang' },
];

describe('findAccounts', () => {
  it('ignores case, repeated space and full-width forms', () => {
    expect(findAccounts('ＡＣＭＥ', texts).map((h) => h.account)).toEqual(['Acme Industrial']);
    expect(findAccounts('  acme   industrial ', texts).map((h) => h.account)).toEqual(['Acme Industrial']);
    expect(findAccounts('ka-1003', texts)[0]!.matches).toEqual([{ field: 'externalId', text: 'KA-1003' }]);
  });

  it('ranks an exact name, then names starting with it, then the strongest field; lists every place', () => {
    const hits = findAccounts('wang', texts);
    expect(hits.map((h) => h.account)).toEqual(['Wang', 'Wangfu Foods', 'Acme Industrial', 'Bolt Co']);
    expect(hits[2]!.matches).toEqual([
      { field: 'contact', text: 'WANG Li' },
      { field: 'email', text: 'wang.li@acme.example', detail: 'WANG Li' },
    ]);
    expect(hits[3]!.matches[0]).toEqual({
      field: 'activity',
      text: 'Asked Wang about the quote',
      detail: '2026-03-01 call',
    });
  });

  it('shows the part of a long note around the match', () => {
    const [hit] = findAccounts('质量', texts);
    expect(hit!.account).toBe('华东机械');
    expect(hit!.matches[0]!.text).toMatch(/^….*质量问题.*…$/);
    expect([...hit!.matches[0]!.text].length).toBeLessThanOrEqual(62);
  });

  it('finds nothing for empty text or text that is nowhere', () => {
    expect(findAccounts('   ', texts)).toEqual([]);
    expect(findAccounts('zzz', texts)).toEqual([]);
  });
});
