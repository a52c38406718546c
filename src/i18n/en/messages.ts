/** What commands tell the user on stderr: done, skipped, warnings (not the data they print). */
export const messages = {
  'message.unknownOwner': ({ owner, hint }: { owner: string; hint: string }) =>
    `nobody called "${owner}" owns an account or action (${hint})`,
  'message.unknownOwner.owners': ({ names }: { names: string }) => `owners: ${names}`,
};
