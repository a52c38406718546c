// Every in-process test starts in English, as the binary does without --lang or a Chinese locale.
import { beforeEach } from 'vitest';
import { loadLanguage } from '../src/i18n/index.js';

await loadLanguage('en');
beforeEach(async () => {
  await loadLanguage('en');
});
