import type { Account, Action, Activity, Contact } from '../../../src/domain/types.js';
import type { AssessmentInput } from '../../../src/domain/assessment/index.js';

export const NOW = new Date('2025-06-15T12:00:00Z');

export function makeAccount(overrides: Partial<Account> = {}): Account {
  return {
    id: 1,
    name: 'Acme Components',
    externalId: null,
    industry: 'electronics',
    owner: 'li.wei',
    tier: 'B',
    city: null,
    address: null,
    revenue: null,
    currency: null,
    share: null,
    position: 'none',
    stage: 'development',
    level: 'transactional',
    targetLevel: null,
    notes: null,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    ...overrides,
  };
}

let nextId = 100;
export function makeContact(overrides: Partial<Contact> = {}): Contact {
  nextId += 1;
  return {
    id: nextId,
    accountId: 1,
    name: `Contact ${nextId}`,
    title: null,
    department: null,
    role: null,
    attitude: null,
    strength: null,
    seniority: null,
    email: null,
    phone: null,
    birthday: null,
    preferences: null,
    lastContacted: null,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    ...overrides,
  };
}

export function makeActivity(overrides: Partial<Activity> = {}): Activity {
  nextId += 1;
  return {
    id: nextId,
    accountId: 1,
    date: '2025-06-10',
    type: 'visit',
    note: '',
    contactIds: [],
    amount: null,
    currency: null,
    createdAt: '2025-06-10T00:00:00Z',
    ...overrides,
  };
}

export function makeAction(overrides: Partial<Action> = {}): Action {
  nextId += 1;
  return {
    id: nextId,
    accountId: 1,
    text: 'do something',
    playbook: null,
    play: null,
    owner: null,
    due: null,
    status: 'open',
    createdAt: '2025-06-01T00:00:00Z',
    closedAt: null,
    assessmentId: null,
    ownerRole: null,
    why: null,
    steps: [],
    because: [],
    ...overrides,
  };
}

export function makeInput(overrides: Partial<AssessmentInput> = {}): AssessmentInput {
  return { account: makeAccount(), contacts: [], activities: [], openActions: [], answers: {}, now: NOW, ...overrides };
}

/** A broad, healthy contact web: three departments, three seniority levels. */
export function diamondContacts(): Contact[] {
  return [
    makeContact({
      name: 'Zhang GM',
      department: 'management',
      seniority: 'executive',
      role: 'decision-maker',
      attitude: 'supporter',
      strength: 3,
    }),
    makeContact({
      name: 'Wang Eng',
      department: 'technical',
      seniority: 'manager',
      role: 'technical',
      attitude: 'supporter',
      strength: 3,
    }),
    makeContact({
      name: 'Liu Buyer',
      department: 'purchasing',
      seniority: 'staff',
      role: 'purchasing',
      attitude: 'neutral',
      strength: 2,
    }),
    makeContact({
      name: 'Chen User',
      department: 'user',
      seniority: 'staff',
      role: 'user',
      attitude: 'supporter',
      strength: 2,
    }),
  ];
}
