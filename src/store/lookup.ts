/**
 * A per-account lookup the weekly report asks only for the rows it shows
 * (src/domain/report.ts: "high risk since", the next action). A capped
 * report asks a few dozen times: one index seek each. An uncapped one
 * (--limit 0, the piped form) would ask for thousands of accounts, a round
 * trip each on PostgreSQL: past `PER_ACCOUNT_LIMIT` questions it reads the
 * answers for every account in one statement and answers from those.
 */
export const PER_ACCOUNT_LIMIT = 64;

export function perAccountOrAll<Value>(
  one: (accountId: number) => Value | undefined,
  all: () => ReadonlyMap<number, Value>,
): (accountId: number) => Value | undefined {
  let asked = 0;
  let every: ReadonlyMap<number, Value> | undefined;
  return (accountId) => {
    if (every === undefined && ++asked > PER_ACCOUNT_LIMIT) every = all();
    return every === undefined ? one(accountId) : every.get(accountId);
  };
}
