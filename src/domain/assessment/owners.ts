/**
 * Who does an accepted play (docs/domain.md §7): the rep's plays go to the
 * account owner; manager, service and executive plays to the people the team
 * named for those roles (settings role.manager, role.service,
 * role.executive), else to the account owner, with the role kept on the
 * action so the hand-over is visible.
 */
import type { OwnerRole } from '../enums.js';

/** Role -> person, as the settings name them; a role nobody is named for is absent. */
export type RolePeople = Partial<Record<Exclude<OwnerRole, 'rep'>, string>>;

/** The setting that names the person for a role. */
export const ROLE_SETTINGS = {
  manager: 'role.manager',
  service: 'role.service',
  executive: 'role.executive',
} as const satisfies Record<Exclude<OwnerRole, 'rep'>, string>;

export interface PlayOwner {
  owner: string | null;
  /** The play's role; kept on the action. */
  role: OwnerRole;
  /** True when nobody is named for the role and the account owner stands in. */
  standIn: boolean;
}

export function playOwner(role: OwnerRole, accountOwner: string | null, people: RolePeople): PlayOwner {
  if (role === 'rep') return { owner: accountOwner, role, standIn: false };
  const named = people[role];
  return named ? { owner: named, role, standIn: false } : { owner: accountOwner, role, standIn: true };
}

/** The people named for the roles, read through `get` (the settings). */
export function rolePeople(get: (key: string) => string | undefined): RolePeople {
  const people: RolePeople = {};
  for (const [role, key] of Object.entries(ROLE_SETTINGS) as [keyof RolePeople, string][]) {
    const person = get(key)?.trim();
    if (person) people[role] = person;
  }
  return people;
}
