/** Tests for src/io/headers.ts and the alias tables in src/io/aliases.ts. */
import { describe, expect, test } from 'vitest';
import {
  ALIASES_BY_TYPE,
  ACCOUNT_ALIASES,
  ASSESSMENT_ALIASES,
  CONTACT_ALIASES,
  IMPORT_TYPES,
} from '../../src/io/aliases.js';
import {
  closestField,
  guessType,
  matchHeaders,
  normalizeHeader,
  parseMapOption,
  parseMapOptions,
  parseMappingText,
  unknownColumnWarnings,
  type AliasTable,
} from '../../src/io/headers.js';

describe('normalizeHeader', () => {
  test('case, trim, NFKC, spaces/underscores/hyphens', () => {
    expect(normalizeHeader('  Account_Name ')).toBe('accountname');
    expect(normalizeHeader('Account-Name')).toBe('accountname');
    expect(normalizeHeader('ＡｎｎｕａｌＲｅｖｅｎｕｅ')).toBe('annualrevenue'); // full-width
    expect(normalizeHeader('客户　名称')).toBe('客户名称'); // ideographic space
  });
});

describe('matchHeaders', () => {
  test('Salesforce Data Loader headers', () => {
    const h = ['Id', 'Name', 'Industry', 'AnnualRevenue', 'BillingCity', 'OwnerId', 'Description', 'Fax'];
    const m = matchHeaders(h, ACCOUNT_ALIASES);
    expect(m.mapping).toEqual(['externalId', 'name', 'industry', 'revenue', 'city', 'owner', 'notes', null]);
    expect(m.unknown).toEqual(['Fax']);
    expect(m.duplicates).toEqual([]);
  });

  test('HubSpot company export', () => {
    const h = [
      'Record ID',
      'Company name',
      'Company owner',
      'Create Date',
      'Phone Number',
      'City',
      'Country/Region',
      'Industry',
    ];
    const m = matchHeaders(h, ACCOUNT_ALIASES);
    expect(m.mapping).toEqual(['externalId', 'name', 'owner', 'createdAt', null, 'city', null, 'industry']);
  });

  test("Salesforce's Account Rating (Hot/Warm/Cold) is not read as the tier", () => {
    const m = matchHeaders(['Account Name', 'Rating', 'Tier'], ACCOUNT_ALIASES);
    expect(m.mapping).toEqual(['name', null, 'tier']);
    expect(m.unknown).toEqual(['Rating']);
  });

  test('Chinese headers and our own field names', () => {
    const m = matchHeaders(['客户名称', '负责人', '行业', 'targetLevel', 'target_level '], ACCOUNT_ALIASES);
    expect(m.mapping.slice(0, 4)).toEqual(['name', 'owner', 'industry', 'targetLevel']);
    expect(m.duplicates).toEqual([
      { field: 'targetLevel', columns: ['targetLevel', 'target_level '], indexes: [3, 4] },
    ]);
    expect(m.mapping[4]).toBeNull(); // only the first column of a duplicate is kept
  });

  test('--map overrides win, can ignore a column, and bad ones are reported', () => {
    const overrides = { ...parseMapOptions(['Kunde=name', 'Fax=', 'Weird=nosuchfield', 'Absent=city']) };
    const m = matchHeaders(['Kunde', 'Fax', 'Weird', 'Name'], ACCOUNT_ALIASES, overrides);
    expect(m.mapping).toEqual(['name', null, null, null]);
    expect(m.ignored).toEqual(['Fax']);
    expect(m.unknown).toEqual(['Weird']);
    expect(m.duplicates.map((d) => d.field)).toEqual(['name']);
    expect(m.badOverrides.sort()).toEqual(['Absent', 'Weird']);
  });

  test('override target may be an alias', () => {
    expect(matchHeaders(['X'], ACCOUNT_ALIASES, { X: 'Annual Revenue' }).mapping).toEqual(['revenue']);
  });

  test('prototype-ish header names are harmless', () => {
    const m = matchHeaders(['__proto__', 'toString', 'constructor'], CONTACT_ALIASES);
    expect(m.mapping).toEqual([null, null, null]);
  });
});

