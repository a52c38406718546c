/** src/cli/index.ts namedDatabase: which runs start the PostgreSQL worker before the command loads (src/store/pg/early.ts). */
import { describe, expect, it } from 'vitest';
import { namedDatabase } from '../../src/cli/index.js';

describe('the database a run names before the config file is read', () => {
  it('takes --db (either spelling) before ACCT_DB', () => {
    expect(namedDatabase(['--db', 'postgres://h/db', 'report'], {})).toBe('postgres://h/db');
    expect(namedDatabase(['report', '--db=postgres:'], { ACCT_DB: 'team.db' })).toBe('postgres:');
    expect(namedDatabase(['list'], { ACCT_DB: 'postgresql://h/db' })).toBe('postgresql://h/db');
  });

  it('names nothing for help, a run without a command, after --, or when neither says', () => {
    expect(namedDatabase(['--help'], { ACCT_DB: 'postgres://h/db' })).toBeUndefined();
    expect(namedDatabase(['report', '--help'], { ACCT_DB: 'postgres://h/db' })).toBeUndefined();
    expect(namedDatabase(['add', '--', '--db', 'postgres://h/db'], {})).toBeUndefined();
    expect(namedDatabase(['list'], {})).toBeUndefined();
    expect(namedDatabase(['list'], { ACCT_DB: '' })).toBeUndefined();
  });
});
