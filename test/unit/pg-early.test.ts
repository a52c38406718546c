/** src/store/pg/early.ts: which runs start the PostgreSQL worker before the command loads. */
import { describe, expect, it } from 'vitest';
import { namedLocation } from '../../src/store/pg/early.js';

describe('the database a run names before the config file is read', () => {
  it('takes --db (either spelling) before ACCT_DB, and stops at --', () => {
    expect(namedLocation(['--db', 'postgres://h/db', 'report'], {})).toBe('postgres://h/db');
    expect(namedLocation(['report', '--db=postgres:'], { ACCT_DB: 'team.db' })).toBe('postgres:');
    expect(namedLocation(['list'], { ACCT_DB: 'postgresql://h/db' })).toBe('postgresql://h/db');
    expect(namedLocation(['add', '--', '--db', 'postgres://h/db'], {})).toBeUndefined();
  });

  it('names nothing when neither says (the config file decides later), or ACCT_DB is empty', () => {
    expect(namedLocation(['list'], {})).toBeUndefined();
    expect(namedLocation(['list'], { ACCT_DB: '' })).toBeUndefined();
    expect(namedLocation(['--db'], {})).toBeUndefined();
  });
});