describe('--map and --mapping parsing', () => {
  test('parseMapOption splits at the last =', () => {
    expect(parseMapOption('a=b=name')).toEqual(['a=b', 'name']);
    expect(parseMapOption('Fax=-')).toEqual(['Fax', null]);
    expect(() => parseMapOption('nofield')).toThrow(/column=field/);
    expect(() => parseMapOption('=name')).toThrow();
  });

  test('YAML and JSON mapping files', () => {
    expect(parseMappingText('Kunde: name\n客户经理: owner\nFax: null\n')).toEqual({
      Kunde: 'name',
      客户经理: 'owner',
      Fax: null,
    });
    expect(parseMappingText('{"Kunde": "name", "Fax": ""}')).toEqual({ Kunde: 'name', Fax: null });
    expect(parseMappingText('\uFEFF# only a comment\n')).toEqual({});
    expect(() => parseMappingText('- a\n- b\n')).toThrow(/object/);
    expect(() => parseMappingText('a: [1, 2]')).toThrow(/field name/);
    expect(() => parseMappingText('a: "unclosed')).toThrow(/not valid YAML/);
  });
});

describe('guessType', () => {
  test('recognises each type from typical headers', () => {
    expect(
      guessType(['Account Name', 'Industry', 'Account Owner', 'BillingCity', 'AnnualRevenue'], ALIASES_BY_TYPE),
    ).toBe('accounts');
    expect(guessType(['Name', 'Title', 'Email', 'Phone', 'Account Name'], ALIASES_BY_TYPE)).toBe('contacts');
    expect(guessType(['客户', '日期', '类型', '内容'], ALIASES_BY_TYPE)).toBe('activities');
    expect(guessType(['Account', 'Action', 'Owner', 'Due Date', 'Status'], ALIASES_BY_TYPE)).toBe('actions');
    expect(guessType(['account', 'assessedAt', 'answers'], ALIASES_BY_TYPE)).toBe('assessments');
    // A tie (contacts: account + name; activities: account + contacts, also called "name") goes to the
    // type whose required columns are all present; without that rule it stays undecided.
    const required = {
      accounts: [['name']],
      contacts: [['account'], ['name']],
      activities: [['account'], ['note']],
      actions: [['account'], ['text']],
      assessments: [['account'], ['assessedAt'], ['answers']],
    };
    expect(guessType(['account', 'name'], ALIASES_BY_TYPE)).toBeNull();
    expect(guessType(['account', 'name'], ALIASES_BY_TYPE, required)).toBe('contacts');
  });

  test('null when nothing matches or it is a tie', () => {
    expect(guessType(['foo', 'bar'], ALIASES_BY_TYPE)).toBeNull();
    expect(guessType(['Account'], ALIASES_BY_TYPE)).toBeNull();
  });
});

