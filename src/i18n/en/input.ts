/** Words about what a user typed: refused vocabulary values (docs/i18n.md, Input). */
import { vocabularyValues, type Vocabulary } from '../../domain/vocabulary.js';

interface Refused {
  flag: string;
  value: string;
  kind: Vocabulary;
  suggestion: string | null;
}

export const input = {
  'input.vocabulary.refused': ({ flag, value, kind, suggestion }: Refused) =>
    `${flag} "${value}" is not one of ${vocabularyValues(kind).join(', ')}${suggestion !== null ? `; did you mean ${suggestion}?` : ''}`,
};
