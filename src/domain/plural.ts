/**
 * Counted nouns in messages and headings: "1 overdue action", "3 overdue
 * actions", "0 plays". One helper, so no message says "1 actions" or "(s)".
 */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
