/**
 * `acct find TEXT` and the account picker: which accounts a text points at,
 * and where it matched. Matching is that of names (names.ts nameKey): case,
 * repeated space and full-width/half-width forms do not matter, so `ＡＣＭＥ`
 * finds "Acme" and `wang` finds "WANG Li". Pure: the store hands in the
 * searchable texts, the command renders the hits.
 */
import { closestMatches, hasHan, nameKey } from './names.js';

/**
 * What matching Chinese names takes, handed in by the caller because the
 * tables are large and loaded only when needed (docs/i18n.md, Names):
 * `simplify` folds traditional characters to simplified (華東 finds 华东),
 * `pinyin` gives a name's pinyin and initials (huadong and hdjx find 华东机械).
 */
export interface ChineseMatching {
  simplify?: (text: string) => string;
  pinyin?: (name: string) => { full: string; initials: string } | null;
}

/** Where a text was found, strongest first: the ranking of hits follows this order. */
export const MATCH_FIELDS = ['name', 'externalId', 'contact', 'email', 'notes', 'activity'] as const;
export type MatchField = (typeof MATCH_FIELDS)[number];

/** One searchable text of an account. */
export interface SearchText {
  accountId: number;
  account: string;
  field: MatchField;
  text: string;
  /** What the text belongs to, when not the account itself: a contact's name, an activity's date. */
  detail?: string;
}

export interface FindMatch {
  field: MatchField;
  /** The matched text, or for long texts the part around the match. */
  text: string;
  detail?: string;
}

export interface FindHit {
  accountId: number;
  account: string;
  matches: FindMatch[];
}

const SNIPPET = 60;

/** The part of a long text around the match; the match itself is found on the normalised form. */
function snippet(text: string, wanted: string): string {
  const flat = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if ([...flat].length <= SNIPPET) return flat;
  const lower = flat.toLowerCase();
  // Lower-casing keeps the length for nearly every script; where it does not, show the start.
  const at = lower.length === flat.length ? Math.max(0, lower.indexOf(wanted)) : 0;
  const start = Math.max(0, at - Math.floor((SNIPPET - wanted.length) / 2));
  const end = Math.min(flat.length, start + SNIPPET);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

/**
 * The accounts whose texts contain `query`, ranked: an exact name first, then
 * names that start with it, then by the strongest field that matched
 * (MATCH_FIELDS order), then by name. Each hit lists every place it matched.
 */
export function findAccounts(query: string, texts: readonly SearchText[], chinese: ChineseMatching = {}): FindHit[] {
  const { simplify, pinyin } = chinese;
  const fold = simplify && hasHan(query) ? simplify : (text: string) => text;
  const wanted = fold(nameKey(query));
  if (wanted === '') return [];
  // Letters alone may be a Chinese name's pinyin (huadong) or its initials (hdjx).
  const latin = pinyin && /^[a-z]+$/.test(wanted.replace(/ /g, '')) ? wanted.replace(/ /g, '') : null;
  const hits = new Map<number, FindHit & { rank: number }>();
  for (const entry of texts) {
    let key = fold(nameKey(entry.text));
    if (!key.includes(wanted)) {
      const forms = latin !== null && entry.field === 'name' ? pinyin!(entry.text) : null;
      if (!forms || !(forms.full.includes(latin!) || forms.initials.startsWith(latin!))) continue;
      // Ranked as the name itself would be: whole, starting with the query, or containing it.
      const whole = forms.full === latin || forms.initials === latin;
      const start = forms.full.startsWith(latin!) || forms.initials.startsWith(latin!);
      key = whole ? wanted : start ? `${wanted}…` : `…${wanted}`;
    }
    let hit = hits.get(entry.accountId);
    if (!hit) {
      hit = { accountId: entry.accountId, account: entry.account, matches: [], rank: Number.POSITIVE_INFINITY };
      hits.set(entry.accountId, hit);
    }
    hit.matches.push({
      field: entry.field,
      text: snippet(entry.text, wanted),
      ...(entry.detail !== undefined ? { detail: entry.detail } : {}),
    });
    const fieldRank = MATCH_FIELDS.indexOf(entry.field);
    const rank = entry.field === 'name' ? (key === wanted ? -2 : key.startsWith(wanted) ? -1 : 0) : fieldRank;
    hit.rank = Math.min(hit.rank, rank);
  }
  return [...hits.values()]
    .sort((a, b) => a.rank - b.rank || nameKey(a.account).localeCompare(nameKey(b.account)))
    .map(({ accountId, account, matches }) => ({
      accountId,
      account,
      matches: matches.sort((a, b) => MATCH_FIELDS.indexOf(a.field) - MATCH_FIELDS.indexOf(b.field)),
    }));
}

/** Names close to a query that found nothing, for "did you mean". */
export function nearNames(query: string, names: readonly string[]): string[] {
  return closestMatches(query, names);
}
