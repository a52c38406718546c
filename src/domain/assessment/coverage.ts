/**
 * Relationship coverage, from contact records only.
 *
 * Definitions:
 * - a *strong* contact has strength >= 2 (unknown strength counts as 0);
 * - `singleThreaded` is true when fewer than 2 contacts are strong, or when
 *   every contact with a known department sits in one department (including
 *   the case of no contacts at all): one transfer, illness or falling-out
 *   then cuts us off;
 * - `hasExecutive`: some contact has executive seniority or is a decision maker;
 * - `shape` is `diamond` when we are not single-threaded AND reach at least
 *   two departments AND two seniority levels (many-to-many, organisation to
 *   organisation); otherwise `bow-tie` (everything passes through one knot).
 */
import { DEPARTMENTS, SENIORITIES, type Department, type Seniority } from '../enums.js';
import type { Contact } from '../types.js';
import { isExecutiveContact, isStrongContact, singleThreadCauses } from '../definitions.js';
import type { Coverage } from './types.js';
import { words } from '../words.js';

export { STRONG_CONTACT_STRENGTH } from '../definitions.js';

export function computeCoverage(contacts: readonly Contact[]): Coverage {
  const strong = contacts.filter((contact) => isStrongContact(contact.strength));
  const departmentSet = new Set<Department>();
  const senioritySet = new Set<Seniority>();
  for (const contact of contacts) {
    if (contact.department) departmentSet.add(contact.department);
    if (contact.seniority) senioritySet.add(contact.seniority);
  }
  const departmentsReached = DEPARTMENTS.filter((department) => departmentSet.has(department));
  const seniorityReached = SENIORITIES.filter((seniority) => senioritySet.has(seniority));
  const supporters = contacts.filter((contact) => contact.attitude === 'supporter').map((contact) => contact.name);
  const opponents = contacts.filter((contact) => contact.attitude === 'opponent').map((contact) => contact.name);

  // The rule is shared with the weekly report (docs/domain.md §7); the words are the assessment's.
  const singleThreadReasons = singleThreadCauses(strong.length, departmentsReached.length).map((cause) => {
    switch (cause) {
      case 'no-strong-contact':
        return words('thread.no-strong');
      case 'one-strong-contact':
        return words('thread.one-strong', { name: strong[0]!.name });
      case 'no-department':
        return words('thread.no-department');
      case 'one-department':
        return words('thread.one-department', { department: departmentsReached[0]! });
    }
  });
  const singleThreaded = singleThreadReasons.length > 0;
  const hasExecutive = contacts.some(isExecutiveContact);
  const shape =
    !singleThreaded && departmentsReached.length >= 2 && seniorityReached.length >= 2 ? 'diamond' : 'bow-tie';
  return {
    contactCount: contacts.length,
    strongContacts: strong.length,
    departmentsReached,
    seniorityReached,
    supporters: { count: supporters.length, names: supporters },
    opponents: { count: opponents.length, names: opponents },
    singleThreaded,
    singleThreadReasons,
    hasExecutive,
    shape,
  };
}