describe('alias tables', () => {
  test.each(IMPORT_TYPES)('%s: no normalised alias points at two fields', (type) => {
    const table = ALIASES_BY_TYPE[type];
    const seen = new Map<string, string>();
    for (const [field, aliases] of Object.entries(table)) {
      for (const a of [field, ...aliases]) {
        const k = normalizeHeader(a);
        const prev = seen.get(k);
        if (prev !== undefined && prev !== field) throw new Error(`${type}: "${a}" maps to ${prev} and ${field}`);
        seen.set(k, field);
      }
    }
  });

  test('required fields are present', () => {
    expect(Object.keys(ACCOUNT_ALIASES)).toEqual(
      expect.arrayContaining([
        'name',
        'externalId',
        'industry',
        'owner',
        'tier',
        'city',
        'address',
        'revenue',
        'currency',
        'share',
        'position',
        'stage',
        'level',
        'targetLevel',
        'notes',
      ]),
    );
    expect(Object.keys(ALIASES_BY_TYPE.contacts)).toEqual(
      expect.arrayContaining([
        'account',
        'accountExternalId',
        'name',
        'title',
        'department',
        'role',
        'attitude',
        'strength',
        'seniority',
        'email',
        'phone',
        'birthday',
        'preferences',
        'lastContacted',
      ]),
    );
    expect(Object.keys(ALIASES_BY_TYPE.activities)).toEqual(
      expect.arrayContaining(['account', 'date', 'type', 'note', 'contacts']),
    );
    expect(Object.keys(ALIASES_BY_TYPE.actions)).toEqual(
      expect.arrayContaining([
        'account',
        'text',
        'playbook',
        'play',
        'owner',
        'due',
        'status',
        'createdAt',
        'closedAt',
      ]),
    );
    expect(Object.keys(ALIASES_BY_TYPE.assessments)).toEqual(
      expect.arrayContaining(['account', 'assessedAt', 'answers']),
    );
  });
});

describe('aliases of common exports', () => {
  const cases: [AliasTable, string, string][] = [
    [ACCOUNT_ALIASES, 'supplier_position', 'position'],
    [ACCOUNT_ALIASES, 'Supplier Position', 'position'],
    [ACCOUNT_ALIASES, 'Supplier Status', 'position'],
    [ACCOUNT_ALIASES, 'Vendor Position', 'position'],
    [ACCOUNT_ALIASES, '供应商地位', 'position'],
    [ACCOUNT_ALIASES, 'Account Owner', 'owner'],
    [ACCOUNT_ALIASES, 'Account Owner Name', 'owner'],
    [ACCOUNT_ALIASES, 'Record ID', 'externalId'],
    [ACCOUNT_ALIASES, 'Account Record ID', 'externalId'],
    [ACCOUNT_ALIASES, 'Customer Number', 'externalId'],
    [ACCOUNT_ALIASES, 'Create Date', 'createdAt'],
    [ACCOUNT_ALIASES, 'Date Created', 'createdAt'],
    [ACCOUNT_ALIASES, 'Development Stage', 'stage'],
    [ACCOUNT_ALIASES, 'target_relationship_level', 'targetLevel'],
    [CONTACT_ALIASES, 'Associated Company Record ID', 'accountExternalId'],
    [CONTACT_ALIASES, 'Contact Full Name', 'name'],
    [ASSESSMENT_ALIASES, 'Supplier Position', 'position'],
    [ASSESSMENT_ALIASES, 'Relationship Stage', 'stage'],
    [ASSESSMENT_ALIASES, 'Relationship Level', 'level'],
    [ASSESSMENT_ALIASES, 'Account Record ID', 'accountExternalId'],
  ];
  test.each(cases)('%#: "%s" reads as %s', (table, header, field) => {
    expect(matchHeaders([header], table).mapping).toEqual([field]);
  });
});

describe('unknown columns', () => {
  test('name the closest field for a typo, and nothing for a different word', () => {
    expect(closestField('Supplier Postion', ACCOUNT_ALIASES)).toBe('position');
    expect(closestField('Emial', CONTACT_ALIASES)).toBe('email');
    expect(closestField('Revnue', ACCOUNT_ALIASES)).toBe('revenue');
    expect(closestField('Fax', ACCOUNT_ALIASES)).toBeNull();
    expect(closestField('Phone Number', ACCOUNT_ALIASES)).toBeNull();
  });

  test('are reported once each, with the --map that uses or ignores them', () => {
    expect(unknownColumnWarnings('a.csv', ['Emial', 'Fax', 'Emial'], CONTACT_ALIASES)).toEqual([
      'a.csv: ignoring unknown column "Emial" (closest field: email; map it with --map "Emial=email"; ignore it with --map "Emial=-")',
      'a.csv: ignoring unknown column "Fax" (no field is close; ignore it with --map "Fax=-")',
    ]);
  });
});
