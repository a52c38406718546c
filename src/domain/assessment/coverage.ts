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
import type { Coverage } from './types.js';

export const STRONG_CONTACT_STRENGTH = 2;

export function computeCoverage(contacts: readonly Contact[]): Coverage {
  const strong = contacts.filter((contact) => (contact.strength ?? 0) >= STRONG_CONTACT_STRENGTH);
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

  const singleThreadReasons: string[] = [];
  if (strong.length < 2) {
    singleThreadReasons.push(
      strong.length === 0
        ? 'no contact with relationship strength 2 or more'
        : `only one strong contact (${strong[0]!.name})`,
    );
  }
  if (departmentsReached.length <= 1) {
    singleThreadReasons.push(
      departmentsReached.length === 0
        ? 'no contact with a known department'
        : `every contact is in ${departmentsReached[0]}`,
    );
  }
  const singleThreaded = singleThreadReasons.length > 0;
  const hasExecutive = contacts.some(
    (contact) => contact.seniority === 'executive' || contact.role === 'decision-maker',
  );
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
