/** Questions acct asks on a terminal, their choices and what it says about the answers. */
export const prompts = {
  'prompt.pick.account': 'Which account? (type to search names and ids)',
  'prompt.pick.externalId': ({ id }: { id: string }) => `id ${id}`,
};
