/**
 * actions.addUnlessOpen: the "already open" rule of a re-assessment, checked
 * in SQL inside the write transaction (the concurrent case is in
 * test/e2e/assess-concurrent.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { backends } from '../backends.js';

const NOW = '2026-03-15T10:00:00.000Z';

describe.each(backends)('actions.addUnlessOpen on $name', (backend) => {
  let store: Store;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(() => store.close());

  it('skips plays already open for the account, and only those', () => {
    const acme = store.accounts.insert({ name: 'Acme' }, NOW);
    const other = store.accounts.insert({ name: 'Other' }, NOW);
    store.actions.insert(acme.id, { text: 'open one', play: 'p-open' }, NOW);
    store.actions.insert(acme.id, { text: 'done one', play: 'p-done', status: 'done' }, NOW);
    store.actions.insert(other.id, { text: 'elsewhere', play: 'p-other' }, NOW);

    const { added, alreadyOpen } = store.write(() =>
      store.actions.addUnlessOpen(
        acme.id,
        [
          { text: 'again', play: 'p-open' },
          { text: 'redo', play: 'p-done' },
          { text: 'same play as another account', play: 'p-other' },
          { text: 'new', play: 'p-new' },
          { text: 'new twice in one go', play: 'p-new' },
          { text: 'no play', play: null },
        ],
        NOW,
      ),
    );
    expect(added.map((action) => action.play)).toEqual(['p-done', 'p-other', 'p-new', null]);
    expect(added.every((action) => action.status === 'open' && action.accountId === acme.id)).toBe(true);
    expect(alreadyOpen).toEqual(['p-open', 'p-new']);
    // Open ones, oldest first: the one that was there, then the added ones; none twice.
    expect(store.actions.list({ accountId: acme.id }).map((action) => action.play)).toEqual([
      'p-open',
      'p-done',
      'p-other',
      'p-new',
      null,
    ]);
  });

  it('refuses to run outside a write transaction, where the check could go stale', () => {
    const acme = store.accounts.insert({ name: 'Acme' }, NOW);
    expect(() => store.actions.addUnlessOpen(acme.id, [{ text: 'x', play: 'p' }], NOW)).toThrow(/store\.write/);
    expect(store.actions.list({ accountId: acme.id })).toEqual([]);
  });
});
