/**
 * Playbook texts (docs/playbooks.md §Languages): the language a domain
 * module reads a playbook's { en, zh-CN } texts in, through the words port
 * (src/domain/words.ts), e.g. an option label in a because line.
 */
export const playbookTexts = {
  'words.playbookTexts.language': 'en',
};
